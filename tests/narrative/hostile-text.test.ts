/**
 * Pathological explanation texts finish with their normal result. Each case is built in code at a size where a
 * quadratic scan would run far past the test's timeout (issue 15 measured minutes on each): one paragraph of a
 * million characters (read up to PARAGRAPH_LIMIT, and the report says what was not read), and forty paragraphs just
 * under the limit (every check must be linear in what it reads). Times are measured in scripts/bench-text.ts, not
 * here.
 */
import { checkNarrative, generateExplanation, priorFactsFromJson } from '../../src/core/narrative';
import { PARAGRAPH_LIMIT } from '../../src/core/narrative/context';
import type { Finding } from '../../src/core/report';
import type { Table } from '../../src/core/tables/types';
import { readFixture, seedPrior, seedTables } from './helpers';

/** Deterministic pseudo-random CJK characters (no punctuation). */
function cjk(n: number, seed = 1): string {
  let s = seed;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    s = (s * 1103515245 + 12345) % 2147483648;
    out.push(String.fromCharCode(0x4e00 + (s % 0x51a6)));
  }
  return out.join('');
}

/** A text of `n` characters made of `unit` (and the prefix). */
const fill = (prefix: string, unit: string, n: number) => (prefix + unit.repeat(Math.ceil(n / unit.length))).slice(0, n);

/**
 * The pathological runs, each as a function of its length; and what more than the 99 万元 is an error when the run
 * follows "机关运行经费 99 万元。" (after it, "比上年增加" is said of 机关运行经费, which fell from 81.99 to 25.57).
 */
const RUNS: [string, (n: number) => string, string[]?][] = [
  ['no punctuation (random CJK)', (n) => cjk(n)],
  ['subjects and 费 without punctuation', (n) => fill('', '本部门支出预算安排机关运行经费和公务接待费', n)],
  ['“万元” repeated', (n) => fill('', '万元', n)],
  ['“比上年增加” repeated', (n) => fill('', '比上年增加', n), ['narrative/direction']],
  ['an unclosed “（” and what follows', (n) => '机关运行经费（' + cjk(n - 7)],
  ['“增加” and digits', (n) => fill('机关运行经费比上年增加', '1', n)],
  ['“1,” repeated (a number of commas)', (n) => fill('其中', '1,', n)],
  ['“【请填写：” never closed', (n) => fill('', '【请填写：', n)],
  ['“一般公共服务支出（类）” repeated, then 科目', (n) => fill('', '一般公共服务支出（类）', n - 2) + '科目'],
  ['“其它” repeated', (n) => fill('', '其它', n)],
  ['“费” repeated', (n) => fill('', '费', n)],
  ['“增加” and spaces', (n) => fill('增加', ' ', n)],
  // A name read back from a level mark (item-lines.ts): a run of CJK before the mark was scanned from every place.
  ['a long run of CJK, then a level mark', (n) => fill('', '中', n - 6) + '，甲乙（类）'],
  ['“（类）” repeated', (n) => fill('', '（类）', n)],
];

/** A statement with a real error: 机关运行经费 is 25.57 in the seed's tables. */
const WRONG = '。机关运行经费 99 万元。';

let tables: Table[];
beforeAll(async () => {
  tables = await seedTables();
});

const check = (text: string) => checkNarrative(text, tables, seedPrior());
const ofRule = (fs: Finding[], rule: string) => fs.filter((f) => f.rule === rule);

describe.each(RUNS)('%s', (_name, run, more = []) => {
  test('one paragraph of 1,000,000 characters: its first 20,000 are checked, the report says the rest was not read', () => {
    const text = WRONG.slice(1) + run(1_000_000 - WRONG.length + 1);
    expect(text.length).toBe(1_000_000);
    const fs = check(text);
    const cut = ofRule(fs, 'narrative/too-long');
    expect(cut).toHaveLength(1);
    expect(cut[0]).toMatchObject({ severity: 'info', location: null });
    expect(cut[0].data).toMatchObject({ length: '1000000', limit: String(PARAGRAPH_LIMIT) });
    expect(Number(cut[0].data!.read) + Number(cut[0].data!.rest)).toBe(1_000_000);
    expect(Number(cut[0].data!.read)).toBeLessThanOrEqual(PARAGRAPH_LIMIT);
    expect(cut[0].message).toMatch(/^第 1 行：本段共 1000000 字，超过每段 20000 字的上限：只检查了前 \d+ 字，其后 \d+ 字未检查$/);
    // The statement at its start is still checked, and nothing else is an error.
    const errors = fs.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.rule)).toEqual(['narrative/amount-mismatch', ...more]);
    expect(errors[0]).toMatchObject({ actual: '99', expected: '25.57' });
  }, 20_000);

  test('40 paragraphs just under the limit (800,000 characters): each checked in full, no notice', () => {
    const lines = Array.from({ length: 40 }, () => run(PARAGRAPH_LIMIT - WRONG.length) + WRONG);
    expect(lines.every((l) => l.length === PARAGRAPH_LIMIT)).toBe(true);
    const fs = check(lines.join('\n'));
    expect(ofRule(fs, 'narrative/too-long')).toEqual([]);
    const errors = fs.filter((f) => f.severity === 'error');
    expect(errors.map((f) => `${f.rule} ${f.actual} ${f.expected}`)).toEqual(Array(40).fill('narrative/amount-mismatch 99 25.57'));
  }, 20_000);
});

describe('the limit and the notice', () => {
  test('English notice; a paragraph from a sheet keeps its cell', () => {
    const cell = { sheet: '编制说明', cell: 'A2' };
    const fs = checkNarrative({ paragraphs: ['标题', cjk(30_000)], cells: [null, cell] }, tables, seedPrior(), { locale: 'en-US' });
    const cut = ofRule(fs, 'narrative/too-long');
    expect(cut).toHaveLength(1);
    expect(cut[0].location).toEqual(cell);
    expect(cut[0].message).toBe(
      'This paragraph has 30000 characters, more than the limit of 20000 per paragraph: only the first 20000 were checked, the remaining 10000 were not read',
    );
  });

  test('the cut falls at the end of a sentence near the limit, never inside an emoji', () => {
    const sentence = fill('', '预算安排', 19_000) + '。';
    const fs = check(sentence + cjk(2_000) + '机关运行经费 99 万元。');
    const cut = ofRule(fs, 'narrative/too-long')[0];
    expect(cut.data).toMatchObject({ read: '19001', rest: String(2_000 + '机关运行经费 99 万元。'.length) });
    // The statement after the cut is not read: no finding about it.
    expect(ofRule(fs, 'narrative/amount-mismatch')).toEqual([]);
    const emoji = check('😀'.repeat(15_000));
    expect(ofRule(emoji, 'narrative/too-long')[0].data).toMatchObject({ read: String(PARAGRAPH_LIMIT) });
    const odd = check('a' + '😀'.repeat(15_000));
    expect(ofRule(odd, 'narrative/too-long')[0].data).toMatchObject({ read: String(PARAGRAPH_LIMIT - 1) });
  });

  test('a paragraph at the limit is read in full; the seed’s own text gives its six findings', () => {
    expect(ofRule(check(cjk(PARAGRAPH_LIMIT)), 'narrative/too-long')).toEqual([]);
    expect(check(readFixture('fixtures/xianning-2024-part3.txt'))).toHaveLength(6);
  });
});

describe('the generator reads last year’s reasons linearly', () => {
  test('a reason of 200,000 “。” and a letter is written as given', () => {
    const json = { ...JSON.parse(readFixture('../../examples/xianning-2024-prior.json')), reasonTotal: '。'.repeat(200_000) + 'x。；' };
    const e = generateExplanation(tables, priorFactsFromJson(json));
    expect(e.text).toContain('。'.repeat(200_000) + 'x');
    expect(e.text).not.toContain('x。；');
  }, 20_000);
});
