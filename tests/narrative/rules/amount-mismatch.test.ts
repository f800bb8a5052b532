/** narrative/amount-mismatch: an amount the text gives is the tables' — a subject's, a named line's, a listed “类/款/项” item's. */
import rule from '../../../src/core/narrative/rules/amount-mismatch';
import { shanghaiPrior, shanghaiTables } from '../helpers';
import { sheet } from '../../core/helpers';
import { GPB, jiangsuParagraph, jiangsuParagraphs, jiangsuTables, runNarrativeRule, SEED_CASE, shanghai, withSlip, xianning } from '../rule-tester';

runNarrativeRule(rule, {
  ...SEED_CASE,
  valid: [
    // 市客管处 2024 (the seed's department), as published: the totals and the 类 are the tables'.
    xianning(5),
    xianning(15),
    xianning(19),
    // A part of the subject after it (a review's case, session 6): “支出预算中财政拨款安排 40 万元” is not the 支出预算总额.
    '支出预算中财政拨款安排 40 万元，比上年增加 5 万元。',
    // “比上年减少 1686.52 万元” is the change, not the amount.
    '2024 年部门支出预算总额为 1205.56 万元，比上年减少 1686.52 万元。',
    // 万里街道 2025: every listed 科目 as the tables give it.
    ...[2, 3, 6, 7, 17, 24, 36, 41, 48].map((n) => ({ text: shanghai(n), tables: shanghaiTables, prior: shanghaiPrior, year: undefined })),
    {
      name: 'a listed item with the tables’ amount',
      text: '“社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）”科目70.00万元。',
      tables: GPB,
    },
  ],
  invalid: [
    {
      name: '市客管处 2024 as published: 机关运行经费 25.58 where the tables give 25.57',
      text: xianning(11),
      errors: [
        {
          messageId: 'amountMismatch',
          paragraph: 1,
          severity: 'error',
          expected: '25.57',
          actual: '25.58',
          message: '说明中机关运行经费为 25.58 万元，表中为 25.57 万元',
        },
      ],
    },
    {
      name: 'a 类 amount one digit off',
      text: withSlip(xianning(5), '交通运输支出 1056.11 万元', '交通运输支出 1065.11 万元'),
      errors: [{ messageId: 'amountMismatch', expected: '1056.11', actual: '1065.11' }],
    },
    {
      name: 'the total income off, in the second paragraph',
      text: `${xianning(3)}\n${withSlip(xianning(5), '部门收入预算总额为 1205.56', '部门收入预算总额为 1250.56')}`,
      errors: [{ messageId: 'amountMismatch', paragraph: 2, expected: '1205.56', actual: '1250.56' }],
    },
    {
      name: '万里街道 2025: a listed 科目 off',
      text: withSlip(shanghai(6), '43.83万元', '43.38万元'),
      tables: shanghaiTables,
      prior: shanghaiPrior,
      year: undefined,
      errors: [{ messageId: 'amountMismatch', actual: '43.38' }],
    },
    {
      name: 'a listed item against a small table',
      text: '“社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）”科目71.00万元。',
      tables: GPB,
      errors: [{ messageId: 'amountMismatch', message: '表中为 70 万元（2080501 行政单位离退休）', related: ['一般公共预算!C7'] }],
    },
  ],
});

/** An item line's amount (item-lines.ts), against its row of the tables, to the precision the text prints it with. */
const YUAN = [
  sheet('一般公共预算', [
    ['2024年一般公共预算支出表'],
    ['单位：元'],
    ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
    ['合计', null, 1000012, 400000, 600012],
    ['208', '社会保障和就业支出', 1000012, 400000, 600012],
    ['20805', '行政事业单位养老支出', 1000012, 400000, 600012],
    ['2080501', '行政单位离退休', 700012, 400000, 300012],
    ['2080505', '机关事业单位基本养老保险缴费支出', 300000, 0, 300000],
  ]),
];
const GY_ITEM = '3．法院（款）机关服务（项）支出 1400 万元';

runNarrativeRule(rule, {
  tables: jiangsuTables('gy'),
  year: 2019,
  valid: [
    // 高院 2019 as published: every item line's amount is its row's (checked by script: tests/fixtures/jiangsu-item-lines.ts).
    { name: '高院 2019, as published', text: jiangsuParagraphs('gy').join('\n') },
    { name: '人大常委会办公厅 2019, as published', text: jiangsuParagraphs('rdcwh').join('\n'), tables: jiangsuTables('rdcwh') },
    { name: '省委办公厅 2019, as published', text: jiangsuParagraphs('swbgt').join('\n'), tables: jiangsuTables('swbgt') },
    // A table in 元: 700,012 元 is 70.0012 万元, printed 70.00.
    { name: '元 table, text rounded to 万元', text: '行政事业单位养老支出（款）行政单位离退休（项）：2024年预算安排 70.00 万元。', tables: YUAN, year: 2024 },
    // A figure that is not the item's: a share, last year's, a 其中 part.
    { text: '法院（款）机关服务（项）占一般公共预算支出的 4.2%，支出 1400 万元。' },
    { text: '法院（款）机关服务（项）：2018年预算数为 1600 万元。' },
  ],
  invalid: [
    {
      name: '高院 2019 with a slip: 1410 for 1400',
      text: withSlip(jiangsuParagraph('gy', GY_ITEM), '支出 1400 万元', '支出 1410 万元'),
      errors: [{ messageId: 'amountMismatch', paragraph: 1, severity: 'error', expected: '1400', actual: '1410', related: ['公开07表!C10'] }],
    },
    {
      name: '人大常委会办公厅 2019 with a slip, the 款 marked as 类 as published: 607.10 for 607.1 is right, 601.7 is not',
      text: withSlip(jiangsuParagraph('rdcwh', '607.1万元'), '607.1万元', '601.7万元'),
      tables: jiangsuTables('rdcwh'),
      errors: [{ messageId: 'amountMismatch', expected: '607.1', actual: '601.7' }],
    },
    {
      name: 'the figure of the item before it, copied: 人大立法 given 人大会议’s 1469.73 (人大常委会办公厅 2019, with the slip)',
      text: [
        jiangsuParagraph('rdcwh', '人大会议（项）支出1469.73万元'),
        withSlip(jiangsuParagraph('rdcwh', '人大立法（项）支出729万元'), '支出729万元', '支出1469.73万元'),
      ].join('\n'),
      tables: jiangsuTables('rdcwh'),
      errors: [
        {
          messageId: 'amountNeighbour',
          paragraph: 2,
          expected: '729',
          actual: '1469.73',
          message: '1469.73 万元是上一项“人大事务（款）人大会议（项）”的金额',
        },
      ],
    },
    {
      name: 'a 款 alone with its amount: 90 for 行政事业单位养老支出 100',
      text: '（一）行政事业单位养老支出（款）支出 90 万元，主要用于离退休人员。',
      tables: GPB,
      year: 2024,
      errors: [{ messageId: 'amountMismatch', expected: '100', actual: '90' }],
    },
    {
      name: '元 table: 70.01 万元 is not 70.0012',
      text: '行政事业单位养老支出（款）行政单位离退休（项）：2024年预算安排 70.01 万元。',
      tables: YUAN,
      year: 2024,
      errors: [{ messageId: 'amountMismatch', expected: '70', actual: '70.01' }],
    },
  ],
});
