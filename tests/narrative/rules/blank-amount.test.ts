/** narrative/blank-amount: “政府性基金支出预算支出 万元” — the figure before 万元 is missing. */
import rule from '../../../src/core/narrative/rules/blank-amount';
import type { Table } from '../../../src/core/tables/types';
import { checkNarrative, emptyPriorFacts } from '../../../src/core/narrative';
import { seedTables } from '../helpers';
import { jiangsuParagraph, jiangsuTables, realLine, runNarrativeRule, withSlip } from '../rule-tester';

// Moved from tests/narrative/compare-year.test.ts (its narrative/blank-amount part).
let tables: Table[];
beforeAll(async () => {
  tables = await seedTables();
});
const rules = (s: string, year = 2024) => checkNarrative(s, tables, emptyPriorFacts(), { year }).map((f) => f.rule);

describe('narrative/blank-amount', () => {
  test.each(['政府性基金支出预算支出0万元。', '单位价值50万元以上通用设备0台。', '单位：万元', '数千万元的项目'])('no finding: %s', (s) =>
    expect(rules(s)).not.toContain('narrative/blank-amount'),
  );
  test('the figure missing', () => {
    expect(rules('江苏省人大常委会办公厅2019年政府性基金支出预算支出 万元。', 2019)).toEqual(['narrative/blank-amount']);
    expect(rules('机关运行经费为万元。')).toEqual(['narrative/blank-amount']);
  });
});

runNarrativeRule(rule, {
  tables: seedTables,
  year: 2024,
  valid: [
    realLine('xianning-2024-part3.txt', 5),
    realLine('xianning-2024-part3.txt', 11),
    realLine('xianning-2024-part3.txt', 30),
    // “单位：万元” and “50 万元以上”: no amount is meant.
    '单位：万元',
    '单位价值 50 万元以上通用设备 0 台（套）。',
    // A share with its figure.
    '商品和服务支出预算 75800 元，占基本支出预算 6.69%，同比增加 52044.27 元。',
    { text: jiangsuParagraph('swbgt', '政府性基金'), tables: jiangsuTables('swbgt'), year: 2019 },
  ],
  invalid: [
    {
      // A real 2022 unit text (a 梧州 platform: …/upload20220303/F0C178508FB42F80E828216E63F38D36.html), as published.
      name: 'a share without its figure: “占基本支出预算%”',
      text: '商品和服务支出预算 75800 元,占基本支出预算%,同比增加52044.27 元,增长 50.63%。',
      year: 2022,
      errors: [{ messageId: 'blankPercent', message: '说明中“占基本支出预算%”缺少百分比' }],
    },
    {
      name: '江苏省人大常委会办公厅 2019 as published: “政府性基金支出预算支出万元”',
      text: jiangsuParagraph('rdcwh', '政府性基金支出预算支出万元'),
      tables: jiangsuTables('rdcwh'),
      year: 2019,
      errors: [{ messageId: 'blankAmount', paragraph: 1, severity: 'warning', message: '说明中“支出万元”缺少金额' }],
    },
    {
      name: 'a figure left out of a real sentence',
      text: withSlip(realLine('xianning-2024-part3.txt', 11), '机关运行经费预算 25.58 万元', '机关运行经费预算 万元'),
      errors: [{ messageId: 'blankAmount', message: '说明中“预算 万元”缺少金额' }],
    },
    {
      name: 'each blank of a paragraph',
      text: '机关运行经费为万元。政府采购预算为 万元。',
      errors: [{ messageId: 'blankAmount' }, { messageId: 'blankAmount' }],
    },
  ],
});
