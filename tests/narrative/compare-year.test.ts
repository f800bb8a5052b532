/** narrative/compare-year and narrative/blank-amount, on the seed's tables (2024). */
import type { Table } from '../../src/core/tables/types';
import { checkNarrative, emptyPriorFacts } from '../../src/core/narrative';
import { seedTables } from './helpers';

let tables: Table[];
beforeAll(async () => {
  tables = await seedTables();
});
const rules = (s: string, year = 2024) => checkNarrative(s, tables, emptyPriorFacts(), { year }).map((f) => f.rule);

describe('narrative/compare-year', () => {
  test.each(['比2023年预算增加5万元。', '与2023年预算持平。', '比上年预算增加5万元。', '比2022年决算数增加5万元。'])('no finding: %s', (s) => expect(rules(s)).toEqual([]));
  test('a 2024 budget compared with itself, or with 2022', () => {
    const [self] = checkNarrative('财政拨款收入1205.56万元，比2024年预算增加5万元。', tables, emptyPriorFacts(), { year: 2024 });
    expect(self).toMatchObject({ rule: 'narrative/compare-year', severity: 'error', expected: '2023', actual: '2024' });
    expect(self.message).toBe('第 1 行：说明中“比2024年预算”是拿本年预算与自身比较，应为“比2023年预算”');
    expect(rules('比2022年预算增加5万元。')).toEqual(['narrative/compare-year']);
  });
});

describe('narrative/blank-amount', () => {
  test.each(['政府性基金支出预算支出0万元。', '单位价值50万元以上通用设备0台。', '单位：万元', '数千万元的项目'])('no finding: %s', (s) => expect(rules(s)).not.toContain('narrative/blank-amount'));
  test('the figure missing', () => {
    expect(rules('江苏省人大常委会办公厅2019年政府性基金支出预算支出 万元。', 2019)).toEqual(['narrative/blank-amount']);
    expect(rules('机关运行经费为万元。')).toEqual(['narrative/blank-amount']);
  });
});
