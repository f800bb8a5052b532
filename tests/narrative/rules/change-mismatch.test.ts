/** narrative/change-mismatch: “比上年减少 X 万元” — X is this year's figure minus last year's. */
import rule from '../../../src/core/narrative/rules/change-mismatch';
import { emptyPriorFacts } from '../../../src/core/narrative';
import { shanghaiPrior, shanghaiTables } from '../helpers';
import { realLine, runNarrativeRule, SEED_CASE, withSlip, xianning } from '../rule-tester';

runNarrativeRule(rule, {
  ...SEED_CASE,
  valid: [
    // 市客管处 2024, as published: 1205.56 − 2892.08, 0 − 8.1, 0 − 8, 0 − 0.1.
    xianning(5),
    xianning(15),
    xianning(19),
    xianning(22),
    // 万里街道 2025: the changes against what its own text says of 2024.
    ...[2, 3, 41, 43].map((n) => ({ text: realLine('shanghai-2025-explanation.txt', n), tables: shanghaiTables, prior: shanghaiPrior, year: undefined })),
    // Without last year's facts a change is not judged.
    { text: xianning(11), prior: emptyPriorFacts() },
    // The wrong direction is narrative/direction's, not a wrong amount.
    '部门支出预算总额为 1205.56 万元，比上年增加 1686.52 万元。',
  ],
  invalid: [
    {
      name: '市客管处 2024 as published: 机关运行经费 25.57 − 81.99 is −56.42, written 56.41',
      text: xianning(11),
      errors: [
        {
          messageId: 'changeMismatch',
          paragraph: 1,
          severity: 'error',
          expected: '56.42',
          actual: '56.41',
          message: '说明中机关运行经费比上年减少 56.41 万元，按本年 25.57 万元、上年 81.99 万元计算应为减少 56.42 万元',
        },
      ],
    },
    {
      name: 'the total income’s change off',
      text: withSlip(xianning(5), '比上年减少 1686.52 万元，减少 58.32%，其中：一般', '比上年减少 1668.52 万元，减少 58.32%，其中：一般'),
      errors: [{ messageId: 'changeMismatch', expected: '1686.52', actual: '1668.52' }],
    },
    {
      name: '公务接待费 0 − 0.1, written 0.2',
      text: withSlip(xianning(22), '减少 0.1 万元', '减少 0.2 万元'),
      errors: [{ messageId: 'changeMismatch', expected: '0.1', actual: '0.2' }],
    },
  ],
});
