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
  expect(brief(fs).map(({ rule, cell, severity }) => ({ rule, cell, severity }))).toEqual(
    expected.map(({ rule, cell, severity }) => ({ rule, cell, severity })),
  );
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
  swbgt: [
    {
      rule: 'narrative/percent-figures',
      cell: 'A14',
      severity: 'warning',
      says: '应为 29%',
      fact: '住房保障（类）3894.09, +878.93: 878.93 ÷ 3015.16 = 29.15%, printed 30%',
    },
    {
      rule: 'narrative/percent-figures',
      cell: 'A32',
      severity: 'warning',
      says: '应为 16.08%',
      fact: '2013101 行政运行 9370.12, +1297.83: 1297.83 ÷ 8072.29 = 16.0776% (16.0775–16.0777 within the figures’ rounding), printed 16.07%',
    },
    {
      rule: 'narrative/share-of',
      cell: 'A52',
      severity: 'warning',
      says: '应为 80.91%',
      fact: '公务用车购置及运行费 411.20 ÷ 三公 508.20 (公开09) = 80.913%, printed 80.92% (forced so the three add to 100)',
    },
  ],
  // 江苏省人大常委会办公厅 2019 (tables: rdbgt): 83 paragraphs.
  rdcwh: [
    UNDECIDED('A8', '“增加（减少）”、“增长（减少）”', '（2）政府性基金收入预算0万元'),
    UNDECIDED('A9', '“增加（减少）”、“增长（减少）”', '2．财政专户管理资金收入预算总计0万元'),
    UNDECIDED('A10', '“增加（减少）”、“增长（减少）”', '3．其他资金收入预算总计0万元'),
    UNDECIDED('A11', '“增加（减少）”、“增长（减少）”', '4．上年结转资金预算数为0万元'),
    ...['A49', 'A50', 'A51'].map((cell): Expected => ({
      rule: 'narrative/level-mark',
      cell,
      severity: 'warning',
      says: '“行政事业单位离退休”标注为（类），表中 20805',
      fact: '五（二）1–3: 行政事业单位离退休 is 款 20805 in 公开05, marked （类）',
    })),
    ...['A53', 'A54'].map((cell): Expected => ({
      rule: 'narrative/level-mark',
      cell,
      severity: 'warning',
      says: '“住房改革支出”标注为（类），表中 22102',
      fact: '五（三）1–2: 住房改革支出 is 款 22102 in 公开05, marked （类）',
    })),
    UNDECIDED('A69', '“增加（减少）”', '（1）公务用车购置预算支出0万元'),
    UNDECIDED('A70', '“增加（减少）”', '（2）公务用车运行维护费预算支出183.6万元'),
    UNDECIDED('A75', '“增加（减少）”、“增长（减少）”', '十、政府性基金支出预算支出 万元'),
    {
      rule: 'narrative/blank-amount',
      cell: 'A75',
      severity: 'warning',
      says: '“支出万元”缺少金额',
      fact: '十、“2019年政府性基金支出预算支出 万元”: the figure (0) is missing',
    },
  ],
  // 江苏省高级人民法院 2019: 81 paragraphs.
  gy: [
    {
      rule: 'narrative/level-mark',
      cell: 'A34',
      severity: 'warning',
      says: '法院下的项是 2040502“一般行政管理事务”',
      fact: '五（一）2. “法院（款）一般行政事务管理（项）支出 5804.83 万元”: 公开05 2040502 is 一般行政管理事务 5,804.83',
    },
  ],
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
