/**
 * --prior LAST-YEAR.xlsx: last year's disclosure workbook as the prior — the figures this year's text compares with
 * come from its tables as published; the reasons stay placeholders.
 */
import { mkdtempSync, readFileSync } from 'fs';
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

test('a --prior workbook that cannot be read: one line, exit 2', async () => {
  let err = '';
  const code = await run([path.join(root, 'examples', 'xianning-2024-seed.xlsx'), '--prior', path.join(dir, 'missing.xlsx')], {
    out: () => undefined,
    err: (s) => void (err += s),
  });
  expect(code).toBe(2);
  expect(err.trim().split('\n')).toHaveLength(1);
});
