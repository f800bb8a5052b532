/** narrative/percent: “下降 X%” — X is the change divided by last year's figure (last year's facts known). */
import rule from '../../../src/core/narrative/rules/percent';
import { emptyPriorFacts } from '../../../src/core/narrative';
import { runNarrativeRule, SEED_CASE, withSlip, xianning } from '../rule-tester';

runNarrativeRule(rule, {
  ...SEED_CASE,
  valid: [
    // 市客管处 2024, as published: 1686.52 ÷ 2892.08 = 58.32%; 56.42 ÷ 81.99 = 68.81%; 100% where this year is 0.
    xianning(5),
    xianning(11),
    xianning(15),
    xianning(19),
    xianning(22),
    // Without last year's facts narrative/percent-figures judges it, not this rule.
    { text: withSlip(xianning(26), '下降 33%', '下降 30%'), prior: emptyPriorFacts() },
  ],
  invalid: [
    {
      name: '市客管处 2024 as published: 政府采购 0.11 ÷ 0.33 is 33.33%, written 33% (right at its precision: a warning)',
      text: xianning(26),
      errors: [
        {
          messageId: 'percentMismatch',
          paragraph: 1,
          severity: 'warning',
          expected: '33.33%',
          actual: '33%',
          message: '说明中政府采购预算的变化幅度为 33%，按 0.11 ÷ 0.33 计算应为 33.33%',
        },
      ],
    },
    {
      name: 'the total’s percentage off: an error',
      text: withSlip(xianning(5), '减少 58.32%，其中：一般', '减少 58.23%，其中：一般'),
      errors: [{ messageId: 'percentMismatch', severity: 'error', expected: '58.32%', actual: '58.23%' }],
    },
  ],
});
