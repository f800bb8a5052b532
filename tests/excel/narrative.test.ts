/**
 * The 编制说明 in Excel, against the in-memory host loaded with the seed workbook: create 上年数与说明, fill it,
 * read it back; generate; insert into the sheet 编制说明 or at the selected cell; ask before replacing; refuse the
 * tables' cells; read the sheet back and check it, findings at cells.
 */
import fs from 'fs';
import path from 'path';
import { a1, parseA1 } from '../../src/core/grid';
import type { CellValue } from '../../src/core/grid';
import {
  checkNarrative,
  explanationParagraphs,
  generateExplanation,
  paragraphsOfText,
  PRIOR_SHEET_NAME,
  priorFactsToJson,
  priorSheetTemplate,
} from '../../src/core/narrative';
import { createPriorSheet, EXPLANATION_COLUMN_WIDTH, EXPLANATION_SHEET, insertExplanation, loadNarrative } from '../../src/excel/narrative';
import { asExcelContext, MemContext } from '../excel-host/host';
import { MemWorkbook } from '../excel-host/model';
import { seedPrior } from '../narrative/helpers';
import { readGrid } from '../../src/excel/read';
import { seedModel, supportFor } from './helpers';

const S18 = supportFor(18);

/** A fresh context per Excel.run, as the pane does. */
function run<T>(model: MemWorkbook, fn: (ctx: Excel.RequestContext) => Promise<T>): Promise<{ out: T; syncs: number }> {
  const ctx = new MemContext(model);
  return fn(asExcelContext(ctx)).then((out) => ({ out, syncs: ctx.syncCount }));
}

function columnA(model: MemWorkbook, sheet: string): CellValue[] {
  const s = model.sheet(sheet)!;
  const rect = s.usedRect(true)!;
  const out: CellValue[] = [];
  for (let r = 0; r <= rect.r2; r++) out.push(s.peek(r, 0)?.value ?? null);
  return out;
}

/** Every sheet of the user's (all but the ones the tool makes), cell by cell. */
function userCells(model: MemWorkbook) {
  const snap = model.snapshot();
  delete snap[EXPLANATION_SHEET];
  delete snap[PRIOR_SHEET_NAME];
  return snap;
}

async function seedExplanation(model: MemWorkbook) {
  const { out: load } = await run(model, (ctx) => loadNarrative(ctx, { support: S18 }));
  const e = generateExplanation(load.report.typed, load.prior, { format: 'plain' });
  return { load, e, paragraphs: explanationParagraphs(e) };
}

describe('insert into the sheet 编制说明', () => {
  test('one paragraph per row in column A, headings bold, wrapped, column width set; the tables untouched', async () => {
    const model = await seedModel();
    const before = userCells(model);
    const { load, paragraphs } = await seedExplanation(model);
    expect(load.syncs).toBe(2);
    expect(load.priorFound).toBe(false);
    const { out, syncs } = await run(model, (ctx) => insertExplanation(ctx, paragraphs, 'sheet', { regions: load.report.tables, support: S18 }));
    expect(out).toMatchObject({ status: 'inserted', sheet: EXPLANATION_SHEET, address: `A1:A${paragraphs.length}`, rows: paragraphs.length });
    expect(syncs).toBe(2);
    expect(columnA(model, EXPLANATION_SHEET)).toEqual(paragraphs.map((p) => p.text));
    expect(paragraphs.map((p) => p.text)).toContain('（二）机关运行经费安排及增减变化情况说明');
    const ws = model.sheet(EXPLANATION_SHEET)!;
    paragraphs.forEach((p, i) => {
      expect(ws.bold.has(a1(i, 0))).toBe(p.heading);
      expect(ws.wrap.has(a1(i, 0))).toBe(true);
      expect(ws.peek(i, 0)!.numFmt).toBe('@');
    });
    expect(paragraphs.filter((p) => p.heading)).toHaveLength(9); // the part title and (一)–(八)
    expect(ws.columnWidths.get(0)).toBe(EXPLANATION_COLUMN_WIDTH);
    expect(model.activeSheet).toBe(EXPLANATION_SHEET);
    expect(userCells(model)).toEqual(before);
  });

  test('again: needs confirmation and changes nothing; with replace it replaces, leaving no old row behind', async () => {
    const model = await seedModel();
    const { load, paragraphs } = await seedExplanation(model);
    const opts = { regions: load.report.tables, support: S18 };
    await run(model, (ctx) => insertExplanation(ctx, paragraphs, 'sheet', opts));
    const snap = model.snapshot();
    const bold = [...model.sheet(EXPLANATION_SHEET)!.bold];

    const edited = paragraphsOfText('第三部分 说明\n（一）改过的标题\n只有一段。');
    const again = await run(model, (ctx) => insertExplanation(ctx, edited, 'sheet', opts));
    expect(again.out).toMatchObject({ status: 'needs-confirmation', sheet: EXPLANATION_SHEET, address: `A1:A${paragraphs.length}`, filled: paragraphs.length });
    expect(again.syncs).toBe(2);
    expect(model.snapshot()).toEqual(snap);
    expect([...model.sheet(EXPLANATION_SHEET)!.bold]).toEqual(bold);

    const replaced = await run(model, (ctx) => insertExplanation(ctx, edited, 'sheet', { ...opts, replace: true }));
    expect(replaced.out).toMatchObject({ status: 'inserted', rows: 3 });
    expect(replaced.syncs).toBe(3);
    expect(columnA(model, EXPLANATION_SHEET)).toEqual(['第三部分 说明', '（一）改过的标题', '只有一段。']);
    const ws = model.sheet(EXPLANATION_SHEET)!;
    expect([...ws.bold].sort()).toEqual(['A1', 'A2']);
    expect(ws.usedRect(true)).toEqual({ r1: 0, c1: 0, r2: 2, c2: 0 });
    expect(userCells(model)).toEqual(Object.fromEntries(Object.entries(snap).filter(([k]) => k !== EXPLANATION_SHEET)));
  });
});

describe('insert at the selected cell', () => {
  test('downwards from the cell, outside the tables; again asks first', async () => {
    const model = await seedModel();
    const before = userCells(model);
    const { load, paragraphs } = await seedExplanation(model);
    const t1 = load.report.tables.find((t) => t.sheet === '附表1')!;
    const below = parseA1(t1.range.split(':')[1]).row + 3; // three rows under the table
    model.selection = { sheet: '附表1', address: a1(below, 1) };
    const opts = { regions: load.report.tables, support: S18 };
    const { out, syncs } = await run(model, (ctx) => insertExplanation(ctx, paragraphs, 'selection', opts));
    expect(out).toMatchObject({
      status: 'inserted',
      sheet: '附表1',
      address: `${a1(below, 1)}:${a1(below + paragraphs.length - 1, 1)}`,
      rows: paragraphs.length,
    });
    expect(syncs).toBe(2);
    const s = model.sheet('附表1')!;
    expect(paragraphs.map((_, i) => s.peek(below + i, 1)?.value)).toEqual(paragraphs.map((p) => p.text));
    expect(s.bold.has(a1(below, 1))).toBe(true);
    expect(s.columnWidths.size).toBe(0); // the user's column layout stays
    // every cell that was there before is unchanged
    const after = userCells(model);
    for (const [sheet, cells] of Object.entries(before)) for (const [addr, c] of Object.entries(cells)) expect(after[sheet][addr]).toEqual(c);

    const snap = model.snapshot();
    const again = await run(model, (ctx) => insertExplanation(ctx, paragraphs.slice(0, 2), 'selection', opts));
    expect(again.out).toMatchObject({ status: 'needs-confirmation', filled: 2 });
    expect(model.snapshot()).toEqual(snap);
    const replaced = await run(model, (ctx) => insertExplanation(ctx, [{ text: '新的一段', heading: false }], 'selection', { ...opts, replace: true }));
    expect(replaced.out).toMatchObject({ status: 'inserted', rows: 1 });
    expect(s.peek(below, 1)?.value).toBe('新的一段');
    expect(s.bold.has(a1(below, 1))).toBe(false);
  });

  test('a selection inside a table, or one that would run into a table, is refused (zh/en) and nothing is written', async () => {
    const model = await seedModel();
    const { load, paragraphs } = await seedExplanation(model);
    const snap = model.snapshot();
    const opts = { regions: load.report.tables, support: S18 };
    const t6 = load.report.tables.find((t) => t.sheet === '附表6')!;
    model.selection = { sheet: '附表6', address: 'C8' };
    const inside = await run(model, (ctx) => insertExplanation(ctx, paragraphs, 'selection', { ...opts, replace: true }));
    expect(inside.out.status).toBe('refused');
    if (inside.out.status !== 'refused') return;
    expect(inside.out.reason).toBe('inside-table');
    expect(inside.out.region).toEqual(t6);
    expect(inside.out.message.zh).toContain(`与附表“${t6.name}”（附表6!${t6.range}）重叠：不会写入附表的单元格`);
    expect(inside.out.message.en).toContain(`overlaps the table “${t6.name}”`);
    // above the table: the paragraphs would run down into it
    const top = parseA1(t6.range.split(':')[0]).row;
    model.selection = { sheet: '附表6', address: a1(Math.max(0, top - 2), 0) };
    const above = await run(model, (ctx) => insertExplanation(ctx, paragraphs, 'selection', { ...opts, replace: true }));
    expect(above.out).toMatchObject({ status: 'refused', reason: 'inside-table' });
    // several areas
    model.selection = { sheet: '附表6', address: 'J40,J50' };
    const multi = await run(model, (ctx) => insertExplanation(ctx, paragraphs, 'selection', opts));
    expect(multi.out).toMatchObject({ status: 'refused', reason: 'selection' });
    expect(model.snapshot()).toEqual(snap);
  });
});

describe('上年数与说明', () => {
  test('created with labelled rows, filled by the user, read back as the prior facts; never overwritten', async () => {
    const model = await seedModel();
    const before = userCells(model);
    const { out, syncs } = await run(model, (ctx) => createPriorSheet(ctx));
    expect(out).toEqual({ status: 'created', sheet: PRIOR_SHEET_NAME, syncs: 2 });
    expect(syncs).toBe(2);
    const ws = model.sheet(PRIOR_SHEET_NAME)!;
    const template = priorSheetTemplate();
    expect(columnA(model, PRIOR_SHEET_NAME)).toEqual(template.map((r) => r.label));
    expect(ws.peek(0, 1)?.value).toBe('数值');
    expect(template.slice(1).every((_, i) => (ws.peek(i + 1, 1)?.value ?? null) === null)).toBe(true);
    expect(model.selection).toEqual({ sheet: PRIOR_SHEET_NAME, address: 'B2' });
    expect(userCells(model)).toEqual(before);

    // the user types last year's figures and reasons into column B
    const filled = priorSheetTemplate(seedPrior());
    filled.forEach((r, i) => {
      if (i > 0 && r.value !== null) ws.cell(i, 1).value = r.value;
    });
    const { out: load, syncs: loadSyncs } = await run(model, (ctx) => loadNarrative(ctx, { support: S18 }));
    expect(loadSyncs).toBe(2);
    expect(load.priorFound).toBe(true);
    expect(load.priorProblems).toEqual([]);
    expect(priorFactsToJson(load.prior)).toEqual(priorFactsToJson(seedPrior()));
    // the text generated from the workbook alone equals the reviewed one
    const expected = fs.readFileSync(path.join(__dirname, '../narrative/xianning-2024-expected.md'), 'utf8');
    expect(generateExplanation(load.report.typed, load.prior).text.trim()).toBe(expected.trim());

    const snap = model.snapshot();
    const again = await run(model, (ctx) => createPriorSheet(ctx));
    expect(again.out).toMatchObject({ status: 'exists', sheet: PRIOR_SHEET_NAME });
    expect(model.snapshot()).toEqual(snap);
  });
});

describe('checking the sheet 编制说明', () => {
  test('the seed’s own text pasted one paragraph per row: 25.58 found at its cell, related to the 附表6 cell with 25.57', async () => {
    const model = await seedModel();
    const lines = fs
      .readFileSync(path.join(__dirname, '../narrative/fixtures/xianning-2024-part3.txt'), 'utf8')
      .split(/\r?\n/)
      .map((l) => l.replace(/^#+\s*/, '').trim())
      .filter(Boolean);
    const ws = model.addSheet(EXPLANATION_SHEET);
    lines.forEach((l, i) => (ws.cell(i + 2, 0).value = l)); // from A3: a blank row or two on top
    const { out: load } = await run(model, (ctx) => loadNarrative(ctx, { support: S18 }));
    expect(load.existing!.paragraphs).toEqual(lines);
    expect(load.existing!.cells[0]).toEqual({ sheet: EXPLANATION_SHEET, cell: 'A3' });
    const findings = checkNarrative(load.existing!, load.report.typed, seedPrior());
    const amount = findings.find((f) => f.rule === 'narrative/amount-mismatch')!;
    const row = lines.findIndex((l) => l.includes('25.58'));
    expect(amount.location).toEqual({ sheet: EXPLANATION_SHEET, cell: `A${row + 3}` });
    const basic = load.report.typed.find((t) => t.kind === 'gpb-basic')!;
    if (basic.shape !== 'rows') throw new Error('rows');
    const totalCell = basic.rows.find((r) => r.isTotal)!.amounts.public.cell;
    expect(amount.related).toEqual([totalCell]);
    expect(findings.find((f) => f.rule === 'narrative/year')!.location!.cell).toBe(`A${lines.findIndex((l) => l.includes('2023 年政府性基金')) + 3}`);
  });

  test('no sheet 编制说明 → existing is null', async () => {
    const { out } = await run(await seedModel(), (ctx) => loadNarrative(ctx, { support: S18 }));
    expect(out.existing).toBeNull();
  });
});

describe('loading for the explanation', () => {
  test('reads values only (no fills, notes or comments) in 2 syncs, and a smaller response than a 校验 read', async () => {
    const model = await seedModel();
    model.notes.set('附表1!D30', 'a note of the user');
    const ctx = new MemContext(model);
    const load = await loadNarrative(asExcelContext(ctx), { support: S18 });
    expect(ctx.syncCount).toBe(2);
    expect(load.syncs).toBe(2);
    expect(load.read.fills).toBeUndefined();
    expect(load.read.notes).toBeUndefined();
    expect(load.report.tables.length).toBeGreaterThan(5);
    const full = new MemContext(model);
    await readGrid(asExcelContext(full), S18);
    expect(full.syncCount).toBe(2);
    expect(ctx.maxPayload).toBeLessThan(full.maxPayload / 2);
  });
});
