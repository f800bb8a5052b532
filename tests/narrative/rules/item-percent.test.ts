/**
 * narrative/item-percent: an item line's change against last year's 执行数 and this year's budget, both given by the
 * text (the Hubei form “2023年当年预算执行数为 A 万元，2024年预算安排 B 万元，比上年执行数增加 P%”). No real text of
 * this form was found (a search of 39 queries, notes of session 6); the lines are the form the issue quotes, on a small
 * 一般公共预算支出表 (GPB), with the arithmetic in each case.
 */
import rule from '../../../src/core/narrative/rules/item-percent';
import { GPB, runNarrativeRule } from '../rule-tester';

const ITEM = '1、社会保障和就业支出（208类）行政事业单位养老支出（05款）行政单位离退休（01项）：';

runNarrativeRule(rule, {
  tables: GPB,
  year: 2024,
  valid: [
    // (70 − 62.5) ÷ 62.5 = 12%.
    `${ITEM}2023年当年预算执行数为 62.5 万元，2024年预算安排 70 万元，比上年执行数增加 12%。`,
    // 7.5 万元 and 12% both right.
    `${ITEM}2023年当年预算执行数为 62.5 万元，2024年预算安排 70 万元，比上年执行数增加 7.5 万元，增长 12%。`,
    // Rounded: (70 − 66.67) ÷ 66.67 = 4.9948% → 4.99%, and 5% at a whole percent.
    `${ITEM}2023年当年预算执行数为 66.67 万元，2024年预算安排 70 万元，比上年执行数增长 4.99%。`,
    `${ITEM}2023年当年预算执行数为 66.67 万元，2024年预算安排 70 万元，比上年执行数增长 5%。`,
    // The heading alone, its figures in the next paragraph: 80 → 70 is −12.5%.
    '（一）社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）\n2023年执行数为 80 万元，2024年预算数为 70 万元，比上年执行数减少 12.5%。',
    // No 执行数: a change against last year's budget is not this rule's (narrative/percent-figures, item-prior).
    `${ITEM}2024年预算安排 70 万元，比上年预算增加 99%。`,
    // Last year's figure of another year than the one before the budget's: not read.
    `${ITEM}2022年执行数为 10 万元，2024年预算安排 70 万元，比上年执行数增加 12%。`,
    // Too close to tell the direction: 70.00 vs 70.01.
    `${ITEM}2023年当年预算执行数为 70.01 万元，2024年预算安排 70 万元，比上年执行数增加 0%。`,
  ],
  invalid: [
    {
      name: 'the percentage of other figures: 20% for (70 − 62.5) ÷ 62.5 = 12%',
      text: `${ITEM}2023年当年预算执行数为 62.5 万元，2024年预算安排 70 万元，比上年执行数增加 20%。`,
      errors: [
        {
          messageId: 'itemPercent',
          paragraph: 1,
          severity: 'error',
          expected: '12%',
          actual: '20%',
          message: '按说明所列上年执行数 62.5 万元、本年 70 万元计算应为 12%',
        },
      ],
    },
    {
      // 4.98% would be within rounding: 3.32 ÷ 66.675 = 4.9794%. (With “70 万元” the whole number stands for 69.5 to
      // 70.5, and 4.9% is within that.)
      name: 'cut off instead of rounded: 4.9% for 4.9948%, a warning',
      text: `${ITEM}2023年当年预算执行数为 66.67 万元，2024年预算安排 70.00 万元，比上年执行数增长 4.9%。`,
      errors: [{ messageId: 'itemPercent', severity: 'warning', expected: '5.0%' }],
    },
    {
      name: 'the base taken from this year (the error of a real 2025 text): 7.5 ÷ 70 = 10.71% for 12%',
      text: `${ITEM}2023年当年预算执行数为 62.5 万元，2024年预算安排 70 万元，比上年执行数增加 10.71%。`,
      errors: [{ messageId: 'itemPercent', severity: 'error', expected: '12.00%' }],
    },
    {
      name: 'an increase written for a decrease: 80 → 70',
      text: '（一）社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）\n2023年执行数为 80 万元，2024年预算数为 70 万元，比上年执行数增加 12.5%。',
      errors: [{ messageId: 'itemDirection', paragraph: 2, severity: 'error', message: '应为“减少”' }],
    },
    {
      name: 'the change in amount: 8.5 for 70 − 62.5 = 7.5',
      text: `${ITEM}2023年当年预算执行数为 62.5 万元，2024年预算安排 70 万元，比上年执行数增加 8.5 万元，增长 12%。`,
      errors: [{ messageId: 'itemChange', expected: '7.5', actual: '8.5' }],
    },
  ],
});
