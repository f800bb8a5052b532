/**
 * The narrative checker on real published texts, each on a text sheet of its own tables' workbook and read back as the
 * CLI reads it (tests/fixtures/narrative-real.ts; `npx tsx tests/fixtures/narrative-real-check.ts` lists the findings).
 * For each text: the exact findings expected — rule, cell, and the fact that makes it true — and no other. Every
 * figure was checked by hand (decimal arithmetic: each percentage from the two figures it compares, each share, each
 * sum against the tables of tests/fixtures/jiangsu-workbooks.ts).
 */
import type { Finding } from '../../src/core/report';
import { checkWorkbookText, JIANGSU_TEXTS, SHANGHAI_2026_FILLED, shanghaiWithText } from '../fixtures/narrative-real';

interface Expected {
  rule: string;
  cell: string;
  severity: string;
  /** What the message must say (a part of it). */
  says: string;
  /** Why it is true. */
  fact: string;
}

const SHEET = '2019年度部门预算情况说明';
const brief = (fs: Finding[]) => fs.map((f) => ({ rule: f.rule, cell: f.location?.cell, severity: f.severity, message: f.message }));
function expectExactly(fs: Finding[], expected: Expected[]) {
  expect(fs.every((f) => f.location !== null)).toBe(true);
  expect(brief(fs).map(({ rule, cell, severity }) => ({ rule, cell, severity }))).toEqual(expected.map(({ rule, cell, severity }) => ({ rule, cell, severity })));
  fs.forEach((f, i) => expect(f.message).toContain(expected[i].says));
}

const UNDECIDED = (cell: string, says: string, what: string): Expected => ({
  rule: 'narrative/leftover',
  cell,
  severity: 'warning',
  says,
  fact: `${what}: the template's “增加（减少）”/“增长（减少）” left undecided (the amount is 0: 与上年持平)`,
});

const REAL: Record<string, Expected[]> = {
  // 中共江苏省委办公厅 2019: 69 paragraphs.
  swbgt: [],
  // 江苏省人大常委会办公厅 2019 (tables: rdbgt): 83 paragraphs.
  rdcwh: [
    UNDECIDED('A8', '“增加（减少）”、“增长（减少）”', '（2）政府性基金收入预算0万元'),
    UNDECIDED('A9', '“增加（减少）”、“增长（减少）”', '2．财政专户管理资金收入预算总计0万元'),
    UNDECIDED('A10', '“增加（减少）”、“增长（减少）”', '3．其他资金收入预算总计0万元'),
    UNDECIDED('A11', '“增加（减少）”、“增长（减少）”', '4．上年结转资金预算数为0万元'),
    UNDECIDED('A69', '“增加（减少）”', '（1）公务用车购置预算支出0万元'),
    UNDECIDED('A70', '“增加（减少）”', '（2）公务用车运行维护费预算支出183.6万元'),
    UNDECIDED('A75', '“增加（减少）”、“增长（减少）”', '十、政府性基金支出预算支出 万元'),
  ],
  // 江苏省高级人民法院 2019: 81 paragraphs.
  gy: [],
};

describe.each(JIANGSU_TEXTS.map((t) => [t.id, t] as const))('%s', (id, t) => {
  test('its findings, exactly', async () => {
    const { findings, input } = await checkWorkbookText(await t.build(), t.year);
    expect(input.cells!.every((c) => c!.sheet === SHEET)).toBe(true);
    expectExactly(findings, REAL[id]);
  });
});

describe('Shanghai 2026: the department template filled the way a department fills it', () => {
  test('no finding on the filled text', async () => {
    const { findings, input } = await checkWorkbookText(await shanghaiWithText(SHANGHAI_2026_FILLED), 2026);
    expect(input.paragraphs).toHaveLength(37);
    expect(brief(findings)).toEqual([]);
  });
});
