import { audit } from '../../src/core';
import { parseA1 } from '../../src/core/grid';
import { NOTE_MARK, STATE_SHEET } from '../../src/excel/api';
import { clearFlags, FLAG_COLORS, flagKind, flagReport } from '../../src/excel/flags';
import { readGrid } from '../../src/excel/read';
import { validateWorkbook } from '../../src/excel/validate';
import { navigate } from '../../src/excel/navigate';
import { exportReport } from '../../src/excel/exportReport';
import { asExcelContext, MemContext } from '../excel-host/host';
import { MemWorkbook, NO_FILL } from '../excel-host/model';
import { seedGrid, seedModel, supportFor } from './helpers';

const WHITE = { color: '#FFFFFF', pattern: 'Solid', tintAndShade: 0, patternColor: '#000000', patternTintAndShade: 0 };
const BLUE = { color: '#DDEBF7', pattern: 'Solid', tintAndShade: 0.4, patternColor: '#000000', patternTintAndShade: 0 };

function setFill(model: MemWorkbook, sheet: string, cell: string, fill: typeof WHITE): void {
  const { row, col } = parseA1(cell);
  model.sheet(sheet)!.cell(row, col).fill = { ...fill };
}

function fillOf(model: MemWorkbook, sheet: string, cell: string) {
  const { row, col } = parseA1(cell);
  return model.sheet(sheet)!.peek(row, col)?.fill ?? NO_FILL;
}

async function userModel(): Promise<MemWorkbook> {
  const model = await seedModel();
  // the user's own formatting, which 清除标记 must give back exactly
  setFill(model, '附表1', 'D30', WHITE); // white fill, not No Fill
  setFill(model, '附表3', 'C5', BLUE); // a themed tint
  setFill(model, '附表3', 'A1', WHITE); // not a finding cell: must stay untouched
  return model;
}

describe('readGrid', () => {
  test('reads the seed workbook in 2 syncs into the same Grid the CLI reads, and audits the same', async () => {
    const model = await userModel();
    const ctx = new MemContext(model);
    const read = await readGrid(asExcelContext(ctx), supportFor(18));
    expect(ctx.syncCount).toBe(2);
    expect(read.syncs).toBe(2);
    const viaExcel = audit(read.grid);
    const viaCli = audit(await seedGrid());
    expect(viaExcel.findings.map((f) => [f.rule, f.location])).toEqual(viaCli.findings.map((f) => [f.rule, f.location]));
    expect(viaExcel.tables.map((t) => [t.kind, t.range])).toEqual(viaCli.tables.map((t) => [t.kind, t.range]));
    // blanks are null, never ''
    for (const s of read.grid.sheets) for (const r of s.rows) for (const v of r) expect(v).not.toBe('');
    expect(read.grid.sheets[0].merges!.length).toBeGreaterThan(0);
  });

  test('works on ExcelApi 1.2 (no null objects, no merged areas)', async () => {
    const ctx = new MemContext(await seedModel(), { apiVersion: 2 });
    const read = await readGrid(asExcelContext(ctx), supportFor(2));
    expect(ctx.syncCount).toBe(2);
    expect(audit(read.grid).summary).toEqual(audit(await seedGrid()).summary);
  });

  test('reading a property that was not loaded throws PropertyNotLoaded, as in Excel', async () => {
    const ctx = new MemContext(await seedModel());
    const xl = asExcelContext(ctx);
    const r = xl.workbook.worksheets.getItem('附表1').getRange('A1');
    expect(() => r.values).toThrow(/not available/);
    r.load('address');
    expect(() => r.address).toThrow(/not available/);
    await ctx.sync();
    expect(r.address).toBe("'附表1'!A1");
    expect(() => r.values).toThrow(/not available/);
    expect(() => (r as unknown as { load(): void }).load()).toThrow();
  });
});

describe('flags', () => {
  test('校验 fills each finding cell with its colour and our note, in 2 read syncs + 1 flag sync; 清除标记 restores everything', async () => {
    const model = await userModel();
    const before = model.snapshot();
    const ctx = new MemContext(model);
    const { report, flags } = await validateWorkbook(asExcelContext(ctx), { support: supportFor(18) });
    expect(ctx.syncCount).toBe(3); // sheet list, every used range with fills/notes, one write with every flag
    expect(flags.syncs).toBe(1);
    expect(flags.noteKind).toBe('note');
    const located = report.findings.filter((f) => f.location);
    expect(located.length).toBeGreaterThan(5);
    for (const f of located) {
      const fill = fillOf(model, f.location!.sheet, f.location!.cell);
      expect(fill.pattern).toBe('Solid');
      const note = model.notes.get(`${f.location!.sheet}!${f.location!.cell}`);
      expect(note).toBeDefined();
      expect(note!.startsWith(NOTE_MARK)).toBe(true);
      expect(note).toContain(f.message);
    }
    // specific colours of the seed's flaws
    expect(fillOf(model, '附表2', 'C7').color).toBe(FLAG_COLORS.error); // blank total
    expect(fillOf(model, '附表1', 'D30').color).toBe(FLAG_COLORS.rounding); // 尾差
    expect(fillOf(model, '附表5', 'B10').color).toBe(FLAG_COLORS.warning); // name mismatch
    expect(fillOf(model, '附表3', 'A1')).toEqual(WHITE);
    expect(model.sheet(STATE_SHEET)!.visibility).toBe('VeryHidden');

    // values never change
    const afterFlag = model.snapshot();
    for (const [sheet, cells] of Object.entries(before)) {
      for (const [cell, c] of Object.entries(cells)) expect(afterFlag[sheet][cell].value).toEqual(c.value);
    }

    // re-validating first clears our previous flags and keeps each cell's own fill on record
    const ctx2 = new MemContext(model);
    await validateWorkbook(asExcelContext(ctx2), { support: supportFor(18) });
    expect(ctx2.syncCount).toBe(3);
    expect(model.notes.size).toBe(new Set(located.map((f) => `${f.location!.sheet}!${f.location!.cell}`)).size);

    const ctx3 = new MemContext(model);
    const cleared = await clearFlags(asExcelContext(ctx3), supportFor(18));
    expect(cleared.cleared).toBeGreaterThan(0);
    expect(model.snapshot()).toEqual(before); // every value and fill, No Fill vs white included
    expect(fillOf(model, '附表1', 'D30')).toEqual(WHITE);
    expect(fillOf(model, '附表3', 'C5')).toEqual(BLUE);
    expect(fillOf(model, '附表2', 'C7')).toEqual(NO_FILL);
    expect(model.notes.size).toBe(0);
    expect(model.sheet(STATE_SHEET)).toBeUndefined();
  });

  test("a user's own note stays, and a cell the user re-coloured after flagging keeps the user's colour", async () => {
    const model = await seedModel();
    model.notes.set('附表2!C7', '请财务科复核');
    const ctx = new MemContext(model);
    await validateWorkbook(asExcelContext(ctx), { support: supportFor(18) });
    expect(model.notes.get('附表2!C7')).toBe('请财务科复核');
    expect(fillOf(model, '附表2', 'C7').color).toBe(FLAG_COLORS.error);
    setFill(model, '附表6', 'C18', BLUE);
    await clearFlags(asExcelContext(new MemContext(model)), supportFor(18));
    expect(model.notes.get('附表2!C7')).toBe('请财务科复核');
    expect(fillOf(model, '附表6', 'C18')).toEqual(BLUE);
    expect(fillOf(model, '附表2', 'C7')).toEqual(NO_FILL);
  });

  test('protected sheet: reported as not flagged, the audit still runs, other sheets are flagged', async () => {
    const model = await seedModel();
    model.sheet('附表4')!.protected = true;
    const before = model.snapshot();
    const { report, flags } = await validateWorkbook(asExcelContext(new MemContext(model)), { support: supportFor(18) });
    expect(report.findings.some((f) => f.location?.sheet === '附表4')).toBe(true);
    expect(flags.protectedSheets).toEqual(['附表4']);
    expect(fillOf(model, '附表4', 'A3')).toEqual(NO_FILL);
    expect(fillOf(model, '附表2', 'C7').color).toBe(FLAG_COLORS.error);
    await clearFlags(asExcelContext(new MemContext(model)), supportFor(18));
    expect(model.snapshot()).toEqual(before);
  });

  test('ExcelApi 1.10: comments instead of notes; cleared again', async () => {
    const model = await userModel();
    const before = model.snapshot();
    const opts = { apiVersion: 10 };
    const { flags } = await validateWorkbook(asExcelContext(new MemContext(model, opts)), { support: supportFor(10) });
    expect(flags.noteKind).toBe('comment');
    expect(model.comments.length).toBeGreaterThan(5);
    expect(model.comments.every((c) => c.content.startsWith(NOTE_MARK))).toBe(true);
    await validateWorkbook(asExcelContext(new MemContext(model, opts)), { support: supportFor(10) });
    await clearFlags(asExcelContext(new MemContext(model, opts)), supportFor(10));
    expect(model.comments.length).toBe(0);
    expect(model.snapshot()).toEqual(before);
  });

  test('ExcelApi 1.2 (Office 2016): fill only; coloured fills restored, white taken as No Fill', async () => {
    const model = await seedModel();
    setFill(model, '附表3', 'C5', { ...BLUE, tintAndShade: 0 });
    const before = model.snapshot();
    const opts = { apiVersion: 2 };
    const { flags } = await validateWorkbook(asExcelContext(new MemContext(model, opts)), { support: supportFor(2) });
    expect(flags.noteKind).toBe('none');
    expect(fillOf(model, '附表2', 'C7').color).toBe(FLAG_COLORS.error);
    await clearFlags(asExcelContext(new MemContext(model, opts)), supportFor(2));
    expect(model.snapshot()).toEqual(before);
  });

  test('flag kinds', () => {
    expect(flagKind({ severity: 'error' })).toBe('error');
    expect(flagKind({ severity: 'warning', category: 'rounding' })).toBe('rounding');
    expect(flagKind({ severity: 'warning' })).toBe('warning');
  });
});

describe('sync counts', () => {
  async function manySheets(n: number): Promise<MemWorkbook> {
    const grid = await seedGrid();
    const sheets = [...grid.sheets];
    for (let i = sheets.length; i < n; i++) {
      const src = grid.sheets[i % grid.sheets.length];
      sheets.push({ ...src, name: `${src.name}（${i}）` });
    }
    return MemWorkbook.fromGrid({ sheets: sheets.slice(0, n) });
  }

  test.each([
    [9, 18],
    [30, 18],
    [9, 10],
    [30, 10],
    [9, 9],
    [30, 9],
  ])('%i sheets, ExcelApi 1.%i: read in 2 syncs, flag in exactly 1, re-validate the same; 清除标记 gives every fill and value back', async (n, minor) => {
    const model = await manySheets(n);
    expect(model.sheets.length).toBe(n);
    // the user's own fills on finding cells and beside them: white (not No Fill) and a themed tint
    for (const s of model.sheets) {
      if (s.name.startsWith('附表1')) setFill(model, s.name, 'D30', WHITE);
      if (s.name.startsWith('附表3')) setFill(model, s.name, 'C5', BLUE);
      if (s.name.startsWith('附表2')) setFill(model, s.name, 'A1', WHITE);
    }
    const before = model.snapshot();
    const opts = { apiVersion: minor };
    const support = supportFor(minor);
    for (let round = 0; round < 2; round++) {
      const ctx = new MemContext(model, opts);
      const read = await readGrid(asExcelContext(ctx), support);
      expect(ctx.syncCount).toBe(2);
      const report = audit(read.grid);
      const located = report.findings.filter((f) => f.location);
      expect(located.length).toBeGreaterThan(5);
      const out = await flagReport(asExcelContext(ctx), report, read, support);
      expect(ctx.syncCount).toBe(3);
      expect(out.syncs).toBe(1);
      expect(ctx.maxPayload).toBeLessThan(5_000_000);
      // the flags are there, on every copy
      for (const f of located) expect(fillOf(model, f.location!.sheet, f.location!.cell).pattern).toBe('Solid');
      expect(fillOf(model, '附表2', 'C7').color).toBe(FLAG_COLORS.error);
    }
    await clearFlags(asExcelContext(new MemContext(model, opts)), support);
    expect(model.snapshot()).toEqual(before);
    expect(model.notes.size).toBe(0);
    expect(model.comments.length).toBe(0);
  });
});

describe('navigate and export', () => {
  test('navigate activates the sheet and selects the cell', async () => {
    const model = await seedModel();
    const ctx = new MemContext(model);
    await navigate(asExcelContext(ctx), '附表6', 'C18');
    expect(model.activeSheet).toBe('附表6');
    expect(model.selection).toEqual({ sheet: '附表6', address: 'C18' });
    expect(ctx.syncCount).toBe(1);
  });

  test('导出报告 writes one row per finding with a link to its cell', async () => {
    const model = await seedModel();
    const report = audit(await seedGrid());
    const name = await exportReport(asExcelContext(new MemContext(model)), report, 'zh-CN', supportFor(18));
    const sheet = model.sheet(name)!;
    expect(name).toBe('审核报告');
    expect(sheet.usedRect(true)!.r2).toBe(report.findings.length);
    expect(sheet.peek(0, 3)!.value).toBe('问题');
    const firstLocated = report.findings.findIndex((f) => f.location);
    const link = sheet.peek(firstLocated + 1, 2)!;
    expect(link.hyperlink).toContain(report.findings[firstLocated].location!.cell);
    // again: replaces the sheet
    await exportReport(asExcelContext(new MemContext(model)), report, 'zh-CN', supportFor(4));
    expect(model.sheets.filter((s) => s.name === name).length).toBe(1);
  });
});
