import { validateBudget } from '../../src/commands/handler';
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

describe('ribbon command 校验预算', () => {
  test('audits, flags cells and calls event.completed()', async () => {
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
      expect(g.installed.syncs()).toBe(4);
    } finally {
      restore();
    }
  });

  test('still calls event.completed() when Excel fails', async () => {
    const restore = withGlobals(makeGlobals(await seedModel(), { failRun: true }));
    try {
      const completed = jest.fn();
      const log = jest.fn();
      expect(await validateBudget({ completed }, { log })).toBeNull();
      expect(completed).toHaveBeenCalledTimes(1);
      expect(log).toHaveBeenCalled();
    } finally {
      restore();
    }
  });

  test('still calls event.completed() when a sync fails midway (protected state sheet write)', async () => {
    const completed = jest.fn();
    const run = jest.fn().mockRejectedValue(Object.assign(new Error('AccessDenied'), { code: 'AccessDenied' }));
    expect(await validateBudget({ completed }, { run, log: () => undefined, displayLanguage: () => 'en-US' })).toBeNull();
    expect(completed).toHaveBeenCalledTimes(1);
  });

  test('still calls event.completed() when there is no Excel at all', async () => {
    const completed = jest.fn();
    expect(await validateBudget({ completed }, { log: () => undefined })).toBeNull();
    expect(completed).toHaveBeenCalledTimes(1);
  });
});
