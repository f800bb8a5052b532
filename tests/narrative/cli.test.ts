/** budget-audit --explain / --prior / --narrative, through run() with a fake io. */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { run } from '../../src/cli/main';
import { readFixture, ROOT } from './helpers';

const SEED = path.join(ROOT, 'examples/xianning-2024-seed.xlsx');
const PRIOR = path.join(ROOT, 'examples/xianning-2024-prior.json');
const TEXT = path.join(ROOT, 'examples/xianning-2024-explanation.txt');

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'narrative-cli-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await run(argv, { out: (s) => void (out += s), err: (s) => void (err += s) });
  return { code, out, err };
}

test('--explain with --prior writes the reviewed text for the seed', async () => {
  const file = path.join(dir, 'out.md');
  const r = await cli(SEED, '--explain', file, '--prior', PRIOR, '--format', 'json');
  expect(r.err).toContain('已写入编制说明');
  expect((await fs.readFile(file, 'utf8')).trim()).toBe(readFixture('xianning-2024-expected.md').trim());
  expect(r.code).toBe(1); // the seed's tables have errors of their own (济宁 in 附表-4)
});

test('--explain without prior facts writes placeholders', async () => {
  const file = path.join(dir, 'bare.md');
  await cli(SEED, '--explain', file);
  expect(await fs.readFile(file, 'utf8')).toContain('【请填写：上年部门预算总额（万元），以计算增减】');
});

test('--narrative joins its findings to the report and counts its errors', async () => {
  const r = await cli(SEED, '--narrative', TEXT, '--prior', PRIOR, '--format', 'json');
  const report = JSON.parse(r.out);
  const narrative = report.findings.filter((f: { rule: string }) => f.rule.startsWith('narrative/'));
  expect(narrative.map((f: { rule: string }) => f.rule).sort()).toEqual(
    ['narrative/amount-mismatch', 'narrative/change-mismatch', 'narrative/name', 'narrative/percent', 'narrative/year', 'narrative/zero-increase'].sort(),
  );
  const plain = await cli(SEED, '--prior', PRIOR, '--format', 'json');
  expect(report.summary.errors).toBe(JSON.parse(plain.out).summary.errors + 4);
  expect(r.code).toBe(1);
});

test('the mended workbook with the generated text has no error: exit 0', async () => {
  const file = path.join(dir, 'mended.md');
  await cli(path.join(ROOT, 'examples/xianning-2024-mended.xlsx'), '--explain', file, '--prior', PRIOR);
  const text = (await fs.readFile(file, 'utf8')).replace(/【请填写[^】]*】/g, '按项目说明');
  await fs.writeFile(file, text);
  const r = await cli(path.join(ROOT, 'examples/xianning-2024-mended.xlsx'), '--narrative', file, '--prior', PRIOR, '--format', 'json');
  expect(JSON.parse(r.out).findings.filter((f: { rule: string }) => f.rule.startsWith('narrative/'))).toEqual([]);
  expect(r.code).toBe(0);
});

test('a bad prior.json: a clear Chinese + English line and exit 2', async () => {
  const bad = path.join(dir, 'bad.json');
  await fs.writeFile(bad, JSON.stringify({ lastTotal: '两千', lastOperatng: 1 }));
  const r = await cli(SEED, '--explain', path.join(dir, 'x.md'), '--prior', bad);
  expect(r.code).toBe(2);
  expect(r.err).toContain('“上年部门预算总额”（lastTotal）应为数字（万元），实为 "两千"');
  expect(r.err).toContain('"lastTotal" must be a number (in 万元)');
  expect(r.err).toContain('未知项目“lastOperatng”');
  await fs.writeFile(bad, '{ lastTotal: 1 ');
  expect((await cli(SEED, '--prior', bad, '--narrative', TEXT)).err).toContain('不是有效的 JSON');
  expect((await cli(SEED, '--prior', path.join(dir, 'none.json'), '--narrative', TEXT)).code).toBe(2);
});

test('--explain never writes over an input file, and needs exactly one workbook', async () => {
  const before = await fs.readFile(TEXT, 'utf8');
  const r = await cli(SEED, '--narrative', TEXT, '--explain', TEXT);
  expect(r.code).toBe(2);
  expect(r.err).toContain('--explain must not be an input');
  expect(await fs.readFile(TEXT, 'utf8')).toBe(before);
  expect((await cli(SEED, '--explain', SEED)).code).toBe(2);
  expect((await cli(SEED, path.join(ROOT, 'examples/xianning-2024-mended.xlsx'), '--explain', path.join(dir, 'two.md'))).code).toBe(2);
  expect((await cli(SEED, '--narrative', path.join(dir, 'missing.txt'))).code).toBe(2);
});

test('--narrative --format sarif: the narrative rules are in the rule list, each result has its rule and related table cells', async () => {
  const r = await cli(SEED, '--narrative', TEXT, '--prior', PRIOR, '--format', 'sarif');
  const s = JSON.parse(r.out);
  const rules: { id: string; shortDescription: { text: string } }[] = s.runs[0].tool.driver.rules;
  const ids = rules.map((x) => x.id);
  for (const id of [
    'narrative/amount-mismatch',
    'narrative/change-mismatch',
    'narrative/direction',
    'narrative/percent',
    'narrative/share',
    'narrative/year',
    'narrative/name',
    'narrative/leftover',
    'narrative/doubled',
    'narrative/zero-increase',
  ]) {
    expect(ids).toContain(id);
  }
  expect(ids).toContain('sum/children');
  expect(new Set(ids).size).toBe(ids.length);
  const results: {
    ruleId: string;
    ruleIndex: number;
    message: { text: string };
    relatedLocations: { logicalLocations: { fullyQualifiedName: string }[] }[];
  }[] = s.runs[0].results;
  for (const x of results) expect(rules[x.ruleIndex].id).toBe(x.ruleId);
  const amount = results.find((x) => x.ruleId === 'narrative/amount-mismatch' && x.message.text.includes('25.58'))!;
  expect(amount.relatedLocations.map((l) => l.logicalLocations[0].fullyQualifiedName)).toEqual(['附表6!E6']);
});

test('Shanghai: --narrative on the real 万里街道 text lists its flaws under 【编制说明】 with the table cells they are judged against', async () => {
  const args = [
    path.join(ROOT, 'examples/shanghai-wanli-2025.xlsx'),
    '--narrative',
    path.join(ROOT, 'tests/narrative/fixtures/shanghai-2025-explanation.txt'),
    '--prior',
    path.join(ROOT, 'tests/narrative/fixtures/shanghai-2025-prior.json'),
  ];
  const r = await cli(...args);
  const section = r.out.slice(r.out.indexOf('【编制说明】')).trimEnd().split('\n\n')[0].split('\n');
  expect(section).toEqual([
    '【编制说明】',
    // “比2024年预算持平” (lines 3, 42–44): true, 持平 takes 与…; the Shanghai template's own form, so an info (tests/narrative/shanghai.test.ts).
    '  ℹ 提示  —  第 3 行：说明中“比2024年预算持平”应写作“与2024年预算持平”（“持平”与“与…”搭配，不用“比…”）',
    '  ✖ 错误  —  第 26 行：说明中“卫生健康支出（类）卫生健康支出（款）计划生育事务（项）”的款名称为“卫生健康支出”，表中 21007 为“计划生育事务”  〔应为 计划生育事务，实为 卫生健康支出〕  （对照 表5!D55、表5!E56）',
    '  ✖ 错误  —  第 26 行：说明中“卫生健康支出（类）卫生健康支出（款）计划生育事务（项）”的项名称为“计划生育事务”，表中 2100717 为“计划生育服务”  〔应为 计划生育服务，实为 计划生育事务〕  （对照 表5!D56、表5!E56）',
    '  ℹ 提示  —  第 42 行：说明中“比2024年预算持平”应写作“与2024年预算持平”（“持平”与“与…”搭配，不用“比…”）',
    '  ℹ 提示  —  第 43 行：说明中“比2024年预算持平”应写作“与2024年预算持平”（“持平”与“与…”搭配，不用“比…”）',
    '  ⚠ 警告  —  第 43 行：说明中的“公务车用车运行费”应为“公务用车运行费”  〔应为 公务用车运行费，实为 公务车用车运行费〕  （对照 表9!F6）',
    '  ℹ 提示  —  第 44 行：说明中“比2024年预算持平”应写作“与2024年预算持平”（“持平”与“与…”搭配，不用“比…”）',
  ]);
  expect(r.out).not.toContain('【工作簿】'); // the tables themselves have only their 尾差 warnings
  expect(r.code).toBe(1); // the two item-name errors
  const json = JSON.parse((await cli(...args, '--format', 'json')).out);
  expect(json.findings.filter((f: { rule: string }) => f.rule.startsWith('narrative/')).map((f: { rule: string }) => f.rule)).toEqual([
    'narrative/punctuation',
    'narrative/item-name',
    'narrative/item-name',
    'narrative/punctuation',
    'narrative/punctuation',
    'narrative/name',
    'narrative/punctuation',
  ]);
  expect(json.summary.errors).toBe(2);
});

test('Shanghai: --explain writes the reviewed Shanghai text; --layout standard gives the standard one', async () => {
  const file = path.join(dir, 'shanghai.md');
  const xlsx = path.join(ROOT, 'examples/shanghai-wanli-2025.xlsx');
  const prior = path.join(ROOT, 'tests/narrative/fixtures/shanghai-2025-prior.json');
  await cli(xlsx, '--explain', file, '--prior', prior);
  expect((await fs.readFile(file, 'utf8')).trim()).toBe(readFixture('shanghai-2025-expected.md').trim());
  await cli(xlsx, '--explain', file, '--prior', prior, '--layout', 'standard');
  expect(await fs.readFile(file, 'utf8')).toMatch(/^# 第三部分 2025 年部门预算编制情况及说明/);
});
