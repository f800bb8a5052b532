import rule from '../../../../src/core/rules/amount/negative';
import { at, mendedGrid, run, seedGrid, setCell } from '../../helpers';

describe('amount/negative — budget amounts are not negative', () => {
  test('valid: no negative figure in the seed or the mended workbook', async () => {
    expect(run(rule, await seedGrid())).toEqual([]);
    expect(run(rule, await mendedGrid())).toEqual([]);
  });
  test('invalid: a minus sign typed into 附表-5 is a warning at that cell, and "（12.50）" counts as negative too', async () => {
    let g = setCell(await mendedGrid(), '附表5', 'C8', -107.84);
    g = setCell(g, '附表3', 'C8', '（107.84）');
    const f = run(rule, g);
    expect(f.map((x) => `${at(x)} ${x.severity} ${x.actual}`).sort()).toEqual(['附表3!C8 warning -107.84', '附表5!C8 warning -107.84']);
  });
});
