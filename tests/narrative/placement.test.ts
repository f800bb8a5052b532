/**
 * placeExplanation on the real Shanghai 2026 templates (tests/fixtures/real/, filled in code): the generated text
 * goes into the template's own cells — 编制说明 A1 / A3 / one item per row from A4, 其他相关情况说明 A1 / A3 — in the
 * template's indentation; a cell with the user's own words is left alone (or written with `replace`); rows past the
 * template's item rows are used only while empty; no cell of a table is ever in the plan.
 */
import type ExcelJS from 'exceljs';
import { workbookToGrid } from '../../src/cli/xlsx';
import { audit } from '../../src/core/audit';
import { parseA1, type Grid } from '../../src/core/grid';
import { emptyPriorFacts, generateExplanation, priorFactsFromJson } from '../../src/core/narrative';
import type { Explanation } from '../../src/core/narrative';
import { cellState, explanationFromText, isTemplateText, placeExplanation } from '../../src/core/narrative/placement';
import { filledTemplate, type TemplateKind } from '../fixtures/shanghai-templates';
import { buildSeedWorkbook } from '../fixtures/seed-workbook';

const SHEET: Record<TemplateKind, string> = { department: '部门编制说明', unit: '单位编制说明' };
const OTHER = '其他相关情况说明';

/** Last year's figures (万元) for the filled templates' budget of 100 万元: every change is then stated. */
const PRIOR = priorFactsFromJson({
  lastFiscal: '90',
  lastGpb: '90',
  lastGovFund: '0',
  lastSoe: '0',
  lastThreePublic: '6',
  lastAbroad: '0',
  lastVehiclePurchase: '0',
  lastVehicleOperation: '0',
  lastReception: '6',
});

async function setup(kind: TemplateKind, change?: (wb: ExcelJS.Workbook) => void) {
  const wb = await filledTemplate(kind, { change });
  const grid = await workbookToGrid(wb);
  const r = audit(grid);
  const e = generateExplanation(r.typed, PRIOR, { layout: r.layout.id, format: 'plain' });
  return { wb, grid, r, e };
}

const items = (e: Pick<Explanation, 'sections'>) => e.sections.find((s) => s.id === 'items')!.paragraphs.slice(1);
const at = (grid: Grid, sheet: string, cell: string) => {
  const s = grid.sheets.find((x) => x.name === sheet)!;
  const { row, col } = parseA1(cell);
  return s.rows[row - (s.origin?.row ?? 0)]?.[col - (s.origin?.col ?? 0)] ?? null;
};
const setAt = (grid: Grid, sheet: string, cell: string, v: string | null) => {
  const s = grid.sheets.find((x) => x.name === sheet)!;
  const { row, col } = parseA1(cell);
  const r = row - (s.origin?.row ?? 0);
  while (s.rows.length <= r) s.rows.push([]);
  s.rows[r][col - (s.origin?.col ?? 0)] = v;
};

describe.each(['department', 'unit'] as const)('the %s template as received, its tables filled', (kind) => {
  test('the text goes into the template’s own cells: A3 the budget and the items’ opening line, one item per row, 其他 A3', async () => {
    const { grid, r, e } = await setup(kind);
    const plan = placeExplanation(grid, r.parts, e, { tables: r.tables });
    expect(plan.found).toBe(true);
    expect(plan.sheets).toEqual({ explanation: SHEET[kind], other: OTHER });
    const where = plan.writes.map((w) => `${w.sheet}!${w.cell}:${w.what}:${w.was}`);
    // two 项 in 表5, three item rows in the template: the third, still the template's “3. “xx”科目…”, is emptied
    expect(items(e)).toHaveLength(2);
    expect(where).toEqual([
      `${SHEET[kind]}!A3:body:template`,
      `${SHEET[kind]}!A4:item:template`,
      `${SHEET[kind]}!A5:item:template`,
      `${SHEET[kind]}!A6:clear:template`,
      `${OTHER}!A3:body:template`,
    ]);
    // the titles already read as the text's: left as they are
    expect(plan.skipped).toEqual([
      { sheet: SHEET[kind], cell: 'A1', reason: 'unchanged', text: e.title },
      { sheet: OTHER, cell: 'A1', reason: 'unchanged', text: '其他相关情况说明' },
    ]);
    const a3 = plan.writes[0].text.split('\n');
    const budget = e.sections.find((s) => s.id === 'budget')!.paragraphs;
    expect(a3.map((l) => l.trim())).toEqual([...budget, '财政拨款支出主要内容如下：']);
    // the reason sentence is there: the prior makes 财政拨款 grow from 90 to 100 万元
    expect(a3.some((l) => /财政拨款收入支出增加的主要原因是/.test(l))).toBe(true);
    expect(a3.every((l) => l.startsWith('    ') && !l.startsWith('     '))).toBe(true); // the template's four spaces
    expect(plan.writes[1].text).toBe(`    ${items(e)[0]}`);
    expect(plan.writes[2].text).toBe(`    ${items(e)[1]}`);
    expect(plan.writes[3].text).toBe('');
    // 其他: each section a title line, then its paragraph lines, indented as the template's cell is
    const other = plan.writes[4].text.split('\n');
    const after = e.sections.slice(e.sections.findIndex((s) => s.level === 1) + 1);
    expect(other.map((l) => l.trim())).toEqual(after.flatMap((s) => [s.title, ...s.paragraphs]));
    const titles = other.filter((l) => /^\s*[一二三四五]、/.test(l));
    expect(titles).toHaveLength(5);
    expect(titles.every((l) => l.startsWith('  ') && !l.startsWith('   '))).toBe(true);
    const subs = other.filter((l) => /^\s*（[一二三]）/.test(l));
    expect(subs.map((l) => /^ */.exec(l)![0].length)).toEqual(kind === 'department' ? [5, 5, 5] : [4, 4, 4]);
    // no cell of a table
    for (const w of plan.writes) expect(r.tables.some((t) => t.sheet === w.sheet)).toBe(false);
  }, 30000);

  test('a cell with the user’s own words is left alone and reported; with replace it is written', async () => {
    const own = '    2026年，本局收入预算100万元，全部为财政拨款。\n    支出预算100万元。';
    const { grid, r, e } = await setup(kind, (wb) => (wb.getWorksheet(SHEET[kind])!.getCell('A3').value = own));
    const plan = placeExplanation(grid, r.parts, e, { tables: r.tables });
    expect(plan.writes.map((w) => w.cell)).toEqual(['A4', 'A5', 'A6', 'A3']);
    expect(plan.skipped.find((s) => s.cell === 'A3')).toMatchObject({ sheet: SHEET[kind], reason: 'user-text' });
    // the indentation is still the cell's own
    const replaced = placeExplanation(grid, r.parts, e, { tables: r.tables, replace: true });
    const a3 = replaced.writes.find((w) => w.sheet === SHEET[kind] && w.cell === 'A3')!;
    expect(a3.was).toBe('user');
    expect(a3.text.split('\n').every((l) => l.startsWith('    '))).toBe(true);
  }, 30000);
});

describe('more items than the template has rows', () => {
  let base: Awaited<ReturnType<typeof setup>>;
  beforeAll(async () => {
    base = await setup('department');
  }, 30000);
  /** The generated text with five items in place of two. */
  const five = (e: Explanation): Explanation => ({
    ...e,
    sections: e.sections.map((s) =>
      s.id === 'items'
        ? { ...s, paragraphs: [s.paragraphs[0], ...[1, 2, 3, 4, 5].map((n) => `${n}. “项${n}”科目${n}.00万元，主要用于【请填写：主要用途】。`)] }
        : s,
    ),
  });

  test('the rows after the template’s are written while empty, in the last item cell’s format', () => {
    const plan = placeExplanation(base.grid, base.r.parts, five(base.e), { tables: base.r.tables });
    const rows = plan.writes.filter((w) => w.sheet === SHEET.department && w.cell !== 'A3');
    expect(rows.map((w) => [w.cell, w.what, w.formatFrom ?? null])).toEqual([
      ['A4', 'item', null],
      ['A5', 'item', null],
      ['A6', 'item', null],
      ['A7', 'added', 'A6'],
      ['A8', 'added', 'A6'],
    ]);
    expect(rows[4].text).toBe('    5. “项5”科目5.00万元，主要用于【请填写：主要用途】。');
  });

  test('a row that is not empty stops them: the remaining items become lines of the last item cell, and the plan says so', () => {
    const grid = structuredClone(base.grid);
    setAt(grid, SHEET.department, 'A8', '注：本说明由财务科填写。');
    const plan = placeExplanation(grid, base.r.parts, five(base.e), { tables: base.r.tables });
    const a7 = plan.writes.find((w) => w.cell === 'A7' && w.sheet === SHEET.department)!;
    expect(a7.text.split('\n').map((l) => l.trim())).toEqual([
      '4. “项4”科目4.00万元，主要用于【请填写：主要用途】。',
      '5. “项5”科目5.00万元，主要用于【请填写：主要用途】。',
    ]);
    expect(plan.writes.some((w) => w.cell === 'A8')).toBe(false);
    expect(plan.skipped.find((s) => s.cell === 'A8')).toMatchObject({ reason: 'occupied', folded: { count: 1, into: 'A7' } });
    expect(at(grid, SHEET.department, 'A8')).toBe('注：本说明由财务科填写。');
  });

  test('a row inside a recognised table is never written: the items stay in the last template row', () => {
    const tables = [...base.r.tables, { sheet: SHEET.department, range: 'A7:D20' }];
    const plan = placeExplanation(base.grid, base.r.parts, five(base.e), { tables });
    expect(plan.writes.filter((w) => w.sheet === SHEET.department).map((w) => w.cell)).toEqual(['A3', 'A4', 'A5', 'A6']);
    expect(plan.writes.find((w) => w.cell === 'A6' && w.sheet === SHEET.department)!.text.split('\n')).toHaveLength(3);
    expect(plan.skipped.find((s) => s.cell === 'A7')).toMatchObject({ reason: 'inside-table', folded: { count: 2, into: 'A6' } });
  });
});

test('sheets emptied by the user: the template’s A1, A3 and A4… are used', async () => {
  const { grid, r, e } = await setup('unit', (wb) => {
    for (const name of [SHEET.unit, OTHER]) {
      const ws = wb.getWorksheet(name)!;
      for (const c of ['A1', 'A3', 'A4', 'A5', 'A6']) if (!ws.getCell(c).isMerged || c === 'A3') ws.getCell(c).value = null;
    }
  });
  const plan = placeExplanation(grid, r.parts, e, { tables: r.tables });
  expect(plan.writes.map((w) => `${w.sheet}!${w.cell}:${w.what}:${w.was}`)).toEqual([
    `${SHEET.unit}!A1:title:empty`,
    `${SHEET.unit}!A3:body:empty`,
    `${SHEET.unit}!A4:added:empty`,
    `${SHEET.unit}!A5:added:empty`,
    `${OTHER}!A1:title:empty`,
    `${OTHER}!A3:body:empty`,
  ]);
}, 30000);

test('the text as edited in the preview comes back to the same cells', async () => {
  const { grid, r, e } = await setup('department');
  expect(placeExplanation(grid, r.parts, explanationFromText(e.text, e), { tables: r.tables })).toEqual(
    placeExplanation(grid, r.parts, e, { tables: r.tables }),
  );
  const edited = e.text.replace(/主要用于【请填写：主要用途】。/, '主要用于机关日常运转。');
  const plan = placeExplanation(grid, r.parts, explanationFromText(edited, e), { tables: r.tables });
  expect(plan.writes.find((w) => w.cell === 'A4')!.text).toMatch(/主要用于机关日常运转。$/);
  expect(plan.writes.find((w) => w.cell === 'A5')!.text).toMatch(/主要用于【请填写：主要用途】。$/);
}, 30000);

test('a workbook without the template’s text sheets has nothing to place', async () => {
  const grid = await workbookToGrid(buildSeedWorkbook().workbook);
  const r = audit(grid);
  const plan = placeExplanation(grid, r.parts, generateExplanation(r.typed, emptyPriorFacts()), { tables: r.tables });
  expect(plan).toEqual({ found: false, sheets: {}, writes: [], skipped: [], unplaced: [] });
}, 30000);

describe('what counts as the template’s text', () => {
  test('the template’s cells as received are; the same cell with the user’s figures, or plain prose, is not', async () => {
    const { grid } = await setup('department', () => undefined);
    const received = await workbookToGrid(await filledTemplate('unit', { tables: [] }));
    for (const [g, sheet] of [
      [grid, SHEET.department],
      [received, SHEET.unit],
    ] as const) {
      for (const c of ['A3', 'A4', 'A5', 'A6']) expect(isTemplateText(String(at(g, sheet, c)))).toBe(true);
      expect(isTemplateText(String(at(g, OTHER, 'A3')))).toBe(true);
    }
    const a3 = String(at(grid, SHEET.department, 'A3'));
    // one figure filled in, the rest still placeholders: the user's work, kept
    expect(isTemplateText(a3.replace('收入预算x,xxx万元', '收入预算1,000.00万元'))).toBe(false);
    expect(isTemplateText('本部门2026年收入预算100万元。')).toBe(false);
    expect(isTemplateText('财政拨款支出主要内容如下：')).toBe(false); // a heading alone holds no placeholder
    expect(cellState('  ', 'x')).toBe('empty');
    expect(cellState(1000, 'x')).toBe('user');
    expect(cellState('2026年部门预算编制说明', '2025年部门预算编制说明', true)).toBe('template');
    expect(cellState('上海市普陀区某某局2026年部门预算情况的说明（终稿）', '2026年部门预算编制说明', true)).toBe('user');
    expect(cellState(' 甲\n\n 乙 ', '甲\n乙')).toBe('same');
  }, 30000);
});

describe('a cell the user began to fill in is the user’s, however many placeholders are left (review of 2026-12-03)', () => {
  test.each([
    ['the reason typed after the template’s 增加（减少）', '财政拨款收入支出增加（减少）的主要原因是新增信息化建设项目，人员经费按政策调整。'],
    [
      'one sentence of the user’s with one XX left',
      '2026年，本局收入预算全部为财政拨款，比2025年预算增加XX万元，主要原因是新增信息化建设项目和办公楼修缮项目。',
    ],
    ['an item with its purpose written, the amount not yet', '1. “行政运行”科目x,xxx万元，主要用于保障机关日常运转、在职人员工资及办公费支出。'],
    ['a figure in 亿元', '2026年，XX收入预算1.2亿元，其中：财政拨款收入x,xxx万元。'],
    ['a figure in words', '2026年，XX收入预算壹佰万元，其中：财政拨款收入x,xxx万元。'],
    ['a user’s fourth item', '4. “其他支出”科目x,xxx万元，主要用于本部门党建工作经费……'],
  ])('%s', (_name, text) => {
    expect(isTemplateText(text)).toBe(false);
    expect(cellState(text, '生成的文字')).toBe('user');
  });

  test('the template’s own lines with other years and spacing still are the template’s', () => {
    expect(isTemplateText('   2027年“三公”经费预算数为XXX万元，比2026年预算增加（减少）XXX万元（持平）。其中：')).toBe(true);
    expect(isTemplateText('    7. “xx”科目x,xxx万元，主要用于……')).toBe(true);
  });
});
