/** narrative/amount-mismatch: an amount the text gives is the tables' — a subject's, a named line's, a listed “类/款/项” item's. */
import rule from '../../../src/core/narrative/rules/amount-mismatch';
import { shanghaiPrior, shanghaiTables } from '../helpers';
import { GPB, runNarrativeRule, SEED_CASE, shanghai, withSlip, xianning } from '../rule-tester';

runNarrativeRule(rule, {
  ...SEED_CASE,
  valid: [
    // 市客管处 2024 (the seed's department), as published: the totals and the 类 are the tables'.
    xianning(5),
    xianning(15),
    xianning(19),
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
