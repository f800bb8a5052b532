/** narrative/item-name: each level of a listed “类/款/项” 科目 is named as the tables name its code. */
import rule from '../../../src/core/narrative/rules/item-name';
import { shanghaiPrior, shanghaiTables } from '../helpers';
import { GPB, runNarrativeRule, shanghai, withSlip } from '../rule-tester';

runNarrativeRule(rule, {
  tables: shanghaiTables,
  prior: shanghaiPrior,
  valid: [
    // 万里街道 2025, as published: items 1–20 and 22–33 are named as 表5 names their codes.
    ...[6, 7, 8, 12, 13, 17, 19, 25, 27, 29, 32, 35, 36, 38].map(shanghai),
    { text: '“社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）”科目70.00万元。', tables: GPB, year: 2024 },
    // A 科目 the tables do not have at all is narrative/item-unknown's.
    { text: '“社会保障和就业支出（类）行政事业单位养老支出（款）事业单位离退休（项）”科目8.53万元。', tables: GPB, year: 2024 },
  ],
  invalid: [
    {
      name: '万里街道 2025 as published, item 21: the 款 and the 项 named wrong',
      text: shanghai(26),
      errors: [
        {
          messageId: 'itemName',
          paragraph: 1,
          severity: 'error',
          expected: '计划生育事务',
          actual: '卫生健康支出',
          message: '说明中“卫生健康支出（类）卫生健康支出（款）计划生育事务（项）”的款名称为“卫生健康支出”，表中 21007 为“计划生育事务”',
        },
        {
          messageId: 'itemName',
          paragraph: 1,
          expected: '计划生育服务',
          actual: '计划生育事务',
          message: '的项名称为“计划生育事务”，表中 2100717 为“计划生育服务”',
        },
      ],
    },
    {
      name: '万里街道 2025: the 款 of item 7 named as another 款',
      text: withSlip(shanghai(12), '司法（款）', '公安（款）'),
      errors: [{ messageId: 'itemName', expected: '司法', actual: '公安', message: '的款名称为“公安”，表中 20406 为“司法”' }],
    },
    {
      name: 'a 款 of another 类 against a small table',
      text: '“社会保障和就业支出（类）行政事业单位医疗（款）行政单位离退休（项）”科目70.00万元。',
      tables: GPB,
      year: 2024,
      errors: [{ messageId: 'itemName', expected: '行政事业单位养老支出', actual: '行政事业单位医疗', related: ['一般公共预算!B6', '一般公共预算!C7'] }],
    },
  ],
});
