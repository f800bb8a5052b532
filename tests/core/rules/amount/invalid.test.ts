import rule from '../../../../src/core/rules/amount/invalid';
import { at, mendedGrid, run, setCell } from '../../helpers';

describe('amount/invalid — amount cells hold numbers', () => {
  test('valid: "1,205.56", "-" and "（1.00）" are numbers', async () => {
    let g = await mendedGrid();
    g = setCell(g, '附表1', 'D6', '-');
    g = setCell(g, '附表3', 'C6', ' 109.47 ');
    expect(run(rule, g)).toEqual([]);
  });
  test('invalid: text that only looks like a number', async () => {
    const f = run(rule, setCell(await mendedGrid(), '附表3', 'C6', '1O9.47'));
    expect(f.map(at)).toEqual(['附表3!C6']);
  });
  test('invalid: a formula whose result is #REF!', async () => {
    const g = await mendedGrid();
    setCell(g, '附表3', 'C6', '#REF!');
    g.sheets.find((s) => s.name === '附表3')!.formulaErrors = { C6: '#REF!' };
    const f = run(rule, g);
    expect(f.map((x) => `${at(x)} ${x.messageId}`)).toEqual(['附表3!C6 formulaError']);
  });
});
