/**
 * narrative/project-period: a project's 实施周期 includes the budget year — on the Shanghai 2026 department template
 * with its 项目经费情况说明 filled (tests/fixtures/narrative-real.ts SHANGHAI_2026_FILLED: “五、实施周期” then
 * “2026年1月至2026年12月。” at 项目经费情况说明!A11), and on lines of text.
 */
import type { Table } from '../../../src/core/tables/types';
import { checkNarrative, emptyPriorFacts } from '../../../src/core/narrative';
import type { Finding } from '../../../src/core/report';
import { checkWorkbookText, SHANGHAI_2026_FILLED, shanghaiWithText } from '../../fixtures/narrative-real';
import { seedTables } from '../helpers';

const RULE = 'narrative/project-period';
const mine = (fs: Finding[]) => fs.filter((f) => f.rule === RULE);
const withPeriod = (line: string) => ({
  ...SHANGHAI_2026_FILLED,
  项目经费情况说明: SHANGHAI_2026_FILLED.项目经费情况说明.map((s, i) => (i === 10 ? line : s)),
});

describe('on the filled Shanghai template', () => {
  test('last year’s period left in', async () => {
    const { findings } = await checkWorkbookText(await shanghaiWithText(withPeriod('2025年1月-2025年12月。')), 2026);
    const fs = mine(findings);
    expect(fs.map((f) => [`${f.location?.sheet}!${f.location?.cell}`, f.severity, f.message])).toEqual([
      ['项目经费情况说明!A11', 'warning', '项目实施周期“2025年1月-2025年12月”不含本预算年度 2026 年'],
    ]);
  });
  test('a period over several years that includes 2026: no finding', async () => {
    const { findings } = await checkWorkbookText(await shanghaiWithText(withPeriod('2024年-2026年。')), 2026);
    expect(mine(findings)).toEqual([]);
  });
});

describe('the period on the heading’s line', () => {
  let tables: Table[];
  beforeAll(async () => {
    tables = await seedTables();
  });
  const rules = (s: string) => mine(checkNarrative(s, tables, emptyPriorFacts(), { year: 2026 })).map((f) => f.data.actual);
  test('实施周期：… and 实施周期为…', () => {
    expect(rules('五、实施周期：2025年1月-2025年12月。')).toEqual(['2025年1月-2025年12月']);
    expect(rules('项目实施周期为2027年1月至2028年12月。')).toEqual(['2027年1月至2028年12月']);
    expect(rules('五、实施周期：2026年1月-12月。')).toEqual([]);
  });
  test.each(['2026年1月至2026年12月。', '2025年7月至2026年6月。', '2021年起长期实施。', '一年。'])('no finding: 五、实施周期 / %s', (line) => {
    expect(rules(`五、实施周期\n${line}`)).toEqual([]);
  });
  test('a year that is no period: no finding', () => {
    expect(rules('项目实施周期内，2025年已完成一期建设，本年安排二期。')).toEqual([]);
    expect(rules('五、实施周期\n截至2025年8月31日已完成前期准备，2026年全年实施。')).toEqual([]);
    expect(rules('四、实施方案\n2025年完成调研。')).toEqual([]);
  });
});
