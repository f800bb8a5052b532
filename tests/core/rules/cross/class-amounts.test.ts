import rule from '../../../../src/core/rules/cross/class-amounts';
import { at, mendedGrid, run, setCell } from '../../helpers';

describe('cross/class-amounts — each 类 in the summaries = the same 类 (by code) in the detail tables', () => {
  test('valid', async () => {
    expect(run(rule, await mendedGrid())).toEqual([]);
  });
  test('invalid: 收支总表 社会保障和就业支出 ≠ 支出总表 208', async () => {
    const f = run(rule, setCell(await mendedGrid(), '附表1', 'D11', '119.47'));
    expect(f.map(at)).toEqual(['附表1!D11']);
    expect(f[0].related).toEqual([{ sheet: '附表3', cell: 'C6' }]);
  });
  test('invalid: 财政拨款收支总表 住房保障支出 ≠ 一般公共预算支出表 221', async () => {
    const f = run(rule, setCell(await mendedGrid(), '附表4', 'D23', 20));
    expect(f.map(at)).toEqual(['附表4!D23']);
    expect(f[0].related).toEqual([{ sheet: '附表5', cell: 'C20' }]);
  });
  test('invalid: a summary shows money in a class the detail tables do not have', async () => {
    const f = run(rule, setCell(await mendedGrid(), '附表1', 'D8', '5.00'));
    expect(f.map(at)).toEqual(['附表1!D8']);
  });
  test('invalid: a class with money in 支出总表 is missing from the summary list', async () => {
    let g = await mendedGrid();
    g = setCell(g, '附表1', 'C22', '十七、其他住房支出'); // label no longer a 类 name
    const f = run(rule, g);
    expect(f.map((x) => `${x.messageId} ${at(x)}`)).toEqual(['missingClass 附表3!C19']);
  });
  test('the 类 names map to codes, so numbering and old names do not matter', async () => {
    let g = await mendedGrid();
    g = setCell(g, '附表1', 'C12', '(七)医疗卫生与计划生育支出');
    expect(run(rule, g)).toEqual([]);
  });
});
