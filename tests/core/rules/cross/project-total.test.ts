import rule from '../../../../src/core/rules/cross/project-total';
import { at, mendedGrid, run, setCell } from '../../helpers';

describe('cross/project-total — 项目支出表 合计 = 支出总表 项目支出', () => {
  test('valid', async () => {
    expect(run(rule, await mendedGrid())).toEqual([]);
  });
  test('invalid', async () => {
    const f = run(rule, setCell(await mendedGrid(), '附表9', 'C5', 725));
    expect(f.map(at)).toEqual(['附表9!C5']);
    expect(f[0].related).toEqual([{ sheet: '附表3', cell: 'E5' }]);
  });
  test('invalid: its 一般公共预算 column ≠ 一般公共预算支出表 项目支出', async () => {
    const f = run(rule, setCell(await mendedGrid(), '附表9', 'D5', 800));
    expect(f.map(at)).toEqual(['附表9!D5']);
  });
});
