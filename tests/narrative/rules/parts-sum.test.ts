/** narrative/parts-sum: “共有车辆8辆，其中：…0辆、…8辆” — the parts listed after 其中 add up to the total. */
import rule from '../../../src/core/narrative/rules/parts-sum';
import { realLine, runNarrativeRule, shanghai, withSlip } from '../rule-tester';

runNarrativeRule(rule, {
  valid: [
    // 万里街道 2025, as published: 8 vehicles = 0 + … + 8; 1 to buy = 0 + … + 1; 采购 4821.20 = 57.43 + 3780.72 + 983.05.
    shanghai(53),
    shanghai(54),
    shanghai(48),
    // 市客管处 2024: the 类 after 其中 (1205.56 = 109.47 + 1056.11 + 29.42 + … as its text lists them, with a 比上年 between).
    realLine('xianning-2024-part3.txt', 5),
    // Rounded parts within their rounding: 1.00 ≈ 0.33 + 0.33 + 0.33.
    '项目支出 1.00 万元，其中：甲项目 0.33 万元、乙项目 0.33 万元、丙项目 0.33 万元。',
  ],
  invalid: [
    {
      name: '万里街道 2025: the vehicles counted wrong',
      text: withSlip(shanghai(53), '共有车辆8辆', '共有车辆9辆'),
      errors: [{ messageId: 'partsSum', paragraph: 1, severity: 'error', expected: '8', actual: '9', message: '说明中的 9 辆与“其中”所列各项之和 8 辆不等' }],
    },
    {
      name: '万里街道 2025: 政府采购 parts off by 10',
      text: withSlip(shanghai(48), '政府采购工程预算3780.72万元', '政府采购工程预算3770.72万元'),
      errors: [{ messageId: 'partsSum', expected: '4811.2', actual: '4821.2' }],
    },
  ],
});
