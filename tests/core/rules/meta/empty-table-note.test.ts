import rule from '../../../../src/core/rules/meta/empty-table-note';
import { audit } from '../../../../src/core/audit';
import { allAmounts } from '../../../../src/core/tables/amounts';
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
  test('a workbook whose tables are all still blank (a template as received) gets one note, not one warning per table', async () => {
    const g = await mendedGrid();
    // Every amount cell the engine reads, blanked; and the template's 空表说明 gone too.
    for (const t of audit(g).typed) for (const a of allAmounts(t)) setCell(g, a.cell.sheet, a.cell.cell, null);
    for (const s of g.sheets) s.rows = s.rows.map((r) => r.map((v) => (typeof v === 'string' && /空表/.test(v) ? null : v)));
    const f = run(rule, g);
    expect(f.map((x) => `${x.severity} ${x.messageId} ${at(x)}`)).toEqual(['info unfilled -']);
    expect(f[0].message).toMatch(/^工作簿中识别到的 \d+ 张表均未填列金额/);
  });
});
