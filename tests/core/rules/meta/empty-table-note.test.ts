import rule from '../../../../src/core/rules/meta/empty-table-note';
import { audit } from '../../../../src/core/audit';
import { allAmounts } from '../../../../src/core/tables/amounts';
import { at, mendedGrid, run, setCell, sheet } from '../../helpers';
import { unitGrid } from '../unit-grid';

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

describe('meta/empty-table-note — a table not filled in yet, beside tables that are', () => {
  const blankGpb = (note?: string) =>
    sheet('表5', [
      ['2026年预算单位一般公共预算支出功能分类预算表'],
      ['编制单位：某某中心', null, null, null, null, null, '单位：元'],
      ['项目', null, null, null, '一般公共预算支出'],
      ['功能分类科目编码', null, null, '功能分类科目名称', '合计', '基本支出', '项目支出'],
      ['类', '款', '项'],
      // the template's sample row, left in, with no figure
      [205, '02', '05', '高等教育'],
      ['合计'],
      ...(note ? [[note]] : []),
    ]);
  test('no figure and no note: one warning at its title saying its relations were not checked; no cross-table error', async () => {
    const g = unitGrid();
    g.sheets.push(blankGpb());
    // (the grid has only four of the nine tables: required-tables' findings are not this test's business)
    const f = audit(g).findings.filter((x) => x.rule.startsWith('cross/') || x.rule.startsWith('sum/') || x.rule === 'meta/empty-table-note');
    expect(f.map((x) => `${x.rule} ${x.messageId} ${at(x)}`)).toEqual(['meta/empty-table-note not-filled 表5!A1']);
    expect(f[0].message).toContain('它与其他表的勾稽关系未核对');
  });
  test('a 0 is a figure: a table of zeros without a note keeps the 空表说明 warning, and takes part in the relations', async () => {
    const g = unitGrid();
    const t = blankGpb();
    t.rows[6] = ['合计', null, null, null, 0, 0, 0];
    g.sheets.push(t);
    const f = audit(g).findings;
    expect(f.filter((x) => x.rule === 'meta/empty-table-note').map((x) => x.messageId)).toEqual(['missing']);
    expect(f.some((x) => x.rule === 'cross/expenditure-totals' && x.severity === 'error')).toBe(true);
  });
  test('a note starting any way (本部门无…，此表为空表) counts as the 空表说明: no warning', async () => {
    const g = unitGrid();
    g.sheets.push(blankGpb('本部门2026年无一般公共预算拨款安排的支出，此表为空表。'));
    expect(run(rule, g)).toEqual([]);
  });
});
