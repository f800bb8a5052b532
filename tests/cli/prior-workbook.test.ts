/**
 * --prior LAST-YEAR.xlsx: last year's disclosure workbook as the prior — the figures this year's text compares with
 * come from its tables as published; the reasons stay placeholders.
 */
import { mkdtempSync, promises as fs, readFileSync } from 'fs';
import Decimal from 'decimal.js';
import { tmpdir } from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli/main';
import { audit } from '../../src/core/audit';
import { priorFactsFromTables } from '../../src/core/narrative/prior-workbook';
import { workbookToGrid } from '../../src/cli/xlsx';

const root = path.join(__dirname, '..', '..');
const dir = mkdtempSync(path.join(tmpdir(), 'budget-prior-'));
const last = path.join(dir, '2023年部门预算.xlsx');

/** Last year's workbook: the mended 2024 seed with its titles saying 2023 and its 三公 and totals as printed. */
async function lastYear(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(root, 'examples', 'xianning-2024-mended.xlsx'));
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((c) => {
        if (typeof c.value === 'string' && c.value.includes('2024')) c.value = c.value.replace(/2024/g, '2023');
      }),
    ),
  );
  return wb;
}

beforeAll(async () => {
  await (await lastYear()).xlsx.writeFile(last);
});

test('the facts read from last year’s tables are the figures they print, in 万元, with the year after theirs', async () => {
  const r = audit(await workbookToGrid(await lastYear()));
  const p = priorFactsFromTables(r.typed);
  expect(p.year).toBe(2023);
  expect(p.facts.year).toBe(2024);
  // the mended seed (万元): 收支总额 1205.56, 财政拨款 1205.56, 一般公共预算 1205.56
  expect(p.facts.amounts.lastTotal?.toString()).toBe('1205.56');
  expect(p.facts.amounts.lastGpb?.toString()).toBe('1205.56');
  expect(p.found.length).toBeGreaterThanOrEqual(4);
});

test('--explain with --prior LAST-YEAR.xlsx: the comparison with last year is written, not left as a placeholder', async () => {
  const out = path.join(dir, 'out.md');
  const outJson = path.join(dir, 'out-json.md');
  let err = '';
  const io = { out: () => undefined, err: (s: string) => void (err += s) };
  await run([path.join(root, 'examples', 'xianning-2024-seed.xlsx'), '--explain', out, '--prior', last], io);
  expect(err).toMatch(/按上年附表取得上年数 \d+ 项、科目 \d+ 个（2023年）/);
  await run([path.join(root, 'examples', 'xianning-2024-seed.xlsx'), '--explain', outJson], io);
  const withPrior = readFileSync(out, 'utf8');
  const without = readFileSync(outJson, 'utf8');
  const placeholders = (t: string) => (t.match(/【请填写/g) ?? []).length;
  expect(placeholders(withPrior)).toBeLessThan(placeholders(without));
  expect(withPrior).toContain('持平'); // the same figures as last year's
});

test('each 类/款/项 of last year’s tables is read, in 万元 (PriorFacts.items)', async () => {
  const p = priorFactsFromTables(audit(await workbookToGrid(await lastYear())).typed);
  // the mended seed's 一般公共预算支出表: 208 109.47, 20805 107.84, 2080505 29, 2210201 25.28 …
  expect(p.items).toBe(Object.keys(p.facts.items!).length);
  expect(p.facts.items?.['208']).toEqual({ amount: new Decimal('109.47'), name: '社会保障和就业支出' });
  expect(p.facts.items?.['2080505'].amount).toEqual(new Decimal(29));
  expect(p.facts.items?.['2210201'].amount).toEqual(new Decimal('25.28'));
});

test('--prior LAST-YEAR.xlsx: an item line’s change against last year’s 项 is checked', async () => {
  // Last year's 2080505 机关事业单位基本养老保险缴费支出 was 24 万元 (this year's seed: 29).
  const wb = await lastYear();
  // 附表3 (支出总表) and 附表5 (一般公共预算支出表) print it; the text's 项 are read from the 一般公共预算支出表.
  for (const ws of [wb.getWorksheet('附表3')!, wb.getWorksheet('附表5')!]) {
    const row = ws.getColumn(1).values.findIndex((v) => v === '2080505');
    expect(ws.getRow(row).getCell(3).value).toBe(29);
    ws.getRow(row).getCell(3).value = 24;
  }
  const file = path.join(dir, '2023年部门预算-项.xlsx');
  await wb.xlsx.writeFile(file);
  const item = '社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）支出 29 万元，与上年相比增加';
  const findingsOf = async (sentence: string) => {
    const text = path.join(dir, 'item.txt');
    await fs.writeFile(text, sentence, 'utf8');
    let out = '';
    await run([path.join(root, 'examples', 'xianning-2024-seed.xlsx'), '--narrative', text, '--prior', file, '--format', 'json'], {
      out: (s) => void (out += s),
      err: () => undefined,
    });
    return (JSON.parse(out).findings as { rule: string; message: string }[]).filter((f) => f.rule === 'narrative/item-prior');
  };
  // 29 − 24 = 5, and 5 ÷ 24 = 20.83%.
  expect(await findingsOf(`${item} 5 万元，增长 20.83%。`)).toEqual([]);
  const [f, ...rest] = await findingsOf(`${item} 4 万元，增长 16.67%。`);
  expect(rest.map((x) => x.message)).toEqual([expect.stringContaining('应为 20.83%')]);
  expect(f.message).toContain('按上年附表 24 万元、本年 29 万元计算应为增加 5 万元');
});

test('a --prior workbook that cannot be read: one line, exit 2', async () => {
  let err = '';
  const code = await run([path.join(root, 'examples', 'xianning-2024-seed.xlsx'), '--prior', path.join(dir, 'missing.xlsx')], {
    out: () => undefined,
    err: (s) => void (err += s),
  });
  expect(code).toBe(2);
  expect(err.trim().split('\n')).toHaveLength(1);
});
