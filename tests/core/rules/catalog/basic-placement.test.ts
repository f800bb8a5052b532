import rule from '../../../../src/core/rules/catalog/basic-placement';
import { at, mendedGrid, run, setCell } from '../../helpers';

describe('catalog/basic-placement — 人员经费 under 301/303, 公用经费 under 302…', () => {
  test('valid', async () => {
    expect(run(rule, await mendedGrid())).toEqual([]);
  });
  test('invalid: 公用经费 under 301, 人员经费 under 302', async () => {
    let g = await mendedGrid();
    g = setCell(g, '附表6', 'E8', 1);
    g = setCell(g, '附表6', 'D19', 1);
    const f = run(rule, g);
    expect(f.map((x) => `${at(x)} ${x.messageId}`).sort()).toEqual(['附表6!D19 personnel', '附表6!E8 public']);
    expect(f.every((x) => x.severity === 'warning')).toBe(true);
  });
});
