import { audit } from '../../../../src/core/audit';
import rule from '../../../../src/core/rules/meta/title-from-sheet';
import { at, mendedGrid, run } from '../../helpers';

describe('meta/title-from-sheet — a table without a title row, read by its sheet name', () => {
  test('valid: every table of the mended workbook has its title row', async () => {
    expect(run(rule, await mendedGrid())).toEqual([]);
  });
  test('a sheet named 支出总表 with the header on row 1 is read as 支出总表, said once, and checked as usual', async () => {
    const g = await mendedGrid();
    const s = g.sheets.find((x) => x.name === '附表3')!;
    s.rows = s.rows.slice(3); // drop 附表-3, the title and the 部门/单位 line: the header is now row 1
    s.merges = (s.merges ?? []).filter((m) => m.r1 >= 3).map((m) => ({ ...m, r1: m.r1 - 3, r2: m.r2 - 3 }));
    s.name = '支出总表';
    const r = audit(g);
    expect(r.tables.some((t) => t.sheet === '支出总表' && t.kind === 'expenditure-summary')).toBe(true);
    const f = run(rule, g);
    expect(f.map((x) => `${at(x)} ${x.severity}`)).toEqual(['支出总表!A1 info']);
    expect(f[0].message).toContain('已按工作表名称识别为支出总表');
    // Without its 部门/单位 line it cannot be told which unit or department it is: that is said too, nothing else.
    expect(r.findings.filter((x) => x.severity === 'error').map((x) => `${x.rule} ${at(x)}`)).toEqual([]);
  });
  test('a sheet named Sheet3 with no title stays unrecognised (listed, not guessed)', async () => {
    const g = await mendedGrid();
    const s = g.sheets.find((x) => x.name === '附表3')!;
    s.rows = s.rows.slice(3);
    s.merges = [];
    s.name = 'Sheet3';
    const r = audit(g);
    expect(r.unrecognized.map((u) => u.sheet)).toEqual(['Sheet3']);
  });
});
