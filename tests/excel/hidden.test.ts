/**
 * Hidden rows and columns in Excel: the core never reads a hidden column (a helper column of lookups or check sums)
 * and counts a hidden row only when it carries a code or a name. readGrid must therefore say which rows and columns
 * are hidden — from ExcelApi 1.9 with getRowProperties / getColumnProperties inside its 2 syncs; before 1.9 with the
 * used range's all-or-nothing rowHidden / columnHidden, and one more sync only for a sheet that is partly hidden.
 *
 * Each workbook is built with exceljs; the command line reads it with workbookToGrid, the in-memory Excel host is
 * loaded with the same cells and the same hidden rows / columns, and both must give the same findings.
 */
import * as ExcelJS from 'exceljs';
import { audit } from '../../src/core';
import type { Finding } from '../../src/core/report';
import type { Grid } from '../../src/core/grid';
import { parseA1 } from '../../src/core/grid';
import { workbookToGrid } from '../../src/cli/xlsx';
import { readGrid } from '../../src/excel/read';
import { validateWorkbook } from '../../src/excel/validate';
import { asExcelContext, MemContext } from '../excel-host/host';
import { MemWorkbook } from '../excel-host/model';
import { buildMendedWorkbook, buildSeedWorkbook } from '../fixtures/seed-workbook';
import { buildVariant } from '../fixtures/variants';
import { supportFor } from './helpers';

/**
 * The seed as published, plus on 附表3 (支出总表) what accountants keep beside a table: a hidden column I headed
 * 合计（元） holding each row's 合计 × 10000 (and one stale figure), and under the table a hidden check-sum row with
 * neither code nor name whose figures are not the table's.
 */
function seedWithHelpers(base: () => { workbook: ExcelJS.Workbook } = buildSeedWorkbook): ExcelJS.Workbook {
  const wb = base().workbook;
  const ws = wb.getWorksheet('附表3')!;
  ws.getCell('I4').value = '合计（元）';
  for (let r = 5; r <= 22; r++) {
    const c = ws.getCell(`C${r}`).value;
    if (typeof c === 'number') ws.getCell(`I${r}`).value = r === 9 ? 123456 : Math.round(c * 10000);
  }
  ws.getColumn(9).hidden = true;
  ws.getCell('C23').value = 2411.12;
  ws.getCell('D23').value = 761.12;
  ws.getCell('E23').value = 1650;
  ws.getRow(23).hidden = true;
  return wb;
}

const where = (f: Finding) => `${f.rule} ${f.location ? `${f.location.sheet}!${f.location.cell}` : '-'} ${f.message}`;

/** The in-memory Excel holding the same cells, merges and hidden rows / columns as the exceljs workbook. */
function hostFor(grid: Grid): MemWorkbook {
  return MemWorkbook.fromGrid(grid);
}

const cases: [string, () => ExcelJS.Workbook][] = [
  ['seed + hidden helper column and row on 附表3', () => seedWithHelpers()],
  ['mended + hidden helper column and row on 附表3', () => seedWithHelpers(buildMendedWorkbook)],
  ['variant "hidden" (helper columns, money-carrying hidden rows, a label-less check-sum row)', () => buildVariant('hidden', 'seed').workbook],
];

describe('hidden rows and columns: Excel reads what the command line reads', () => {
  test.each(cases)('%s — ExcelApi 1.18: same findings, 2 read syncs + 1 flag sync', async (_name, build) => {
    const cliGrid = await workbookToGrid(build());
    const viaCli = audit(cliGrid);
    const model = hostFor(cliGrid);
    const ctx = new MemContext(model);
    const { report, read, flags } = await validateWorkbook(asExcelContext(ctx), { support: supportFor(18) });
    expect(read.syncs).toBe(2);
    expect(flags.syncs).toBe(1);
    expect(ctx.syncCount).toBe(3);
    expect(report.findings.map(where)).toEqual(viaCli.findings.map(where));
    expect(report.tables.map((t) => [t.kind, t.sheet, t.range])).toEqual(viaCli.tables.map((t) => [t.kind, t.sheet, t.range]));
    // the hidden state is on the grid the core gets, sheet by sheet
    for (const s of cliGrid.sheets) {
      const g = read.grid.sheets.find((x) => x.name === s.name)!;
      expect(g.hiddenCols ?? []).toEqual(s.hiddenCols ?? []);
      const used = (r: number) => r >= (g.origin?.row ?? 0) && r < (g.origin?.row ?? 0) + g.rows.length;
      expect(g.hiddenRows ?? []).toEqual((s.hiddenRows ?? []).filter(used));
    }
    // no finding (so no flag) in a hidden helper column
    const flaggedCols = report.findings.filter((f) => f.location).map((f) => [f.location!.sheet, parseA1(f.location!.cell).col] as const);
    expect(flaggedCols.filter(([sheet, col]) => read.grid.sheets.find((g) => g.name === sheet)?.hiddenCols?.includes(col))).toEqual([]);
    expect(model.notes.size).toBe(flags.flagged);
  });

  test('without the hidden state the helper column and row would be audited (what the read used to do)', async () => {
    const cliGrid = await workbookToGrid(seedWithHelpers(buildMendedWorkbook));
    const blind: Grid = { sheets: cliGrid.sheets.map(({ hiddenRows: _r, hiddenCols: _c, ...s }) => s) };
    expect(
      audit(cliGrid)
        .findings.filter((f) => f.severity === 'error')
        .map(where),
    ).toEqual([]);
    expect(audit(blind).findings.filter((f) => f.severity === 'error').length).toBeGreaterThan(0);
  });

  test.each([9, 13])('ExcelApi 1.%i: getRowProperties / getColumnProperties, still 2 read syncs', async (minor) => {
    const cliGrid = await workbookToGrid(seedWithHelpers());
    const ctx = new MemContext(hostFor(cliGrid), { apiVersion: minor });
    const read = await readGrid(asExcelContext(ctx), supportFor(minor));
    expect(ctx.syncCount).toBe(2);
    expect(audit(read.grid).findings.map(where)).toEqual(audit(cliGrid).findings.map(where));
  });

  test('before ExcelApi 1.9 (Office 2016/2019): a partly hidden sheet is asked row by row in one more sync — same findings', async () => {
    for (const build of cases.map((c) => c[1])) {
      const cliGrid = await workbookToGrid(build());
      const ctx = new MemContext(hostFor(cliGrid), { apiVersion: 2 });
      const read = await readGrid(asExcelContext(ctx), supportFor(2));
      expect(read.syncs).toBe(3);
      expect(ctx.syncCount).toBe(3);
      expect(audit(read.grid).findings.map(where)).toEqual(audit(cliGrid).findings.map(where));
    }
  });

  test('before ExcelApi 1.9, a workbook with nothing hidden is still read in 2 syncs', async () => {
    const cliGrid = await workbookToGrid(buildSeedWorkbook().workbook);
    const ctx = new MemContext(hostFor(cliGrid), { apiVersion: 2 });
    const read = await readGrid(asExcelContext(ctx), supportFor(2));
    expect(read.syncs).toBe(2);
    expect(read.grid.sheets.every((s) => !s.hiddenRows && !s.hiddenCols)).toBe(true);
  });
});

describe('the host models hidden rows and columns as Excel does', () => {
  async function helperHost(minor = 18) {
    const ctx = new MemContext(hostFor(await workbookToGrid(seedWithHelpers())), { apiVersion: minor });
    return { ctx, ws: asExcelContext(ctx).workbook.worksheets.getItem('附表3') };
  }

  test('Range.rowHidden / columnHidden: true when all, false when none, null when mixed; unloaded → PropertyNotLoaded', async () => {
    const { ctx, ws } = await helperHost(2);
    const all = ws.getRange('I5:I8');
    const none = ws.getRange('C5:D8');
    const mixed = ws.getRange('A20:I23');
    expect(() => all.columnHidden).toThrow(/not available/);
    for (const r of [all, none, mixed]) r.load('rowHidden,columnHidden');
    expect(() => mixed.rowHidden).toThrow(/not available/);
    await ctx.sync();
    expect([all.columnHidden, none.columnHidden, mixed.columnHidden]).toEqual([true, false, null]);
    expect([all.rowHidden, none.rowHidden, mixed.rowHidden]).toEqual([false, false, null]);
    expect(ws.getRange('A23').getRow(0)).toBeDefined();
  });

  test('getRowProperties / getColumnProperties: one entry per line, sheet indexes, only what was asked; value only after sync', async () => {
    const { ctx, ws } = await helperHost();
    const range = ws.getRange('G21:I23');
    const rows = range.getRowProperties({ rowIndex: true, rowHidden: true });
    const cols = range.getColumnProperties({ columnIndex: true });
    expect(() => rows.value).toThrow(/not available/);
    await ctx.sync();
    expect(rows.value).toEqual([
      { rowIndex: 20, rowHidden: false },
      { rowIndex: 21, rowHidden: false },
      { rowIndex: 22, rowHidden: true },
    ]);
    expect(cols.value).toEqual([{ columnIndex: 6 }, { columnIndex: 7 }, { columnIndex: 8 }]);
  });

  test('getRowProperties needs ExcelApi 1.9', async () => {
    const { ws } = await helperHost(8);
    expect(() => ws.getRange('A1:B2').getRowProperties({ rowHidden: true })).toThrow(/1\.9/);
  });
});
