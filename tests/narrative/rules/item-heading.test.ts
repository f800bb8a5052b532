/** narrative/item-heading: an item heading's amount against the amount the text under it gives (the Hubei form). */
import rule from '../../../src/core/narrative/rules/item-heading';
import { GPB, runNarrativeRule } from '../rule-tester';

const HEAD = '（一）社会保障和就业支出（208类）行政事业单位养老支出（05款）行政单位离退休（01项）';

runNarrativeRule(rule, {
  tables: GPB,
  year: 2024,
  valid: [
    `${HEAD}70.00万元\n2023年当年预算执行数为 62.5 万元，2024年预算安排 70.00 万元，比上年执行数增加 12%。`,
    // Printed to another precision, and the same within it.
    `${HEAD}70万元\n2023年执行数为 62.5 万元，2024年预算安排 70.00 万元。`,
    // No amount in the heading, or none under it.
    `${HEAD}\n2024年预算安排 70.00 万元。`,
    `${HEAD}70.00万元\n主要用于离退休人员经费。`,
    // The paragraph after it names an item of its own: not this heading's text.
    `${HEAD}70.00万元\n社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）：2024年预算安排 30 万元。`,
  ],
  invalid: [
    {
      name: 'the heading says 70.00, the text under it 7.00',
      text: `${HEAD}70.00万元\n2023年当年预算执行数为 62.5 万元，2024年预算安排 7.00 万元，比上年执行数减少 88.8%。`,
      errors: [{ messageId: 'itemHeading', paragraph: 1, expected: '70.00', actual: '7.00', message: '标题为 70.00 万元，其下正文为 7.00 万元' }],
    },
  ],
});
