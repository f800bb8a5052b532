import { validateBudget } from '../../src/commands/handler';
import { noticeUrl, showNotice } from '../../src/commands/notice';
import { FLAG_COLORS } from '../../src/excel/flags';
import { makeGlobals } from '../excel-host/host';
import { seedModel } from '../excel/helpers';

function withGlobals(g: ReturnType<typeof makeGlobals>) {
  const glob = globalThis as Record<string, unknown>;
  glob.Excel = g.Excel;
  glob.Office = g.Office;
  return () => {
    delete glob.Excel;
    delete glob.Office;
  };
}

async function until(cond: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('ribbon command 校验预算', () => {
  test('audits, flags cells in 3 syncs, calls event.completed() and opens nothing when all went well', async () => {
    const model = await seedModel();
    const g = makeGlobals(model);
    const restore = withGlobals(g);
    try {
      const completed = jest.fn();
      const r = await validateBudget({ completed });
      expect(completed).toHaveBeenCalledTimes(1);
      expect(r!.report.summary.errors).toBeGreaterThan(0);
      expect(model.sheet('附表2')!.peek(6, 2)!.fill.color).toBe(FLAG_COLORS.error);
      expect(model.notes.size).toBeGreaterThan(0);
      expect(g.installed.syncs()).toBe(3);
      expect(g.installed.dialogs).toHaveLength(0);
    } finally {
      restore();
    }
  });

  test('when Excel fails, the user sees why in a dialog (zh), and the command completes once the dialog is closed', async () => {
    const g = makeGlobals(await seedModel(), { failRun: true });
    const restore = withGlobals(g);
    try {
      const completed = jest.fn();
      const log = jest.fn();
      const running = validateBudget({ completed }, { log });
      await until(() => g.installed.dialogs.length === 1);
      const dialog = g.installed.dialogs[0];
      expect(dialog.lines[0]).toBe('“校验预算”未能完成：Excel is not available (GeneralException)');
      expect(new URL(dialog.url).pathname).toBe('/notice.html');
      expect(completed).not.toHaveBeenCalled(); // the dialog is up: the function file stays alive for it
      dialog.clickClose();
      expect(await running).toBeNull();
      expect(completed).toHaveBeenCalledTimes(1);
      expect(dialog.closed).toBe(true);
      expect(log).toHaveBeenCalled();
    } finally {
      restore();
    }
  });

  test('English Office: the failure notice is in English; closing the window with × also completes', async () => {
    const g = makeGlobals(await seedModel(), { failRun: true, displayLanguage: 'en-US' });
    const restore = withGlobals(g);
    try {
      const completed = jest.fn();
      const running = validateBudget({ completed }, { log: () => undefined });
      await until(() => g.installed.dialogs.length === 1);
      expect(g.installed.dialogs[0].lines[0]).toMatch(/^“Validate budget” could not finish: Excel is not available/);
      expect(new URL(g.installed.dialogs[0].url).searchParams.get('lang')).toBe('en-US');
      g.installed.dialogs[0].closeWindow();
      await running;
      expect(completed).toHaveBeenCalledTimes(1);
    } finally {
      restore();
    }
  });

  test('a protected sheet: the other sheets are flagged and the dialog says which sheet could not be', async () => {
    const model = await seedModel();
    model.sheet('附表4')!.protected = true;
    const g = makeGlobals(model);
    const restore = withGlobals(g);
    try {
      const completed = jest.fn();
      const running = validateBudget({ completed });
      await until(() => g.installed.dialogs.length === 1);
      const lines = g.installed.dialogs[0].lines;
      expect(lines[0]).toMatch(/^校验完成：\d+ 个错误，\d+ 个警告，已标记 \d+ 个单元格。$/);
      expect(lines).toContain('以下工作表受保护，未能标记（校验结果仍然有效）： 附表4');
      g.installed.dialogs[0].clickClose();
      const r = await running;
      expect(r!.flags.protectedSheets).toEqual(['附表4']);
      expect(model.sheet('附表2')!.peek(6, 2)!.fill.color).toBe(FLAG_COLORS.error);
      expect(completed).toHaveBeenCalledTimes(1);
    } finally {
      restore();
    }
  });

  test('no Dialog API (or Office refuses the dialog): the message goes to the console and the command still completes', async () => {
    for (const opts of [{ dialogApi: false }, { dialogBusy: true }]) {
      const g = makeGlobals(await seedModel(), { failRun: true, ...opts });
      const restore = withGlobals(g);
      try {
        const completed = jest.fn();
        const log = jest.fn();
        expect(await validateBudget({ completed }, { log })).toBeNull();
        expect(completed).toHaveBeenCalledTimes(1);
        expect(log.mock.calls.map((c) => c.join(' ')).join('\n')).toMatch(/notice could not be shown: “校验预算”未能完成/);
      } finally {
        restore();
      }
    }
  });

  test('still calls event.completed() when a sync fails midway, when the notice itself throws, and with no Excel at all', async () => {
    const completed = jest.fn();
    const run = jest.fn().mockRejectedValue(Object.assign(new Error('AccessDenied'), { code: 'AccessDenied' }));
    const notify = jest.fn().mockRejectedValue(new Error('dialog broke'));
    expect(await validateBudget({ completed }, { run, notify, log: () => undefined, displayLanguage: () => 'en-US' })).toBeNull();
    expect(notify).toHaveBeenCalledWith(['“Validate budget” could not finish: AccessDenied (AccessDenied)'], 'en-US');
    expect(completed).toHaveBeenCalledTimes(1);
    const completed2 = jest.fn();
    expect(await validateBudget({ completed: completed2 }, { log: () => undefined })).toBeNull();
    expect(completed2).toHaveBeenCalledTimes(1);
  });

  test('a dialog nobody closes times out, so the command cannot stay busy', async () => {
    const g = makeGlobals(await seedModel());
    const shown = await showNotice(['x'], 'zh-CN', {
      office: g.Office as unknown as typeof Office,
      baseUrl: 'https://localhost:3000/commands.html',
      timeoutMs: 20,
    });
    expect(shown).toBe(true);
    expect(g.installed.dialogs[0].closed).toBe(true);
    expect(noticeUrl('https://localhost:3000/commands.html', ['a', 'b&c'], 'en-US')).toBe('https://localhost:3000/notice.html?lang=en-US&m=a%0Ab%26c');
  });
});
