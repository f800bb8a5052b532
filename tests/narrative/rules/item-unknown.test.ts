/** narrative/item-unknown: a listed “类/款/项” 科目 resolves to a code of the tables. */
import rule from '../../../src/core/narrative/rules/item-unknown';
import { shanghaiPrior, shanghaiTables } from '../helpers';
import { GPB, runNarrativeRule, shanghai, withSlip } from '../rule-tester';

runNarrativeRule(rule, {
  tables: shanghaiTables,
  prior: shanghaiPrior,
  valid: [
    // 万里街道 2025, as published: every item resolves (item 21 by its amount; its names are narrative/item-name's).
    ...[6, 9, 14, 18, 22, 26, 30, 34, 37].map(shanghai),
    { text: '“社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）”科目30.00万元。', tables: GPB, year: 2024 },
  ],
  invalid: [
    {
      name: 'a 项 the tables do not have',
      text: '“社会保障和就业支出（类）行政事业单位养老支出（款）事业单位离退休（项）”科目8.53万元。',
      tables: GPB,
      year: 2024,
      errors: [
        {
          messageId: 'itemUnknown',
          paragraph: 1,
          severity: 'warning',
          message: '说明中“社会保障和就业支出（类）行政事业单位养老支出（款）事业单位离退休（项）”科目 8.53 万元在表中找不到对应的科目编码',
        },
      ],
    },
    {
      name: '万里街道 2025: an item of another 类, with an amount of none of the tables',
      text: withSlip(
        shanghai(14),
        '“教育支出（类）其他教育支出（款）其他教育支出（项）”科目25.00万元',
        '“国防支出（类）国防动员（款）兵役征集（项）”科目26.00万元',
      ),
      errors: [{ messageId: 'itemUnknown', message: '科目 26 万元在表中找不到' }],
    },
    {
      name: '万里街道 2025: item 7 under a 类 of another name',
      text: withSlip(shanghai(12), '公共安全支出（类）', '国防支出（类）'),
      errors: [{ messageId: 'itemUnknown', message: '说明中“国防支出（类）司法（款）公共法律服务（项）”科目 30 万元在表中找不到对应的科目编码' }],
    },
  ],
});
