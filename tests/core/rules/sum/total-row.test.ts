import rule from '../../../../src/core/rules/sum/total-row';
import { at, mendedGrid, run, setCell } from '../../helpers';

describe('sum/total-row — 合计行 = Σ 类', () => {
  test('valid', async () => {
    expect(run(rule, await mendedGrid())).toEqual([]);
  });
  test('invalid: the 合计 row of 附表-3 is 10.00 too high', async () => {
    const f = run(rule, setCell(await mendedGrid(), '附表3', 'E5', 835));
    expect(f.map(at)).toEqual(['附表3!E5']);
    expect(f[0].expected).toBe('825.00');
    expect(f[0].actual).toBe('835.00');
  });
  test('invalid: a project amount no longer adds up to the 项目支出表 合计', async () => {
    const f = run(rule, setCell(await mendedGrid(), '附表9', 'C7', 310));
    expect(f.map(at)).toEqual(['附表9!C5']);
    expect(f[0].related).toContainEqual({ sheet: '附表9', cell: 'C7' });
  });
  test('invalid: a blank total while its rows carry money is an error of its own kind', async () => {
    const f = run(rule, setCell(await mendedGrid(), '附表3', 'C5', null));
    expect(f.map((x) => `${at(x)} ${x.category}`)).toEqual(['附表3!C5 blank']);
  });
});
