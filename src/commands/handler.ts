/**
 * 校验预算 on the ribbon: read, audit, flag — without the pane — and always call event.completed(), even when
 * something fails (else Office shows the button as busy forever). When something fails, or a sheet could not be
 * flagged, the user is told in a small dialog (./notice.ts); a clean run shows nothing but the flags in the cells.
 */
import { runExcel } from '../excel/api';
import { validateWorkbook, ValidateResult } from '../excel/validate';
import { fill, flagNotices, Locale, localeFor, messages } from '../i18n';
import { showNotice } from './notice';

export interface CommandEvent {
  completed(options?: { allowEvent?: boolean }): void;
}

export interface CommandDeps {
  run: typeof runExcel;
  displayLanguage: () => string | undefined;
  log: (...args: unknown[]) => void;
  /** Shows the lines to the user; resolves when they are dismissed (false when nothing could be shown). */
  notify: (lines: string[], locale: Locale) => Promise<boolean>;
}

const defaultDeps: CommandDeps = {
  run: runExcel,
  displayLanguage: () => (globalThis as { Office?: typeof Office }).Office?.context?.displayLanguage,
  log: (...args) => console.error(...args),
  notify: (lines, locale) =>
    showNotice(lines, locale, {
      office: (globalThis as { Office?: typeof Office }).Office,
      baseUrl: (globalThis as { location?: { href: string } }).location?.href ?? 'https://localhost:3000/commands.html',
    }),
};

function errorText(e: unknown): string {
  if (e instanceof Error) return (e as Error & { code?: string }).code ? `${e.message} (${(e as Error & { code?: string }).code})` : e.message;
  return String(e);
}

export async function validateBudget(event: CommandEvent, deps: Partial<CommandDeps> = {}): Promise<ValidateResult | null> {
  const d = { ...defaultDeps, ...deps };
  let locale: Locale = 'zh-CN';
  let result: ValidateResult | null = null;
  let lines: string[] = [];
  try {
    locale = localeFor(d.displayLanguage());
    result = await d.run((context) => validateWorkbook(context, { locale }));
    lines = flagNotices(locale, result.flags);
    if (lines.length) {
      const t = messages(locale);
      const s = result.report.summary;
      lines.unshift(fill(t.command.done, { errors: s.errors, warnings: s.warnings, n: result.flags.flagged }));
      lines.push(t.command.openPane);
    }
  } catch (e) {
    d.log('validateBudget failed', e);
    lines = [fill(messages(locale).command.failed, { error: errorText(e) })];
  }
  try {
    if (lines.length && !(await d.notify(lines, locale))) d.log('notice could not be shown:', lines.join(' / '));
  } catch (e) {
    d.log('notice failed', e);
  } finally {
    try {
      event.completed();
    } catch (e) {
      d.log('event.completed failed', e);
    }
  }
  return result;
}
