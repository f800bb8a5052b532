/** The command reports the layout it read a workbook as, and lets the reviewer choose another one. */
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { run } from '../../src/cli/main';
import { buildShanghaiWorkbook } from '../fixtures/shanghai-workbook';
import { buildSeedWorkbook, writeBuilt } from '../fixtures/seed-workbook';

async function cli(argv: string[]) {
  let out = '';
  let err = '';
  const code = await run(argv, { out: (s) => void (out += s), err: (s) => void (err += s) });
  return { code, out, err };
}

const dir = mkdtempSync(path.join(tmpdir(), 'bta-layout-'));
const shanghai = path.join(dir, 'shanghai.xlsx');
const seed = path.join(dir, 'seed.xlsx');
beforeAll(async () => {
  await writeBuilt(buildShanghaiWorkbook(), shanghai);
  await writeBuilt(buildSeedWorkbook(), seed);
});

test('a Shanghai workbook: read as the Shanghai layout, said so, no error (exit 0), tables named as Shanghai names them', async () => {
  const r = await cli([shanghai]);
  expect(r.code).toBe(0);
  expect(r.out).toContain('报表格式：上海市部门预算公开格式（按表名识别：财务收支预算总表');
  expect(r.out).toContain('【收入预算总表】表2');
  expect(r.out).not.toContain('✖');
});

test('the seed: the 财政部 layout; JSON carries the layout and why', async () => {
  const r = await cli([seed, '--format', 'json']);
  const j = JSON.parse(r.out);
  expect(j.layout).toEqual({ id: 'standard', name: '财政部九张附表格式', source: 'detected', evidence: expect.arrayContaining(['“附表-N”编号']) });
});

test('--layout standard on a Shanghai workbook: said so, and the 财政部 layout misses its 项目支出表 (exit 1)', async () => {
  const r = await cli([shanghai, '--layout', 'standard', '--lang', 'en']);
  expect(r.code).toBe(1);
  expect(r.out).toContain('Layout: Ministry of Finance nine-table layout (as chosen with --layout)');
  expect(r.out).toContain('Table 9 (Project expenditure) is missing');
});

test('--admin-only: 机关运行经费 464.64 万元 ≠ 公用经费 1082.77 万元 becomes an error', async () => {
  const r = await cli([shanghai, '--admin-only']);
  expect(r.code).toBe(1);
  expect(r.out).toMatch(/表9!G6 .*机关运行经费.*464\.64.*1082\.7702/);
});

test('a layout the tool does not know is a usage error (exit 2), not a guess', async () => {
  const r = await cli([shanghai, '--layout', 'beijing']);
  expect(r.code).toBe(2);
  expect(r.err).toContain('--layout 只能是 auto、standard、shanghai、jiangsu、unknown');
});

test('--year 2024 on the 2025 Shanghai workbook: every dated title is pointed out; a bad year is a usage error', async () => {
  const r = await cli([shanghai, '--year', '2024']);
  expect(r.out.match(/而预算年度为 2024 年/g)?.length).toBe(9);
  const bad = await cli([shanghai, '--year', '24']);
  expect(bad.code).toBe(2);
  expect(bad.err).toContain('--year 应为四位年度');
});

test('several workbooks: a 汇总 at the end names those with errors and those that could not be read', async () => {
  const r = await cli([shanghai, seed, path.join(dir, 'missing.xlsx')]);
  expect(r.code).toBe(2);
  const tail = r.out.slice(r.out.indexOf('==== 汇总 ===='));
  expect(tail).toContain('共 3 个工作簿：无错误 1 个，有错误 1 个，无法读取 1 个');
  expect(tail).toContain(`✖ ${seed}：错误 5 个`);
  expect(tail).toContain('missing.xlsx：无法读取');
  // one workbook: no summary
  expect((await cli([seed])).out).not.toContain('汇总');
});
