/**
 * 插入 into the template's own text cells, against the in-memory Excel host loaded with the real Shanghai 2026
 * department template (filled in code): the plan's cells written in one sync after the read and a look at their formulas (4 in all), each keeping
 * its format; the user's own words asked about first (nothing written until `replace`); a protected sheet refused;
 * a workbook without the template's sheets told apart.
 */
import { workbookToGrid } from '../../src/cli/xlsx';
import { parseA1 } from '../../src/core/grid';
import { generateExplanation } from '../../src/core/narrative';
import type { LayoutId } from '../../src/core/layouts';
import { explanationFromText } from '../../src/core/narrative/placement';
import { insertIntoTemplate, loadNarrative } from '../../src/excel/narrative';
import { asExcelContext, MemContext } from '../excel-host/host';
import { MemWorkbook } from '../excel-host/model';
import { filledTemplate } from '../fixtures/shanghai-templates';
import { seedModel, supportFor } from './helpers';

const S18 = supportFor(18);
const SHEET = '部门编制说明';
const OTHER = '其他相关情况说明';

function run<T>(model: MemWorkbook, fn: (ctx: Excel.RequestContext) => Promise<T>): Promise<{ out: T; syncs: number }> {
  const ctx = new MemContext(model);
  return fn(asExcelContext(ctx)).then((out) => ({ out, syncs: ctx.syncCount }));
}

async function templateModel(a3?: string): Promise<MemWorkbook> {
  const wb = await filledTemplate('department', { change: a3 ? (w) => (w.getWorksheet(SHEET)!.getCell('A3').value = a3) : undefined });
  const model = MemWorkbook.fromGrid(await workbookToGrid(wb));
  // the template's text cells are formatted as text in this copy: the write must keep it
  for (const c of ['A3', 'A4', 'A5', 'A6']) model.sheet(SHEET)!.cell(parseA1(c).row, 0).numFmt = '@';
  return model;
}

async function generated(model: MemWorkbook) {
  const { out: load } = await run(model, (ctx) => loadNarrative(ctx, { support: S18 }));
  return generateExplanation(load.report.typed, load.prior, { format: 'plain', layout: load.report.layout.id as LayoutId });
}

const cellText = (model: MemWorkbook, sheet: string, cell: string) => {
  const { row, col } = parseA1(cell);
  return model.sheet(sheet)!.peek(row, col)?.value ?? null;
};

test('the text goes into 部门编制说明 A3–A6 and 其他相关情况说明 A3 in one write sync; every other cell as it was', async () => {
  const model = await templateModel();
  const e = await generated(model);
  const before = model.snapshot();
  const { out, syncs } = await run(model, (ctx) => insertIntoTemplate(ctx, e, { support: S18 }));
  expect(syncs).toBe(4);
  expect(out.status).toBe('inserted');
  if (out.status !== 'inserted') return;
  expect(out.writes.map((w) => `${w.sheet}!${w.cell}`)).toEqual([`${SHEET}!A3`, `${SHEET}!A4`, `${SHEET}!A5`, `${SHEET}!A6`, `${OTHER}!A3`]);
  const items = e.sections.find((s) => s.id === 'items')!.paragraphs;
  expect(
    String(cellText(model, SHEET, 'A3'))
      .split('\n')
      .pop(),
  ).toBe(`    ${items[0]}`);
  expect(cellText(model, SHEET, 'A4')).toBe(`    ${items[1]}`);
  expect(cellText(model, SHEET, 'A5')).toBe(`    ${items[2]}`);
  expect(cellText(model, SHEET, 'A6')).toBeNull();
  expect(String(cellText(model, OTHER, 'A3'))).toMatch(/^ {2}一、2026年“三公”经费预算情况说明\n/);
  const after = model.snapshot();
  for (const [sheet, cells] of Object.entries(before)) {
    for (const [addr, c] of Object.entries(cells)) {
      const written = out.writes.some((w) => w.sheet === sheet && w.cell === addr);
      if (written)
        expect(after[sheet][addr]?.numFmt ?? 'General').toBe(c.numFmt); // the cell's format kept
      else expect([sheet, addr, after[sheet][addr]]).toEqual([sheet, addr, c]);
    }
  }
  expect(model.selection).toEqual({ sheet: SHEET, address: 'A3' });
}, 60000);

test('a cell with the user’s words: asked first, nothing written; with replace it is written', async () => {
  const own = '    2026年，本局收入预算100万元，全部为财政拨款。';
  const model = await templateModel(own);
  const e = await generated(model);
  const snap = model.snapshot();
  const asked = await run(model, (ctx) => insertIntoTemplate(ctx, e, { support: S18 }));
  expect(asked.syncs).toBe(2);
  expect(asked.out).toMatchObject({ status: 'needs-confirmation', where: `${SHEET}!A3`, filled: 1 });
  expect(model.snapshot()).toEqual(snap);
  const replaced = await run(model, (ctx) => insertIntoTemplate(ctx, e, { support: S18, replace: true }));
  expect(replaced.syncs).toBe(4);
  expect(replaced.out.status).toBe('inserted');
  expect(cellText(model, SHEET, 'A3')).not.toBe(own);
  expect(String(cellText(model, SHEET, 'A3'))).toContain('财政拨款支出主要内容如下：');
}, 60000);

test('the preview as the user edited it is what goes in; a second 插入 of the same text changes nothing', async () => {
  const model = await templateModel();
  const e = await generated(model);
  const edited = explanationFromText(e.text.replace('主要用于【请填写：主要用途】。', '主要用于机关日常运转。'), e);
  await run(model, (ctx) => insertIntoTemplate(ctx, edited, { support: S18 }));
  expect(String(cellText(model, SHEET, 'A4'))).toMatch(/主要用于机关日常运转。$/);
  const snap = model.snapshot();
  const again = await run(model, (ctx) => insertIntoTemplate(ctx, edited, { support: S18 }));
  expect(again.out).toMatchObject({ status: 'inserted', writes: [] });
  expect(again.syncs).toBe(2);
  expect(model.snapshot()).toEqual(snap);
}, 60000);

test('a protected text sheet is refused and nothing is written; a workbook without the template’s sheets is told apart', async () => {
  const model = await templateModel();
  const e = await generated(model);
  model.sheet(OTHER)!.protected = true;
  const snap = model.snapshot();
  const { out } = await run(model, (ctx) => insertIntoTemplate(ctx, e, { support: S18 }));
  expect(out).toMatchObject({ status: 'refused', reason: 'protected', sheet: OTHER });
  if (out.status === 'refused') expect(out.message.zh).toBe('工作表“其他相关情况说明”受保护，无法写入。');
  expect(model.snapshot()).toEqual(snap);

  const seed = await seedModel();
  const none = await run(seed, (ctx) => insertIntoTemplate(ctx, e, { support: S18 }));
  expect(none.out).toEqual({ status: 'no-template', syncs: 2 });
}, 60000);

test('a formula whose result reads like the template is kept, never replaced by a value (review of 2026-12-03)', async () => {
  const model = await templateModel();
  const e = await generated(model);
  const a4 = model.sheet(SHEET)!.cell(parseA1('A4').row, 0);
  a4.formula = '=目录!A1';
  const { out } = await run(model, (ctx) => insertIntoTemplate(ctx, e, { support: S18 }));
  expect(out.status).toBe('inserted');
  if (out.status !== 'inserted') return;
  expect(out.writes.map((w) => w.cell)).not.toContain('A4');
  expect(out.skipped).toContainEqual(expect.objectContaining({ sheet: SHEET, cell: 'A4', reason: 'formula' }));
  expect(model.sheet(SHEET)!.peek(parseA1('A4').row, 0)?.formula).toBe('=目录!A1');
  expect(String(cellText(model, SHEET, 'A3'))).toContain('财政拨款支出主要内容如下：');
});
