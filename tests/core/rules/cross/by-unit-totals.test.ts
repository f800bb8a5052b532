import rule from '../../../../src/core/rules/cross/by-unit-totals';
import { at, mendedGrid, run, setCell } from '../../helpers';

describe('cross/by-unit-totals — 分单位 合计 = 分功能科目 合计', () => {
  test('valid', async () => {
    expect(run(rule, await mendedGrid())).toEqual([]);
  });
  test('invalid', async () => {
    const f = run(rule, setCell(await mendedGrid(), '附表5', 'G30', 820));
    expect(f.map(at)).toEqual(['附表5!G30']);
    expect(f[0].related).toEqual([{ sheet: '附表5', cell: 'G6' }]);
  });
});
