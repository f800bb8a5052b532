/**
 * The layout and 行政单位 choice: the pane audits with the user's choice, the workbook remembers it with the flag state
 * (no sync of its own), and the ribbon's 校验预算, 清除标记 and the explanation view use the same choice.
 */
import { workbookToGrid } from '../../src/cli/xlsx';
import { validateBudget } from '../../src/commands/handler';
import type { CellValue } from '../../src/core/grid';
import type { Finding } from '../../src/core/report';
import { STATE_SHEET } from '../../src/excel/api';
import { clearFlags, settingsOf } from '../../src/excel/flags';
import { loadNarrative } from '../../src/excel/narrative';
import { readGrid } from '../../src/excel/read';
import { validateWorkbook } from '../../src/excel/validate';
import { asExcelContext, makeGlobals, MemContext } from '../excel-host/host';
import { MemWorkbook } from '../excel-host/model';
import { buildShanghaiWorkbook } from '../fixtures/shanghai-workbook';
import { mendedGrid, supportFor } from './helpers';

const S18 = supportFor(18);

async function shanghaiModel(): Promise<MemWorkbook> {
  return MemWorkbook.fromGrid(await workbookToGrid(buildShanghaiWorkbook().workbook));
}

/** Every value the user typed (never written by the add-in). */
function values(model: MemWorkbook): Record<string, CellValue> {
  const out: Record<string, CellValue> = {};
  for (const s of model.sheets) {
    if (s.name === STATE_SHEET) continue;
    for (const [k, c] of s.cells) if (c.value !== null) out[`${s.name}!${k}`] = c.value;
  }
  return out;
}

async function run<T>(model: MemWorkbook, fn: (ctx: Excel.RequestContext) => Promise<T>, minor = 18) {
  const ctx = new MemContext(model, { apiVersion: minor });
  const out = await fn(asExcelContext(ctx));
  return { out, syncs: ctx.syncCount };
}

async function storedSettings(model: MemWorkbook) {
  const { out } = await run(model, (ctx) => readGrid(ctx, S18, { forFlags: false }));
  return out.stateText === null ? null : settingsOf(out.stateText);
}

const missingProjects = (f: Finding) => f.rule === 'meta/required-tables' && /项目支出表/.test(f.message);

describe('layout choice', () => {
  test('a Shanghai workbook is detected as Shanghai and gives no error; 财政部九张附表 chosen → the missing 项目支出表; the ribbon agrees', async () => {
    const model = await shanghaiModel();
    const before = values(model);

    const auto = await run(model, (ctx) => validateWorkbook(ctx, { support: S18 }));
    expect(auto.syncs).toBe(3);
    expect(auto.out.settings).toEqual({ layout: 'auto', adminOnly: false });
    expect(auto.out.report.layout).toMatchObject({ id: 'shanghai', name: '上海市部门预算公开格式', source: 'detected' });
    expect(auto.out.report.summary.errors).toBe(0);
    expect(await storedSettings(model)).toEqual({ layout: 'auto', adminOnly: false });

    // the pane: the user picks 财政部九张附表 — still 2 read syncs + 1 write, the choice saved in that write
    const chosen = await run(model, (ctx) => validateWorkbook(ctx, { support: S18, settings: { layout: 'standard', adminOnly: false } }));
    expect(chosen.syncs).toBe(3);
    expect(chosen.out.report.layout).toMatchObject({ id: 'standard', source: 'option' });
    expect(chosen.out.report.findings.filter((f) => f.severity === 'error' && missingProjects(f))).toHaveLength(1);
    expect(await storedSettings(model)).toEqual({ layout: 'standard', adminOnly: false });

    // the ribbon's 校验预算, with no pane: the same choice, the same findings, 3 syncs
    const g = makeGlobals(model);
    const glob = globalThis as Record<string, unknown>;
    Object.assign(glob, { Excel: g.Excel, Office: g.Office });
    const completed = jest.fn();
    const ribbon = await validateBudget({ completed }).finally(() => {
      delete glob.Excel;
      delete glob.Office;
    });
    expect(g.installed.dialogs).toHaveLength(0);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(g.installed.syncs()).toBe(3);
    expect(ribbon!.report.layout).toMatchObject({ id: 'standard', source: 'option' });
    expect(ribbon!.report.findings.map((f) => f.message)).toEqual(chosen.out.report.findings.map((f) => f.message));

    // the pane opened later audits the same way, and shows the remembered choice
    const reopened = await run(model, (ctx) => validateWorkbook(ctx, { support: S18 }));
    expect(reopened.out.settings).toEqual({ layout: 'standard', adminOnly: false });
    expect(reopened.out.report.summary).toEqual(chosen.out.report.summary);

    // the explanation view reads the workbook as the same layout
    const narrative = await run(model, (ctx) => loadNarrative(ctx, { support: S18 }));
    expect(narrative.syncs).toBe(2);
    expect(narrative.out.report.layout.id).toBe('standard');

    // 清除标记 takes the flags away but keeps the choice
    await run(model, (ctx) => clearFlags(ctx, S18));
    expect(await storedSettings(model)).toEqual({ layout: 'standard', adminOnly: false });
    expect(model.notes.size).toBe(0);

    // back to 自动识别
    const back = await run(model, (ctx) => validateWorkbook(ctx, { support: S18, settings: { layout: 'auto', adminOnly: false } }));
    expect(back.out.report.layout).toMatchObject({ id: 'shanghai', source: 'detected' });
    expect(back.out.report.summary.errors).toBe(0);

    expect(values(model)).toEqual(before);
  });

  test('各单位均为行政单位或参公事业单位: 机关运行经费 must equal 公用经费 (an error on the Shanghai example), remembered', async () => {
    const model = await shanghaiModel();
    const { out } = await run(model, (ctx) => validateWorkbook(ctx, { support: S18, settings: { layout: 'auto', adminOnly: true } }));
    const admin = out.report.findings.filter((f) => f.rule === 'cross/admin-operating' && f.severity === 'error');
    expect(admin).toHaveLength(1);
    expect(admin[0].location).toEqual({ sheet: '表9', cell: 'G6' });
    expect(await storedSettings(model)).toEqual({ layout: 'auto', adminOnly: true });
    const again = await run(model, (ctx) => validateWorkbook(ctx, { support: S18 }));
    expect(again.out.report.summary.errors).toBe(1);
  });

  test('a clean workbook: a choice alone keeps the state sheet; back at the defaults the workbook has no sheet of ours', async () => {
    const model = MemWorkbook.fromGrid(await mendedGrid());
    const sheets = model.sheets.map((s) => s.name);
    const first = await run(model, (ctx) => validateWorkbook(ctx, { support: S18 }));
    expect(first.out.report.findings.filter((f) => f.location)).toEqual([]);
    expect(model.sheet(STATE_SHEET)).toBeUndefined();

    await run(model, (ctx) => validateWorkbook(ctx, { support: S18, settings: { layout: 'standard', adminOnly: true } }));
    expect(model.sheet(STATE_SHEET)?.visibility).toBe('VeryHidden');
    expect(await storedSettings(model)).toEqual({ layout: 'standard', adminOnly: true });

    await run(model, (ctx) => validateWorkbook(ctx, { support: S18, settings: { layout: 'auto', adminOnly: false } }));
    expect(model.sheets.map((s) => s.name)).toEqual(sheets);
  });

  test('on ExcelApi 1.2 the choice is kept the same way (3 syncs)', async () => {
    const model = await shanghaiModel();
    const chosen = await run(model, (ctx) => validateWorkbook(ctx, { support: supportFor(2), settings: { layout: 'standard', adminOnly: false } }), 2);
    expect(chosen.syncs).toBe(3);
    const again = await run(model, (ctx) => validateWorkbook(ctx, { support: supportFor(2) }), 2);
    expect(again.out.report.layout).toMatchObject({ id: 'standard', source: 'option' });
  });
});
