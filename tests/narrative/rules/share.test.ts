/** narrative/share: “占预算总额的 X%” — X is the subject's amount divided by the budget total. */
import rule from '../../../src/core/narrative/rules/share';
import { runNarrativeRule, SEED_CASE, withSlip, xianning } from '../rule-tester';

runNarrativeRule(rule, {
  ...SEED_CASE,
  valid: [
    // 市客管处 2024, as published: 机关运行经费 25.57 ÷ 1205.56 = 2.12%; “三公” 0 ÷ 1205.56 = 0%.
    xianning(11),
    xianning(15),
    // No tables: no budget total to divide by.
    { text: withSlip(xianning(11), '占预算总额的 2.12%', '占预算总额的 9%'), tables: [] },
  ],
  invalid: [
    {
      name: '机关运行经费’s share with its digits swapped',
      text: withSlip(xianning(11), '占预算总额的 2.12%', '占预算总额的 2.21%'),
      errors: [
        {
          messageId: 'shareMismatch',
          paragraph: 1,
          severity: 'error',
          expected: '2.12%',
          actual: '2.21%',
          message: '说明中机关运行经费占预算总额的 2.21%，按 25.57 ÷ 1205.56 计算应为 2.12%',
        },
      ],
    },
    {
      name: '“三公”经费 0 given a share',
      text: withSlip(xianning(15), '占预算总额的 0%', '占预算总额的 0.5%'),
      errors: [{ messageId: 'shareMismatch', expected: '0%' }],
    },
  ],
});
