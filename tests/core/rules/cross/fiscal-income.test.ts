import rule from '../../../../src/core/rules/cross/fiscal-income';
import { at, mendedGrid, run, setCell } from '../../helpers';

describe('cross/fiscal-income — 财政拨款收支总表 收入 = 收支总表 财政拨款 lines', () => {
  test('valid', async () => {
    expect(run(rule, await mendedGrid())).toEqual([]);
  });
  test('invalid: 一般公共预算拨款 differs', async () => {
    const f = run(rule, setCell(await mendedGrid(), '附表4', 'B7', 1200));
    expect(f.map(at)).toEqual(['附表4!B7']);
    expect(f[0].related).toEqual([{ sheet: '附表1', cell: 'B6' }]);
  });
  test('invalid: 政府性基金 in one table only (blank is read as nothing, 3.00 is not)', async () => {
    const f = run(rule, setCell(await mendedGrid(), '附表4', 'B8', 3));
    expect(f.map(at)).toEqual(['附表4!B8']);
  });
});
