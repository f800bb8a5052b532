/** --catalog: the finance bureau's 科目表 as a CSV or xlsx file — added to the bundled year, or replacing it; a bad file refused with the row named. */
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli/main';
import { buildMendedWorkbook, writeBuilt } from '../fixtures/seed-workbook';

const dir = mkdtempSync(path.join(tmpdir(), 'budget-catalog-'));
const mended = path.join(dir, 'mended.xlsx');
async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await run(argv, { out: (s) => void (out += s), err: (s) => void (err += s) });
  return { code, out, err };
}
const unknown = (out: string) => (JSON.parse(out) as { findings: { rule: string }[] }).findings.filter((f) => f.rule === 'catalog/code-exists').length;

beforeAll(async () => {
  await writeBuilt(buildMendedWorkbook(), mended);
});

test('a CSV 科目表 added to the year: the mended seed stays as it was', async () => {
  const csv = path.join(dir, 'codes.csv');
  writeFileSync(csv, '\uFEFF编码,名称\n2140199,其他公路水路运输支出（本地）\n');
  const plain = await cli(mended, '--format', 'json');
  const added = await cli(mended, '--format', 'json', '--catalog', csv);
  expect(added.code).toBe(plain.code);
  expect(unknown(added.out)).toBe(unknown(plain.out));
});

test('--catalog-replace with an xlsx holding one 功能分类 code: every other 功能分类 code of the workbook is then unknown', async () => {
  const file = path.join(dir, '科目表.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('科目表');
  ws.addRow(['类', '款', '项', '科目名称']);
  ws.addRow([201, null, null, '一般公共服务支出']);
  await wb.xlsx.writeFile(file);
  const r = await cli(mended, '--format', 'json', '--catalog', file, '--catalog-replace');
  expect(unknown(r.out)).toBeGreaterThan(5);
});

test('a broken 科目表: exit 2 and one line naming the row', async () => {
  const csv = path.join(dir, 'bad.csv');
  writeFileSync(csv, '编码,名称\n2010101,行政运行\n201011,坏\n');
  const r = await cli(mended, '--catalog', csv);
  expect(r.code).toBe(2);
  expect(r.err.trim().split('\n')).toHaveLength(1);
  expect(r.err).toMatch(/第 ?3 ?行/);
});

test('--catalog is an input: --output may not overwrite it', async () => {
  const csv = path.join(dir, 'codes2.csv');
  writeFileSync(csv, '编码,名称\n2010101,行政运行\n');
  const r = await cli(mended, '--catalog', csv, '--output', csv);
  expect(r.code).toBe(2);
  expect(r.err).toContain('--catalog');
});
