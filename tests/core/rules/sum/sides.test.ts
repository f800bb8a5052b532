import rule from '../../../../src/core/rules/sum/sides';
import { at, mendedGrid, run, setCell } from '../../helpers';

describe('sum/sides — 收支总表 / 财政拨款收支总表 add up and balance', () => {
  test('valid', async () => {
    expect(run(rule, await mendedGrid())).toEqual([]);
  });
  test('invalid: an income source changed breaks 本年收入合计', async () => {
    const f = run(rule, setCell(await mendedGrid(), '附表1', 'B10', '3.00'));
    expect(f.map(at)).toEqual(['附表1!B30']);
  });
  test('invalid: 收入总计 ≠ 本年收入合计 + 上年结转, and then 支出总计 ≠ 收入总计', async () => {
    const f = run(rule, setCell(await mendedGrid(), '附表1', 'B32', '1,215.56'));
    expect(f.map(at).sort()).toEqual(['附表1!B32', '附表1!D32']);
  });
  test('invalid: a class in 财政拨款收支总表 breaks 本年支出', async () => {
    const f = run(rule, setCell(await mendedGrid(), '附表4', 'D22', 39.42));
    expect(f.map(at)).toEqual(['附表4!D6']);
  });
});
