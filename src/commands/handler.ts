/**
 * 校验预算 on the ribbon: read, audit, flag — without the pane — and always call event.completed(), even when
 * something fails (else Office shows the button as busy forever).
 */
import { runExcel } from '../excel/api';
import { validateWorkbook, ValidateResult } from '../excel/validate';
import { localeFor } from '../i18n';

export interface CommandEvent {
  completed(options?: { allowEvent?: boolean }): void;
}

export interface CommandDeps {
  run: typeof runExcel;
  displayLanguage: () => string | undefined;
  log: (...args: unknown[]) => void;
}

const defaultDeps: CommandDeps = {
  run: runExcel,
  displayLanguage: () => (globalThis as { Office?: typeof Office }).Office?.context?.displayLanguage,
  log: (...args) => console.error(...args),
};

export async function validateBudget(event: CommandEvent, deps: Partial<CommandDeps> = {}): Promise<ValidateResult | null> {
  const d = { ...defaultDeps, ...deps };
  try {
    const locale = localeFor(d.displayLanguage());
    return await d.run((context) => validateWorkbook(context, { locale }));
  } catch (e) {
    d.log('validateBudget failed', e);
    return null;
  } finally {
    try {
      event.completed();
    } catch (e) {
      d.log('event.completed failed', e);
    }
  }
}
