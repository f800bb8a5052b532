import rule from '../../../../src/core/rules/cross/basic-expenditure';
import { at, mendedGrid, run, setCell } from '../../helpers';

describe('cross/basic-expenditure — 基本支出表 合计/人员/公用 = 一般公共预算支出表 基本支出', () => {
  test('valid', async () => {
    expect(run(rule, await mendedGrid())).toEqual([]);
  });
  test('invalid: 基本支出表 公用经费 total ≠ 一般公共预算支出表 公用经费', async () => {
    const f = run(rule, setCell(await mendedGrid(), '附表6', 'E6', 28.57));
    expect(f.map(at)).toEqual(['附表6!E6']);
    expect(f[0].related).toEqual([{ sheet: '附表5', cell: 'F6' }]);
  });
  test('a one-cent difference between the tables is a 尾差 warning', async () => {
    const f = run(rule, setCell(await mendedGrid(), '附表6', 'D6', 354.98));
    expect(f.map((x) => `${at(x)} ${x.severity} ${x.category}`)).toEqual(['附表6!D6 warning rounding']);
  });
});
