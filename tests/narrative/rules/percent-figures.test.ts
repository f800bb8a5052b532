/** narrative/percent-figures: a percentage against the amount and the change the text itself gives (no last-year facts). */
import type { Table } from '../../../src/core/tables/types';
import { checkNarrative, emptyPriorFacts } from '../../../src/core/narrative';
import rule from '../../../src/core/narrative/rules/percent-figures';
import { readFixture, seedPrior, seedTables } from '../helpers';
import { jiangsuParagraph, jiangsuTables, runNarrativeRule, withSlip, xianning } from '../rule-tester';

let tables: Table[];
beforeAll(async () => {
  tables = await seedTables();
});
const found = (s: string, prior = emptyPriorFacts()) => checkNarrative(s, tables, prior, { year: 2024 }).filter((f) => f.rule === 'narrative/percent-figures');

test.each([
  // 江苏省委办公厅 2019, as published and right.
  '1．一般公共服务（类）支出22395.50万元，主要用于保障机构正常运转。与上年相比增加2241.75万元，增长11.12%。',
  // Right within the figures' rounding: 41.67 ÷ 743.39 is 5.6054%, but 41.665 ÷ 743.40 is 5.6047%.
  '机关事业单位基本养老保险缴费（项）支出785.06万元，与上年相比增加41.67万元，增长5.60%。',
  // A decrease: 200 ÷ (1400 + 200).
  '法院（款）机关服务（项）支出 1400 万元，与上年相比减少 200 万元，减少 12.5%。',
  // Printed coarser and right at that precision.
  '支出预算总计18330.37万元，与上年相比增加2432.93万元，增长15.3%。',
  '支出 729 万元，与上年相比减少 81 万元，减少 10%。',
  // The base is not clear: a share between, a part after 其中, last year's figure.
  '机关运行经费预算 25.57 万元，占预算总额的 2.12%，比上年减少了 56.41 万元，下降了 68.81%。',
  '政府采购预算 0.22 万元，其中货物类 0.22 万元，服务类 0 万元。比上年减少 0.11 万元，下降 33%。',
  '本年 120 万元，上年 100 万元，增加 20 万元，增长 20%。',
])('no finding: %s', (s) => expect(found(s)).toEqual([]));

test('one digit off: a warning with the figures (江苏省委办公厅 2019, 五 1.)', () => {
  const [f, ...rest] = found('1．党委办公厅（室）及相关机构事务（款）行政运行（项）支出9370.12万元，与上年相比增加1297.83万元，增长16.07%。');
  expect(rest).toEqual([]);
  expect(f).toMatchObject({ severity: 'warning', expected: '16.08%', actual: '16.07%' });
  expect(f.message).toBe('第 1 行：说明中的增减幅度为 16.07%，按说明所列数计算应为 16.08%（1297.83 ÷ 上年 8072.29，上年 = 9370.12 − 1297.83；16.0776%）');
});

test('rounded to a whole number the wrong way is a warning; far off is an error', () => {
  expect(found('住房保障（类）支出3894.09万元。与上年相比增加878.93万元，增长30%。')[0]).toMatchObject({ severity: 'warning', expected: '29%' });
  expect(found('住房保障（类）支出3894.09万元。与上年相比增加878.93万元，增长39%。')[0]).toMatchObject({ severity: 'error', expected: '29%' });
  expect(found('支出 1400 万元，与上年相比减少 200 万元，减少 14.29%。')[0]).toMatchObject({ severity: 'error', expected: '12.50%' });
});

test('where last year’s facts are known, narrative/percent judges it, not this rule', () => {
  const fs = checkNarrative('部门支出预算总额为 1205.56 万元，比上年减少 1686.52 万元，减少 58.23%。', tables, seedPrior());
  expect(fs.map((f) => f.rule)).toEqual(['narrative/percent']);
});

/** A paragraph of 中共江苏省委办公厅 2019 (its tables: the Jiangsu swbgt workbook), by a part of it. */
const swbgt = (part: string) => jiangsuParagraph('swbgt', part);

runNarrativeRule(rule, {
  tables: jiangsuTables('swbgt'),
  year: 2019,
  valid: [
    // 中共江苏省委办公厅 2019, as published: each percentage from the two figures its sentence gives.
    swbgt('江苏省委办公厅2019年度收入、支出预算总计'),
    swbgt('（1）一般公共预算收入预算'),
    swbgt('2．社会保障和就业（类）支出'),
    swbgt('此外，基本支出预算数'),
    swbgt('项目支出预算数为13025.38万元'),
    swbgt('单位预留机动经费预算数'),
    swbgt('1．行政事业单位离退休（款）未归口管理'),
    swbgt('1. 住房改革支出（款）住房公积金（项）'),
    swbgt('2. 住房改革支出（款）提租补贴（项）'),
    swbgt('机关运行经费预算支出2232.91万元'),
  ],
  invalid: [
    {
      name: '中共江苏省委办公厅 2019 as published, 五 1.: 1297.83 ÷ 8072.29 is 16.08%, written 16.07% (a warning)',
      text: swbgt('1．党委办公厅（室）及相关机构事务（款）行政运行（项）'),
      errors: [{ messageId: 'percentFigures', paragraph: 1, severity: 'warning', expected: '16.08%', actual: '16.07%' }],
    },
    {
      name: '中共江苏省委办公厅 2019 as published, 住房保障: 878.93 ÷ 3015.16 is 29%, written 30% (a warning)',
      text: swbgt('3．住房保障（类）支出'),
      errors: [{ messageId: 'percentFigures', severity: 'warning', expected: '29%', actual: '30%' }],
    },
    {
      name: 'a percentage far off: an error',
      text: withSlip(swbgt('项目支出预算数为13025.38万元'), '增长7.81%', '增长8.71%'),
      errors: [
        { messageId: 'percentFigures', severity: 'error', expected: '7.81%', actual: '8.71%', message: '（943.92 ÷ 上年 12081.46，上年 = 13025.38 − 943.92；' },
      ],
    },
  ],
});

/**
 * A real 2025 部门预算 text in 元 (tests/narrative/fixtures/wuzhou-2025-excerpt.txt: the 类 lines of a 梧州 platform's
 * page, its PDF line breaks joined; source http://117.141.250.58:10060/wzyjsgkpt/…/34D5FC875287C3FA56EBBB36D383FF7B.html).
 * Checked by script (notes of session 6): 16803.36 ÷ (116433.12 − 16803.36) = 16.8658%, printed 14.43% — the change
 * divided by this year's 116433.12 (14.4318%), the wrong base; 54357.12 ÷ (850088.3 + 54357.12) = 6.00999…%, printed
 * 6.00 (cut off, not rounded); 12.05% (12.0501%), 0.083% (0.0832%) and 3.85% (3.8545%) are right.
 */
test('a real text in 元, with its share between amount and change: the wrong base an error, a cut-off a warning', () => {
  const text = readFixture('fixtures/wuzhou-2025-excerpt.txt');
  const fs = checkNarrative(text, [], emptyPriorFacts(), { year: 2025 }).filter((f) => f.rule === 'narrative/percent-figures');
  expect(fs.map((f) => [f.data?.paragraph, f.severity, f.actual, f.expected])).toEqual([
    ['1', 'warning', '6.00%', '6.01%'],
    ['2', 'error', '14.43%', '16.87%'],
  ]);
});

test('项目支出 given 基本支出’s percentage (省委办公厅 2019, 三, with the slip): an error that says it is copied', () => {
  const basic = jiangsuParagraph('swbgt', '此外，基本支出预算数为11700.63万元');
  const project = withSlip(jiangsuParagraph('swbgt', '项目支出预算数为13025.38万元'), '增长7.81%', '增长12.47%');
  // 943.92 ÷ (13025.38 − 943.92) = 7.8129%; 1297.52 ÷ (11700.63 − 1297.52) = 12.4725% is the line above's.
  expect(found(basic)).toEqual([]);
  const [f, ...rest] = found(`${basic}\n${project}`);
  expect(rest).toEqual([]);
  expect(f).toMatchObject({ messageId: 'percentFiguresCopied', severity: 'error', expected: '7.81%', actual: '12.47%' });
  expect(f.message).toContain('12.47% 是上文“11700.63万元。与上年相比增加1297.52万元”的增减幅度，似照抄上文');
});

test('a share without its figure between the amount and its change (a real 2022 unit text): 50.63% for 219.08%', () => {
  // 52044.27 ÷ (75800 − 52044.27) = 219.0843%; the line's 75800 is likely the slip (its parts fall 79044.27 short of the
  // total the text gives), but the percentage does not follow from the figures printed.
  const [f, ...rest] = checkNarrative('商品和服务支出预算 75800 元,占基本支出预算%,同比增加52044.27 元,增长 50.63%。', [], emptyPriorFacts(), {
    year: 2022,
  }).filter((x) => x.rule === 'narrative/percent-figures');
  expect(rest).toEqual([]);
  expect(f).toMatchObject({ severity: 'error', expected: '219.08%', actual: '50.63%' });
});

test('a decrease to 0 is 100% (市客管处 2024 without last year’s facts; a false warning “100% 应为 100%” before)', async () => {
  const seed = await seedTables();
  for (const n of [19, 22])
    expect(checkNarrative(xianning(n), seed, emptyPriorFacts(), { year: 2024 }).filter((f) => f.rule === 'narrative/percent-figures')).toEqual([]);
  // A printed 0 is exact: 0.1 → 0 is −100%, not 50%.
  expect(found('公务接待费 0 万元，比上年减少 0.1 万元，下降 50%。')[0]).toMatchObject({ expected: '100%' });
});

test('a sentence cut by an ASCII “;” (东兴法院 2023, as published): its 项目支出 line is judged on its own', () => {
  // https://gxdxfy.gxcourt.gov.cn/article/detail/2023/04/id/7254468.shtml, verbatim. 162.23 ÷ (577.77 + 162.23) =
  // 21.9230%, printed 21.91%; 80.98 ÷ (823.89 − 80.98) = 10.9003% is right (and its sentence also gives the 1401.67
  // total, so which amount changed is not read).
  const text =
    '2023年支出总预算1401.67万元,基本支出预算823.89万元,占支出总预算58.78%,同比增加80.98万元,增长10.9%;项目支出预算577.77万元,占支出总预算41.22%,同比减少162.23万元,下降21.91%。基本支出预算较上年增加,原因是人员经费增加,项目支出减少原因是财物统管之后我院的项目控制数减少。';
  const fs = checkNarrative(text, [], emptyPriorFacts(), { year: 2023 }).filter((f) => f.rule === 'narrative/percent-figures');
  expect(fs.map((f) => [f.severity, f.expected, f.actual])).toEqual([['error', '21.92%', '21.91%']]);
});
