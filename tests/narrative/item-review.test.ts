/** No item-line rule gives a finding on the wordings a review found them misreading (item-review-cases.ts). */
import { audit } from '../../src/core/audit';
import { checkNarrative, emptyPriorFacts } from '../../src/core/narrative';
import { GPB } from './rule-tester';
import { HEADING_PART_CASES, ITEM_TABLE, itemPrior, REVIEW_CASES, STATED_CHANGE_CASES, WITH_OTHER_INCOME } from './item-review-cases';

const ITEM_RULES = new Set([
  'narrative/percent-figures',
  'narrative/change-exceeds',
  'narrative/item-percent',
  'narrative/item-prior',
  'narrative/item-code',
  'narrative/item-heading',
  'narrative/former-name',
  'narrative/amount-mismatch',
]);

test.each(REVIEW_CASES)('%s', (_what, text, sheets, withPrior) => {
  const tables = audit({ sheets }).typed;
  const found = checkNarrative(text, tables, withPrior ? itemPrior() : emptyPriorFacts(), { year: 2024 }).filter((f) => ITEM_RULES.has(f.rule));
  expect(found.map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
});

test('the cases’ tables: a finding is still given where the figure is wrong (the cases do not pass for want of a reading)', () => {
  const tables = audit({ sheets: ITEM_TABLE }).typed;
  const rules = (s: string, prior = emptyPriorFacts()) => checkNarrative(s, tables, prior, { year: 2024 }).map((f) => f.rule);
  const H = '政府办公厅（室）及相关机构事务（款）行政运行（项）';
  expect(rules(`${H}支出 110 万元。`)).toEqual(['narrative/amount-mismatch']);
  expect(rules(`${H}支出 100 万元，与上年相比增加 30 万元，增长 37.5%。`, itemPrior())).toEqual(['narrative/item-prior', 'narrative/item-prior']);
  expect(rules(`${H}：2023年执行数为 80 万元，2024年预算数为 100 万元，比上年执行数增加 30%。`)).toEqual(['narrative/item-percent']);
  expect(rules('医疗卫生与计划生育（类）支出 50 万元。')).toEqual(['narrative/former-name']);
  // Neither table's figure: 95 for 70 (一般公共预算) or 90 (支出总表); the 一般公共预算 line's change judged by last year's.
  const both = audit({ sheets: WITH_OTHER_INCOME }).typed;
  const inBoth = (s: string) => checkNarrative(s, both, itemPrior(), { year: 2024 }).map((f) => `${f.rule} ${f.expected}`);
  expect(inBoth('行政事业单位养老支出（款）行政单位离退休（项）支出 95 万元。')).toEqual(['narrative/amount-mismatch 70']);
  expect(inBoth('行政事业单位养老支出（款）行政单位离退休（项）支出 70 万元，与上年相比增加 20 万元。')).toEqual(['narrative/item-prior 10']);
});

describe('the stated changes: no finding where the figure before a change is not what changed', () => {
  test.each(STATED_CHANGE_CASES)('%s', (_what, text) => {
    const found = checkNarrative(text, [], emptyPriorFacts(), { year: 2025 }).filter((f) => ITEM_RULES.has(f.rule));
    expect(found.map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
  });
  test('equal totals with the same change: both percentages wrong, neither called copied', () => {
    const text = '收入总计100万元，比上年增加20万元，增长20%。\n支出总计100万元，比上年增加20万元，增长20%。';
    // 20 ÷ (100 − 20) = 25% for both.
    const found = checkNarrative(text, [], emptyPriorFacts(), { year: 2025 }).filter((f) => f.rule === 'narrative/percent-figures');
    expect(found.map((f) => [f.messageId, f.expected])).toEqual([
      ['percentFigures', '25%'],
      ['percentFigures', '25%'],
    ]);
  });
});

test.each(HEADING_PART_CASES)('a heading’s text that gives parts of its amount is not its amount: %s', (text) => {
  const tables = audit({ sheets: GPB }).typed;
  const found = checkNarrative(text, tables, emptyPriorFacts(), { year: 2024 }).filter((f) => ITEM_RULES.has(f.rule));
  expect(found.map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
});
