import rule from '../../../../src/core/rules/cross/income-totals';
import { at, mendedGrid, run, setCell } from '../../helpers';

describe('cross/income-totals — 收入总表 合计行 = 收支总表 收入', () => {
  test('valid', async () => {
    expect(run(rule, await mendedGrid())).toEqual([]);
  });
  test('invalid: 收入总表 一般公共预算 ≠ 收支总表 一般公共预算拨款收入', async () => {
    const f = run(rule, setCell(await mendedGrid(), '附表2', 'E6', 1200.56));
    expect(f.map(at)).toEqual(['附表2!E6']);
    expect(f[0].related).toEqual([{ sheet: '附表1', cell: 'B6' }]);
    expect(f[0].difference).toBe('-5.00');
  });
  test('invalid: 合计 ≠ 收入总计', async () => {
    const f = run(rule, setCell(await mendedGrid(), '附表1', 'B32', '1,305.56'));
    expect(f.map(at)).toEqual(['附表2!C6']);
  });
});
