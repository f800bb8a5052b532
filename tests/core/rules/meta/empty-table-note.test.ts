import rule from '../../../../src/core/rules/meta/empty-table-note';
import { at, mendedGrid, run, setCell } from '../../helpers';

describe('meta/empty-table-note — an all-zero table carries a 空表说明', () => {
  test('valid: 三公 and 政府性基金 are empty with their notes', async () => {
    expect(run(rule, await mendedGrid())).toEqual([]);
  });
  test('invalid: 政府性基金表 empty without a note', async () => {
    const f = run(rule, setCell(await mendedGrid(), '附表8', 'A7', null));
    expect(f.map(at)).toEqual(['附表8!A2']);
  });
  test('a table with money needs no note', async () => {
    const g = setCell(await mendedGrid(), '附表7', 'A7', null);
    setCell(g, '附表7', 'A6', 1);
    setCell(g, '附表7', 'F6', 1);
    expect(run(rule, g)).toEqual([]);
  });
  test('a table with money that still says “此表为空表” (last year’s note left in) is pointed out at the note', async () => {
    const g = setCell(await mendedGrid(), '附表7', 'A6', 1);
    setCell(g, '附表7', 'F6', 1);
    const f = run(rule, g);
    expect(f.map((x) => `${at(x)} ${x.messageId}`)).toEqual(['附表7!A7 contradicts']);
    expect(f[0].message).toContain('此表为空表');
  });
});
