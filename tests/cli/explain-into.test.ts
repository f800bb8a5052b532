/**
 * --explain-into OUT.xlsx on the real Shanghai 2026 templates filled in code: the copy holds the generated text in the
 * template's own cells and every other cell exactly as the input (value, formula, number format, font); the checker
 * run on the copy finds none of the template's placeholders left in the written cells and no narrative error (the
 * text agrees with its own tables); a cell with the user's words is left alone and reported; the input's bytes are
 * unchanged, and an OUT that is the input is refused.
 */
import { createHash } from 'crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli/main';
import { buildZip, crc32, rawData, readCentralDirectory, type BuildEntry } from '../../src/cli/zip';
import { addMerge, patchSheet } from './hostile-build';
import { readGrid } from '../../src/cli/xlsx';
import { audit } from '../../src/core/audit';
import type { Grid } from '../../src/core/grid';
import { parseA1 } from '../../src/core/grid';
import { generateExplanation, priorFactsFromJson } from '../../src/core/narrative';
import { filledTemplate, type TemplateKind } from '../fixtures/shanghai-templates';
import { buildSeedWorkbook } from '../fixtures/seed-workbook';

const dir = mkdtempSync(path.join(tmpdir(), 'budget-explain-into-'));
const SHEET: Record<TemplateKind, string> = { department: '部门编制说明', unit: '单位编制说明' };
const OTHER = '其他相关情况说明';
/** Last year's figures (万元): 财政拨款 90 → 100, “三公” 6 → 5; the text then states every change. */
const PRIOR_JSON = {
  lastFiscal: '90',
  lastGpb: '90',
  lastGovFund: '0',
  lastSoe: '0',
  lastThreePublic: '6',
  lastAbroad: '0',
  lastVehiclePurchase: '0',
  lastVehicleOperation: '0',
  lastReception: '6',
};
const priorFile = path.join(dir, 'prior.json');
const USER_TEXT = '    2026年，本局收入预算100万元，全部为财政拨款。\n    支出预算100万元，全部用于机关运行和一般行政管理事务。';

const md5 = (f: string) => createHash('md5').update(readFileSync(f)).digest('hex');

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(args, { out: (s) => void (out += s), err: (s) => void (err += s) });
  return { code, out, err };
}

function value(grid: Grid, sheet: string, cell: string): unknown {
  const s = grid.sheets.find((x) => x.name === sheet)!;
  const { row, col } = parseA1(cell);
  return s.rows[row - (s.origin?.row ?? 0)]?.[col - (s.origin?.col ?? 0)] ?? null;
}

/** Every cell of every sheet: value (rich text as its text), formula, number format, font. */
async function cellsOf(file: string): Promise<Map<string, string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out = new Map<string, string>();
  for (const ws of wb.worksheets) {
    out.set(`${ws.name}!merges`, JSON.stringify([...((ws as unknown as { model: { merges: string[] } }).model.merges ?? [])].sort()));
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (c) => {
        out.set(
          `${ws.name}!${c.address}`,
          JSON.stringify({ v: c.type === ExcelJS.ValueType.Merge ? null : c.value, f: c.formula ?? null, n: c.numFmt ?? null, font: c.font ?? null }),
        );
      }),
    );
  }
  return out;
}

beforeAll(() => writeFileSync(priorFile, JSON.stringify(PRIOR_JSON)));

describe.each(['department', 'unit'] as const)('the %s template', (kind) => {
  const input = path.join(dir, `${kind}.xlsx`);
  const output = path.join(dir, `${kind}-说明.xlsx`);
  let run1: { code: number; out: string; err: string };
  let hash = '';
  beforeAll(async () => {
    await (await filledTemplate(kind)).xlsx.writeFile(input);
    hash = md5(input);
    run1 = await cli([input, '--explain-into', output, '--prior', priorFile, '--format', 'json']);
  }, 60000);

  test('the copy holds the generated text in the template’s cells; the input’s bytes are unchanged', async () => {
    // the input's own template text is checked as well: its undecided “增加（减少）” are leftovers (warnings), not the
    // direction errors they were once read as, so the filled tables and the template text give exit 0
    expect(run1.code).toBe(0);
    expect(md5(input)).toBe(hash);
    expect(run1.err).toContain(`已写入 ${output}：编制说明填入模板的 5 个单元格（原工作簿未改动）`);
    expect(run1.err).toContain(`${SHEET[kind]}!A4 条目（原为模板文字）`);
    expect(run1.err).toContain(`${SHEET[kind]}!A1：已是这段文字，未改动`);
    // read back with the project's reader: the text generated from the input's tables
    const inGrid = await readGrid(input);
    const r = audit(inGrid);
    const e = generateExplanation(r.typed, priorFactsFromJson(PRIOR_JSON), { layout: r.layout.id, format: 'plain' });
    const grid = await readGrid(output);
    const lines = (cell: string, sheet = SHEET[kind]) =>
      String(value(grid, sheet, cell) ?? '')
        .split('\n')
        .map((l) => l.trim());
    const section = (id: string) => e.sections.find((s) => s.id === id)!;
    expect(lines('A1')).toEqual([e.title]);
    expect(lines('A3')).toEqual([...section('budget').paragraphs, section('items').paragraphs[0]]);
    expect(lines('A3').join('')).toContain('财政拨款收入支出增加的主要原因是');
    expect(lines('A4')).toEqual([section('items').paragraphs[1]]);
    expect(lines('A5')).toEqual([section('items').paragraphs[2]]);
    expect(value(grid, SHEET[kind], 'A6')).toBeNull(); // the template's third item row, not needed, emptied
    const after = e.sections.slice(e.sections.findIndex((s) => s.level === 1) + 1);
    expect(lines('A3', OTHER)).toEqual(after.flatMap((s) => [s.title, ...s.paragraphs]));
  }, 60000);

  test('every other cell is the input’s: value, formula, number format, font, merges', async () => {
    const before = await cellsOf(input);
    const after = await cellsOf(output);
    const written = new Set([`${SHEET[kind]}!A3`, `${SHEET[kind]}!A4`, `${SHEET[kind]}!A5`, `${SHEET[kind]}!A6`, `${OTHER}!A3`]);
    expect([...after.keys()].filter((k) => !before.has(k))).toEqual([]);
    let compared = 0;
    for (const [k, v] of before) {
      if (written.has(k)) continue;
      expect([k, after.get(k)]).toEqual([k, v]);
      compared++;
    }
    expect(compared).toBeGreaterThan(1000);
    // the written cells keep their own format (a rich-text cell becomes plain text in the cell's font)
    for (const k of written) expect(JSON.parse(after.get(k)!).font).toEqual(JSON.parse(before.get(k)!).font);
  }, 60000);

  test('checked again, the copy has none of the template’s placeholders in the written cells and no narrative error', async () => {
    const { out } = await cli([output, '--prior', priorFile, '--format', 'json']);
    type F = { rule: string; severity: string; message: string; location: { sheet: string; cell: string } | null };
    const findings = (JSON.parse(out) as { findings: F[] }).findings;
    const ours = findings.filter((f) => f.location && [SHEET[kind], OTHER].includes(f.location.sheet));
    expect(ours.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    // what is left to fill is ours (【请填写：…】), never the template's XX / x,xxx / …… / 增加（减少）
    const leftovers = ours.filter((f) => f.rule === 'narrative/leftover');
    expect(leftovers.length).toBeGreaterThan(0);
    for (const f of leftovers) expect(f.message).not.toMatch(/XX|x,xxx|xx|……|增加（减少）|（持平）|若无/);
    expect(ours.filter((f) => f.rule !== 'narrative/leftover')).toEqual([]);
  }, 60000);
});

test('a cell with the user’s own words is not overwritten and is reported (zh, and en with --lang en)', async () => {
  const input = path.join(dir, 'own.xlsx');
  const output = path.join(dir, 'own-说明.xlsx');
  await (await filledTemplate('department', { change: (wb) => (wb.getWorksheet('部门编制说明')!.getCell('A3').value = USER_TEXT) })).xlsx.writeFile(input);
  const hash = md5(input);
  const zh = await cli([input, '--explain-into', output]);
  expect(zh.code).toBe(0);
  expect(zh.err).toContain('部门编制说明!A3：有您填写的文字，未改写');
  expect(zh.err).toContain('已写入');
  const grid = await readGrid(output);
  expect(value(grid, '部门编制说明', 'A3')).toBe(USER_TEXT);
  expect(String(value(grid, '部门编制说明', 'A4'))).toMatch(/^ {4}1\. “一般公共服务支出（类）/);
  const en = await cli([input, '--explain-into', path.join(dir, 'own-en.xlsx'), '--lang', 'en']);
  expect(en.err).toContain('部门编制说明!A3: holds your own text: not overwritten');
  expect(en.err).toContain('the explanation in 4 cells of the template');
  expect(md5(input)).toBe(hash);
}, 60000);

test('refused: the output is the input, several workbooks; a workbook without the template’s sheets gets no copy', async () => {
  const input = path.join(dir, 'department.xlsx');
  const hash = md5(input);
  const same = await cli([input, '--explain-into', path.join(dir, '.', 'department.xlsx')]);
  expect(same.code).toBe(2);
  expect(same.err).toContain('--explain-into');
  expect(same.err).toContain('不予写入（输入文件不会被改写）');
  expect(md5(input)).toBe(hash);
  const two = await cli([input, path.join(dir, 'unit.xlsx'), '--explain-into', path.join(dir, 'two.xlsx')]);
  expect(two.code).toBe(2);
  expect(two.err).toContain('--explain-into');
  expect(existsSync(path.join(dir, 'two.xlsx'))).toBe(false);
  const seed = path.join(dir, 'seed.xlsx');
  await buildSeedWorkbook().workbook.xlsx.writeFile(seed);
  const none = await cli([seed, '--explain-into', path.join(dir, 'seed-说明.xlsx')]);
  expect(none.code).toBe(2);
  expect(none.err).toContain('工作簿中没有编制说明模板的工作表');
  expect(none.out).toContain('附表'); // the report is still printed
  expect(existsSync(path.join(dir, 'seed-说明.xlsx'))).toBe(false);
}, 60000);

describe('what the copy never does (review of 2026-12-03)', () => {
  const input = path.join(dir, 'review.xlsx');
  beforeAll(async () => {
    const wb = await filledTemplate('department');
    // A4: a formula whose result reads like the template's item line.
    wb.getWorksheet(SHEET.department)!.getCell('A4').value = {
      formula: '"    1. “xx”科目x,xxx万元，主要用于……"',
      result: '    1. “xx”科目x,xxx万元，主要用于……',
    };
    await wb.xlsx.writeFile(input);
    writeFileSync(priorFile, JSON.stringify(PRIOR_JSON));
  }, 60000);

  test('a workbook whose reading had to clip a claim (a merge to XFD1048576) gets no copy, and the input is still audited', async () => {
    const clipped = path.join(dir, 'clipped.xlsx');
    const wb = await filledTemplate('department');
    const sheetIndex = wb.worksheets.findIndex((w) => w.name === '部门收支总表') + 1;
    writeFileSync(
      clipped,
      patchSheet(Buffer.from(await wb.xlsx.writeBuffer()), `sheet${sheetIndex}`, (x) => addMerge(x, 'A40:XFD1048576')),
    );
    const out = path.join(dir, 'clipped-copy.xlsx');
    const r = await cli([clipped, '--explain-into', out, '--format', 'json']);
    expect(r.err).toContain('读取时已截断的部分，未生成副本');
    expect(existsSync(out)).toBe(false);
    expect(JSON.parse(r.out).summary).toBeDefined();
    // The marked copies of --annotate are made the same way (src/cli/copy.ts), and refused the same way.
    const marked = path.join(dir, 'clipped-marked');
    const a = await cli([clipped, '--annotate', marked, '--format', 'json']);
    expect(a.err).toContain('读取时已截断的部分，未生成标注副本');
    expect(existsSync(path.join(marked, 'clipped.xlsx'))).toBe(false);
  }, 60000);

  test('a workbook with a chart gets no copy: exceljs would drop the chart', async () => {
    const bytes = readFileSync(input);
    const entries: BuildEntry[] = readCentralDirectory(bytes, 10_000).map((e) => ({
      name: e.nameBytes,
      utf8: (e.flags & 0x800) !== 0,
      method: e.method as 0 | 8,
      data: rawData(bytes, e),
      crc: e.crc,
      size: e.size,
    }));
    const chart = Buffer.from('<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>');
    entries.push({ name: 'xl/charts/chart1.xml', utf8: true, method: 0, data: chart, crc: crc32(chart), size: chart.length });
    const withChart = path.join(dir, 'with-chart.xlsx');
    writeFileSync(withChart, buildZip(entries));
    const out = path.join(dir, 'with-chart-copy.xlsx');
    const r = await cli([withChart, '--explain-into', out, '--format', 'json']);
    expect(r.err).toContain('工作簿含有复制时无法保留的内容（图表），未生成副本');
    expect(existsSync(out)).toBe(false);
  }, 60000);

  test('a formula cell is kept and listed; the other cells are written', async () => {
    const out = path.join(dir, 'review-copy.xlsx');
    const r = await cli([input, '--explain-into', out, '--prior', priorFile, '--format', 'json']);
    expect(r.err).toContain(`${SHEET.department}!A4：单元格是公式，未写入`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet(SHEET.department)!.getCell('A4').formula).toBe('"    1. “xx”科目x,xxx万元，主要用于……"');
    expect(String(wb.getWorksheet(SHEET.department)!.getCell('A3').value)).toContain('财政拨款支出主要内容如下：');
  }, 60000);

  test('an existing file or folder is not overwritten, a name not ending in .xlsx is refused, and no temporary copy is left', async () => {
    const other = path.join(dir, 'other-workbook.xlsx');
    writeFileSync(other, 'the user’s other workbook');
    const r1 = await cli([input, '--explain-into', other, '--format', 'json']);
    expect(r1.err).toContain('该文件已存在，未覆盖');
    expect(readFileSync(other, 'utf8')).toBe('the user’s other workbook');
    const md = path.join(dir, 'notes.md');
    const r2 = await cli([input, '--explain-into', md, '--format', 'json']);
    expect(r2.err).toContain('副本应为 .xlsx 文件');
    expect(existsSync(md)).toBe(false);
    const dirAsOut = path.join(dir, 'a-dir.xlsx');
    mkdirSync(dirAsOut);
    expect((await cli([input, '--explain-into', dirAsOut, '--format', 'json'])).err).toContain('该文件已存在，未覆盖');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 60000);
});
