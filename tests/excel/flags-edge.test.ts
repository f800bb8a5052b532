/**
 * Flags where Excel or the user gets in the way: protected sheets, the user's own comments when notes are missing,
 * Excel without notes or comments, hatched fills, Office 2016's API, and sheets too large for one read.
 */
import { audit } from '../../src/core';
import { parseA1 } from '../../src/core/grid';
import { NOTE_MARK, STATE_SHEET } from '../../src/excel/api';
import { clearFlags, FLAG_COLORS, flagReport } from '../../src/excel/flags';
import { planRowBlocks, readGrid, WEB_LIMITS, bytesPerCell } from '../../src/excel/read';
import { validateWorkbook } from '../../src/excel/validate';
import { flagNotices } from '../../src/i18n';
import { asExcelContext, MemContext } from '../excel-host/host';
import { MemFill, MemWorkbook, NO_FILL } from '../excel-host/model';
import { seedGrid, seedModel, supportFor } from './helpers';

function setFill(model: MemWorkbook, sheet: string, cell: string, fill: MemFill): void {
  const { row, col } = parseA1(cell);
  model.sheet(sheet)!.cell(row, col).fill = { ...fill };
}
function fillOf(model: MemWorkbook, sheet: string, cell: string): MemFill {
  const { row, col } = parseA1(cell);
  return model.sheet(sheet)!.peek(row, col)?.fill ?? NO_FILL;
}
const WHITE: MemFill = { color: '#FFFFFF', pattern: 'Solid', tintAndShade: 0, patternColor: '#000000', patternTintAndShade: 0 };

describe('protected sheets', () => {
  test('the host refuses format writes on a protected sheet, as Excel does', async () => {
    const model = await seedModel();
    model.sheet('附表2')!.protected = true;
    const ctx = new MemContext(model);
    asExcelContext(ctx).workbook.worksheets.getItem('附表2').getRange('C7').format.fill.color = '#FF0000';
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(fillOf(model, '附表2', 'C7')).toEqual(NO_FILL);
  });

  test('a protected sheet is reported (zh + en) and left untouched; the audit runs and the other sheets are flagged in one sync', async () => {
    const model = await seedModel();
    model.sheet('附表4')!.protected = true;
    const before = model.snapshot();
    const ctx = new MemContext(model);
    const { report, flags } = await validateWorkbook(asExcelContext(ctx), { support: supportFor(18) });
    const on4 = report.findings.filter((f) => f.location?.sheet === '附表4');
    expect(on4.length).toBeGreaterThan(0); // the audit saw the protected sheet's problems
    expect(flags.protectedSheets).toEqual(['附表4']);
    expect(flags.syncs).toBe(1);
    for (const f of on4) {
      expect(fillOf(model, '附表4', f.location!.cell)).toEqual(before['附表4'][f.location!.cell]?.fill ?? NO_FILL);
      expect(model.notes.has(`附表4!${f.location!.cell}`)).toBe(false);
    }
    expect(fillOf(model, '附表2', 'C7').color).toBe(FLAG_COLORS.error);
    expect(flagNotices('zh-CN', flags)).toEqual(['以下工作表受保护，未能标记（校验结果仍然有效）： 附表4']);
    expect(flagNotices('en-US', flags)[0]).toMatch(/^These sheets are protected and could not be flagged.*附表4$/);
  });

  test('a sheet protected after flagging keeps its flags on record; once unprotected, 清除标记 restores it exactly', async () => {
    const model = await seedModel();
    setFill(model, '附表2', 'C7', WHITE);
    const before = model.snapshot();
    await validateWorkbook(asExcelContext(new MemContext(model)), { support: supportFor(18) });
    expect(fillOf(model, '附表2', 'C7').color).toBe(FLAG_COLORS.error);
    model.sheet('附表2')!.protected = true;
    // re-validate: 附表2 cannot be touched (its flags stay), every other sheet is re-flagged, nothing throws
    const again = await validateWorkbook(asExcelContext(new MemContext(model)), { support: supportFor(18) });
    expect(again.flags.protectedSheets).toEqual(['附表2']);
    expect(fillOf(model, '附表2', 'C7').color).toBe(FLAG_COLORS.error);
    const cleared = await clearFlags(asExcelContext(new MemContext(model)), supportFor(18));
    expect(cleared.protectedSheets).toEqual(['附表2']);
    expect(fillOf(model, '附表2', 'C7').color).toBe(FLAG_COLORS.error);
    expect(model.sheet(STATE_SHEET)).toBeDefined(); // the record of 附表2's own fills is kept
    model.sheet('附表2')!.protected = false;
    await clearFlags(asExcelContext(new MemContext(model)), supportFor(18));
    expect(model.snapshot()).toEqual(before);
    expect(model.notes.size).toBe(0);
  });
});

describe('workbook structure protection (ExcelApi 1.7)', () => {
  test('no state sheet can be made: nothing is written, the user is told (zh + en), the audit still reports', async () => {
    const model = await seedModel();
    model.structureProtected = true;
    const before = model.snapshot();
    const ctx = new MemContext(model);
    const { report, flags } = await validateWorkbook(asExcelContext(ctx), { support: supportFor(18) });
    expect(report.summary.errors).toBeGreaterThan(0);
    expect(flags.workbookProtected).toBe(true);
    expect(flags.flagged).toBe(0);
    expect(ctx.syncCount).toBe(2); // nothing to write
    expect(model.snapshot()).toEqual(before);
    expect(model.notes.size).toBe(0);
    expect(flagNotices('zh-CN', flags)[0]).toMatch(/^工作簿结构受保护/);
    expect(flagNotices('en-US', flags)[0]).toMatch(/^The workbook structure is protected/);
  });

  test('protected after a first 校验: the existing state sheet is reused, then emptied (not deleted) by 清除标记', async () => {
    const model = await seedModel();
    setFill(model, '附表1', 'D30', WHITE);
    const before = model.snapshot();
    await validateWorkbook(asExcelContext(new MemContext(model)), { support: supportFor(18) });
    model.structureProtected = true;
    const again = await validateWorkbook(asExcelContext(new MemContext(model)), { support: supportFor(18) });
    expect(again.flags.workbookProtected).toBeUndefined();
    expect(again.flags.syncs).toBe(1);
    expect(fillOf(model, '附表2', 'C7').color).toBe(FLAG_COLORS.error);
    await clearFlags(asExcelContext(new MemContext(model)), supportFor(18));
    expect(model.sheet(STATE_SHEET)).toBeDefined();
    const after = model.snapshot();
    delete after[STATE_SHEET];
    expect(after).toEqual(before);
    expect(model.notes.size).toBe(0);
  });
});

describe('comments (ExcelApi 1.10) when notes (1.18) are missing', () => {
  test("a user's comment on a finding cell is neither deleted nor overwritten; 清除标记 removes only ours", async () => {
    const model = await seedModel();
    model.comments.push({ id: 'u1', sheet: '附表2', cell: 'C7', content: '总计待财务科核对' }); // a finding cell
    model.comments.push({ id: 'u2', sheet: '附表3', cell: 'A1', content: '标题按模板' }); // not a finding cell
    const userComments = model.comments.map((c) => ({ ...c }));
    const before = model.snapshot();
    const opts = { apiVersion: 10 };
    const ctx = new MemContext(model, opts);
    const { report, flags } = await validateWorkbook(asExcelContext(ctx), { support: supportFor(10) });
    expect(ctx.syncCount).toBe(3);
    expect(flags.noteKind).toBe('comment');
    expect(flags.messagesKept).toBe(1);
    expect(flagNotices('zh-CN', flags)).toEqual(['1 个单元格原有您的批注，已保留不动，只标了颜色。']);
    // the user's comments are exactly as they were, and the finding cell is still flagged by its fill
    for (const u of userComments) expect(model.comments.find((c) => c.id === u.id)).toEqual(u);
    expect(model.comments.filter((c) => c.sheet === '附表2' && c.cell === 'C7')).toHaveLength(1);
    expect(fillOf(model, '附表2', 'C7').color).toBe(FLAG_COLORS.error);
    // every other finding cell has our comment with its message
    const flaggedCells = new Set(report.findings.filter((f) => f.location).map((f) => `${f.location!.sheet}!${f.location!.cell}`));
    const ours = model.comments.filter((c) => c.content.startsWith(NOTE_MARK));
    expect(ours.length).toBe(flaggedCells.size - 1);
    // again: ours replaced, the user's untouched
    await validateWorkbook(asExcelContext(new MemContext(model, opts)), { support: supportFor(10) });
    expect(model.comments.filter((c) => c.content.startsWith(NOTE_MARK)).length).toBe(ours.length);
    for (const u of userComments) expect(model.comments.find((c) => c.id === u.id)).toEqual(u);
    await clearFlags(asExcelContext(new MemContext(model, opts)), supportFor(10));
    expect(model.comments).toEqual(userComments);
    expect(model.snapshot()).toEqual(before);
  });

  test('neither notes nor comments (ExcelApi 1.9): fills only, white and No Fill restored as they were', async () => {
    const model = await seedModel();
    setFill(model, '附表1', 'D30', WHITE);
    const before = model.snapshot();
    const opts = { apiVersion: 9 };
    const ctx = new MemContext(model, opts);
    const { flags } = await validateWorkbook(asExcelContext(ctx), { support: supportFor(9) });
    expect(flags.noteKind).toBe('none');
    expect(flags.syncs).toBe(1);
    expect(model.notes.size + model.comments.length).toBe(0);
    expect(fillOf(model, '附表1', 'D30').color).toBe(FLAG_COLORS.rounding);
    await clearFlags(asExcelContext(new MemContext(model, opts)), supportFor(9));
    expect(fillOf(model, '附表1', 'D30')).toEqual(WHITE);
    expect(fillOf(model, '附表2', 'C7')).toEqual(NO_FILL);
    expect(model.snapshot()).toEqual(before);
  });
});

describe('fills the read cannot fully know', () => {
  test('a hatched fill (pattern colour) is read back in one extra sync and restored exactly', async () => {
    const model = await seedModel();
    const hatch: MemFill = { color: '#FFFF00', pattern: 'Gray50', tintAndShade: 0, patternColor: '#FF0000', patternTintAndShade: 0 };
    setFill(model, '附表2', 'C7', hatch);
    const before = model.snapshot();
    const { flags } = await validateWorkbook(asExcelContext(new MemContext(model)), { support: supportFor(18) });
    expect(flags.syncs).toBe(2);
    expect(fillOf(model, '附表2', 'C7').color).toBe(FLAG_COLORS.error);
    await clearFlags(asExcelContext(new MemContext(model)), supportFor(18));
    expect(fillOf(model, '附表2', 'C7')).toEqual(hatch);
    expect(model.snapshot()).toEqual(before);
  });

  test('Office 2016 (ExcelApi 1.2): first 校验 flags in one sync; re-validating reads the now mixed fills once more', async () => {
    const model = await seedModel();
    const opts = { apiVersion: 2 };
    const before = model.snapshot();
    const first = await validateWorkbook(asExcelContext(new MemContext(model, opts)), { support: supportFor(2) });
    expect(first.flags.syncs).toBe(1);
    const again = await validateWorkbook(asExcelContext(new MemContext(model, opts)), { support: supportFor(2) });
    expect(again.flags.syncs).toBe(2);
    expect(fillOf(model, '附表2', 'C7').color).toBe(FLAG_COLORS.error);
    await clearFlags(asExcelContext(new MemContext(model, opts)), supportFor(2));
    expect(model.snapshot()).toEqual(before);
  });
});

describe('blank sheets', () => {
  test('a workbook with blank sheets (Sheet2, Sheet3) reads in 2 syncs and flags in 1, at every API level', async () => {
    for (const minor of [2, 9, 10, 18]) {
      const model = await seedModel();
      model.addSheet('Sheet2');
      model.addSheet('Sheet3').cell(4, 4).fill = { ...WHITE }; // formatted but no value
      const ctx = new MemContext(model, { apiVersion: minor });
      const { read, flags, report } = await validateWorkbook(asExcelContext(ctx), { support: supportFor(minor) });
      expect(read.syncs).toBe(2);
      expect(flags.syncs).toBe(1);
      expect(read.sheets.map((s) => s.name)).toContain('Sheet2');
      expect(report.findings.length).toBeGreaterThan(0);
      expect(fillOf(model, '附表2', 'C7').color).toBe(FLAG_COLORS.error);
    }
  });
});

describe('the host is as strict as Excel', () => {
  test('getCellProperties / getCount values exist only after the sync; a sync refused for size returns nothing', async () => {
    const model = await seedModel();
    const ctx = new MemContext(model, { payloadLimit: 300 });
    const xl = asExcelContext(ctx);
    const props = xl.workbook.worksheets
      .getItem('附表1')
      .getRange('A1:B2')
      .getCellProperties({ format: { fill: { color: true, pattern: true } } });
    const count = xl.workbook.notes.getCount();
    expect(() => props.value).toThrow(/not available/);
    expect(() => count.value).toThrow(/not available/);
    await ctx.sync();
    expect(props.value[0][0]).toEqual({ format: { fill: { color: '#FFFFFF', pattern: 'None' } } });
    expect(count.value).toBe(0);
    const big = xl.workbook.worksheets.getItem('附表1').getUsedRange(true);
    big.load('values');
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    expect(() => big.values).toThrow(/not available/);
  });
});

describe('reads too large for one sync', () => {
  test('row blocks for a full-height sheet stay under 5 M cells and the byte budget, and cover every row once', () => {
    const area = { r1: 0, c1: 0, r2: 1_048_575, c2: 15 }; // 16.8 M cells: estimated, never built
    const per = bytesPerCell(true);
    const syncs = planRowBlocks([{ sheet: 'S', area }], WEB_LIMITS, per);
    const blocks = syncs.flat();
    let next = 0;
    for (const b of blocks) {
      const cells = (b.r2 - b.r1 + 1) * 16;
      expect(cells).toBeLessThanOrEqual(WEB_LIMITS.maxCells);
      expect(cells * per).toBeLessThanOrEqual(WEB_LIMITS.maxBytes);
      expect(b.r1).toBe(next);
      next = b.r2 + 1;
    }
    expect(next).toBe(1_048_576);
    for (const group of syncs) {
      const bytes = group.reduce((n, b) => n + (b.r2 - b.r1 + 1) * (b.c2 - b.c1 + 1) * per, 0);
      expect(bytes).toBeLessThanOrEqual(WEB_LIMITS.maxBytes);
    }
  });

  test('when Excel refuses the whole read for its size, sheets are read in row blocks: same Grid, same audit, flags still one sync', async () => {
    const grid = await seedGrid();
    const model = MemWorkbook.fromGrid(grid);
    // a sheet whose used range is large (a stray value far down): 20 000 cells
    const big = model.addSheet('大表');
    big.cell(0, 0).value = '备注';
    big.cell(1999, 9).value = 1;
    // Excel scaled down 1 : 1000 so the test needs no millions of cells: 5 kB per sync, 5 000 cells per range read
    const hostLimits = { payloadLimit: 150_000, maxCells: 5_000 };
    const limits = { maxBytes: 120_000, maxCells: 4_000 };
    const ctx = new MemContext(model, hostLimits);
    const read = await readGrid(asExcelContext(ctx), supportFor(18), { limits });
    expect(read.split).toBe(true);
    expect(ctx.syncCount).toBeGreaterThan(3);
    expect(ctx.maxPayload).toBeLessThanOrEqual(hostLimits.payloadLimit);
    const bigSheet = read.grid.sheets.find((s) => s.name === '大表')!;
    expect(bigSheet.rows.length).toBe(2000);
    expect(bigSheet.rows[1999][9]).toBe(1);
    // the same workbook read without limits gives the same audit
    const whole = await readGrid(asExcelContext(new MemContext(MemWorkbook.fromGrid(grid))), supportFor(18));
    expect(whole.split).toBe(false);
    expect(whole.syncs).toBe(2);
    const a = audit(read.grid);
    const b = audit(whole.grid);
    expect(a.findings.map((f) => [f.rule, f.location])).toEqual(b.findings.map((f) => [f.rule, f.location]));
    // the fills came with the blocks: flagging needs no extra read
    const before = ctx.syncCount;
    const out = await flagReport(asExcelContext(ctx), a, read, supportFor(18));
    expect(out.syncs).toBe(1);
    expect(ctx.syncCount - before).toBe(1);
    expect(fillOf(model, '附表2', 'C7').color).toBe(FLAG_COLORS.error);
  });
});
