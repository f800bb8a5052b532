/** narrative/compare-year: a budget is compared with last year's budget, on the seed's tables (2024). */
import type { Table } from '../../../src/core/tables/types';
import { checkNarrative, emptyPriorFacts } from '../../../src/core/narrative';
import rule from '../../../src/core/narrative/rules/compare-year';
import { seedTables, shanghaiPrior, shanghaiTables } from '../helpers';
import { runNarrativeRule, shanghai, withSlip } from '../rule-tester';

let tables: Table[];
beforeAll(async () => {
  tables = await seedTables();
});
const rules = (s: string, year = 2024) => checkNarrative(s, tables, emptyPriorFacts(), { year }).map((f) => f.rule);

describe('narrative/compare-year', () => {
  test.each(['比2023年预算增加5万元。', '与2023年预算持平。', '比上年预算增加5万元。', '比2022年决算数增加5万元。'])('no finding: %s', (s) =>
    expect(rules(s)).toEqual([]),
  );
  test('a 2024 budget compared with itself, or with 2022', () => {
    const [self] = checkNarrative('财政拨款收入1205.56万元，比2024年预算增加5万元。', tables, emptyPriorFacts(), { year: 2024 });
    expect(self).toMatchObject({ rule: 'narrative/compare-year', severity: 'error', expected: '2023', actual: '2024' });
    expect(self.message).toBe('第 1 行：说明中“比2024年预算”是拿本年预算与自身比较，应为“比2023年预算”');
    expect(rules('比2022年预算增加5万元。')).toEqual(['narrative/compare-year']);
  });
});

runNarrativeRule(rule, {
  tables: shanghaiTables,
  prior: shanghaiPrior,
  valid: [
    // 万里街道 2025, as published: every comparison is “比2024年预算”.
    shanghai(2),
    shanghai(3),
    shanghai(41),
    shanghai(43),
    shanghai(44),
    // Another year's 决算, or a date: not a comparison of budgets.
    '比2023年决算数增加5万元。',
    // Last year by its number with no 预算 named, and a year compared with but no change after it.
    '较2024年增加5万元。',
    '较2015年以来累计增长。',
    shanghai(53),
  ],
  invalid: [
    {
      // 渝中区 2017, as published (tests/narrative/fixtures/published/text-09.txt): “…开支“三公”经费5834万元,较2015年下降2.3%”.
      name: 'a year before last with no 预算 named: a warning',
      text: '2017年渝中区一般公共预算财政拨款开支“三公”经费5834万元,较2015年下降2.3%,主要是贯彻落实中央八项规定。',
      year: 2017,
      tables: [],
      prior: undefined,
      errors: [
        {
          messageId: 'compareYearBare',
          severity: 'warning',
          expected: '2016',
          actual: '2015',
          message: '说明中与2015年比较，2017年预算应与上年（2016年）比较',
        },
      ],
    },
    {
      name: 'a 2025 budget compared with itself',
      text: withSlip(shanghai(41), '比2024年预算', '比2025年预算'),
      errors: [
        {
          messageId: 'compareSelf',
          paragraph: 1,
          severity: 'error',
          expected: '2024',
          actual: '2025',
          message: '说明中“比2025年预算”是拿本年预算与自身比较，应为“比2024年预算”',
        },
      ],
    },
    {
      name: 'compared with two years back three times in a paragraph: listed once',
      text: shanghai(3).replace(/比2024年预算/g, '比2023年预算'),
      errors: [{ messageId: 'compareYear', expected: '2024', actual: '2023' }],
    },
    {
      name: 'the year given: 2026',
      text: shanghai(44),
      year: 2026,
      errors: [{ messageId: 'compareYear', message: '说明中与2024年预算比较，2026年预算应与上年（2025年）预算比较' }],
    },
  ],
});
