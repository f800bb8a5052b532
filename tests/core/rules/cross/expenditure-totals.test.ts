import rule from '../../../../src/core/rules/cross/expenditure-totals';
import { at, mendedGrid, run, setCell } from '../../helpers';

describe('cross/expenditure-totals — 支出总表 = 收支总表 本年支出合计 = 一般公共预算支出表 (all money 一般公共预算)', () => {
  test('valid', async () => {
    expect(run(rule, await mendedGrid())).toEqual([]);
  });
  test('invalid: 附表-3 合计 differs from 附表-1 本年支出合计', async () => {
    const f = run(rule, setCell(await mendedGrid(), '附表1', 'D30', '1,215.56'));
    expect(f.map(at)).toEqual(['附表3!C5']);
    expect(f[0].related).toEqual([{ sheet: '附表1', cell: 'D30' }]);
  });
  test('invalid: a line of 一般公共预算支出表 differs from the same code in 支出总表', async () => {
    const f = run(rule, setCell(await mendedGrid(), '附表5', 'G17', 800));
    expect(f.map(at)).toEqual(['附表5!G17']);
    expect(f[0].related).toEqual([{ sheet: '附表3', cell: 'E16' }]);
  });
  test('with money other than 一般公共预算, only the 一般公共预算 part is compared: no false error', async () => {
    // 事业收入 of 100: 支出总表 carries 100 more than 一般公共预算支出表.
    let g = await mendedGrid();
    g = setCell(g, '附表1', 'B10', '100.00');
    g = setCell(g, '附表3', 'C5', 1305.56);
    g = setCell(g, '附表3', 'E5', 925);
    g = setCell(g, '附表3', 'C16', 1156.12);
    g = setCell(g, '附表3', 'E16', 925);
    expect(run(rule, g).map(at)).toEqual(['附表3!C5']); // vs 附表-1 本年支出合计 only
    // …but a 一般公共预算 amount larger than the whole is still an error
    g = setCell(g, '附表5', 'G17', 950);
    expect(run(rule, g).map((x) => x.messageId)).toContain('exceeds');
  });
});
