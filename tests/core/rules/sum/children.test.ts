import rule from '../../../../src/core/rules/sum/children';
import { at, mendedGrid, run, seedGrid, setCell } from '../../helpers';

describe('sum/children — 类 = Σ 款, 款 = Σ 项', () => {
  test('valid: the mended tables add up', async () => {
    expect(run(rule, await mendedGrid())).toEqual([]);
  });
  test('invalid: a 项 changed by 1.00 breaks its 款 (error at the 款, the 项 among related)', async () => {
    const g = setCell(await mendedGrid(), '附表3', 'C8', 70.46);
    const f = run(rule, g);
    expect(f.map(at)).toEqual(['附表3!C7']);
    expect(f[0].severity).toBe('error');
    expect(f[0].related).toContainEqual({ sheet: '附表3', cell: 'C8' });
    expect(f[0].difference).toBe('-1.00');
  });
  test('invalid: a one-cent gap over twelve children is a 尾差 warning with a 舍位平衡 fix', async () => {
    const f = run(rule, await seedGrid()).filter((x) => x.location?.sheet === '附表6');
    expect(f.map(at)).toEqual(['附表6!C18', '附表6!E18']);
    expect(f.every((x) => x.severity === 'warning' && x.category === 'rounding')).toBe(true);
  });
  test('invalid: unit codes nest too (收入总表 222 = Σ 222006)', async () => {
    const g = setCell(await mendedGrid(), '附表2', 'E8', 1200);
    expect(run(rule, g).map(at)).toEqual(['附表2!E7']);
  });
});
