/**
 * The false-finding classes the real texts showed (issue 11), each fixed at its root and pinned here on the seed's
 * tables (2024, last year's facts of examples/xianning-2024-prior.json):
 *  - another year's own figures (“2023年当年预算执行数为 A 万元”, “2023年结转资金”) are no wrong budget year;
 *  - a change is not the amount (“与上年相比，财政拨款支出增加 3205.79 万元” — 江苏省委办公厅 2019, 五);
 *  - 上年结转 is not the budget (“上年结转收入预算 5 万元” is no 部门收入预算总额);
 *  - “增加（减少）0万元” is a leftover of the template (narrative/leftover), not an increase of 0.
 */
import type { Table } from '../../src/core/tables/types';
import { checkNarrative } from '../../src/core/narrative';
import { seedPrior, seedTables } from './helpers';

let tables: Table[];
beforeAll(async () => {
  tables = await seedTables();
});
const rules = (s: string) => checkNarrative(s, tables, seedPrior()).map((f) => f.rule);

describe('another year named for its own figures', () => {
  test.each([
    '2023年当年预算执行数为 100 万元，2024年预算安排 120 万元。',
    '2023年预算执行数为 100 万元。',
    '2023年决算支出 100 万元。',
    '2023年结转资金 5 万元。',
    '比上年预算减少 1686.52 万元。',
  ])('%s', (s) => expect(rules(s)).not.toContain('narrative/year'));
  test('a budget of another year is still one', () => {
    expect(rules('2023年部门收入预算总额为 1205.56 万元。')).toContain('narrative/year');
  });
});

describe('a change is not the amount', () => {
  test.each(['与上年相比，财政拨款支出减少1686.52万元。', '部门支出预算总额减少 1686.52 万元。', '机关运行经费压减 10 万元。'])('%s', (s) =>
    expect(rules(s)).not.toContain('narrative/amount-mismatch'),
  );
  test('the amount itself is still checked', () => {
    expect(rules('部门支出预算总额为 1686.52 万元。')).toContain('narrative/amount-mismatch');
  });
});

describe('上年结转 is not the budget', () => {
  test.each(['上年结转收入预算 5 万元。', '上年结转支出预算 5 万元。'])('%s', (s) => expect(rules(s)).toEqual([]));
});

describe('增加（减少）0万元', () => {
  test('is a leftover, not an increase of 0', () => {
    expect(rules('政府性基金收入预算0万元，与上年相比增加（减少）0万元，增长（减少）0%。')).toEqual(['narrative/leftover']);
  });
  test('增加 0 万元 still is', () => {
    expect(rules('2024 年预算增加办公设备 0 万元。')).toContain('narrative/zero-increase');
  });
});
