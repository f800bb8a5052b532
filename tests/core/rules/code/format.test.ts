import rule from '../../../../src/core/rules/code/format';
import { at, mendedGrid, run, setCell } from '../../helpers';

describe('code/format — 功能分类 3/5/7 digits, 经济分类 3/5', () => {
  test('valid (codes as text or numbers, full-width digits and spaces tolerated)', async () => {
    let g = await mendedGrid();
    g = setCell(g, '附表3', 'A6', 208);
    g = setCell(g, '附表3', 'A7', '２０８ ０５');
    expect(run(rule, g)).toEqual([]);
  });
  test('invalid: a 6-digit 功能分类 code', async () => {
    const f = run(rule, setCell(await mendedGrid(), '附表3', 'A8', '208050'));
    expect(f.map(at)).toEqual(['附表3!A8']);
    expect(f[0].message).toContain('3/5/7');
  });
  test('invalid: a 7-digit 经济分类 code', async () => {
    const f = run(rule, setCell(await mendedGrid(), '附表6', 'A8', '3010101'));
    expect(f.map(at)).toEqual(['附表6!A8']);
    expect(f[0].message).toContain('3/5');
  });
  test('invalid: a code that is not a number', async () => {
    const f = run(rule, setCell(await mendedGrid(), '附表3', 'A10', '2O8O5O6'));
    expect(f.map(at)).toEqual(['附表3!A10']);
  });
});
