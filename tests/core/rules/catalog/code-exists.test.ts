import { audit } from '../../../../src/core/audit';
import rule from '../../../../src/core/rules/catalog/code-exists';
import { at, mendedGrid, run, setCell } from '../../helpers';
import { projectGrid } from '../project-grid';

describe('catalog/code-exists — every code is in the 2024 catalog (a warning, never an error)', () => {
  test('valid: every code of the seed is in the catalog', async () => {
    expect(run(rule, await mendedGrid())).toEqual([]);
  });
  test('invalid: an unknown 项 is a warning that says so plainly', async () => {
    const g = setCell(await mendedGrid(), '附表3', 'A22', '2210288');
    const f = run(rule, g);
    expect(f.map((x) => `${at(x)} ${x.severity}`)).toEqual(['附表3!A22 warning']);
    expect(f[0].message).toContain('2024年科目表中未找到，请核对');
  });
  test('a code listed in a 自定义科目 sheet is accepted', async () => {
    const g = setCell(await mendedGrid(), '附表3', 'A22', '2210288');
    g.sheets.push({
      name: '自定义科目',
      rows: [
        ['编码', '名称', '体系'],
        ['2210288', '提租补贴（本地）', '功能'],
      ],
    });
    expect(run(rule, g)).toEqual([]);
    expect(audit(g).unrecognized).toEqual([]);
  });
  test('…and so is one passed as --codes', async () => {
    const g = setCell(await mendedGrid(), '附表3', 'A22', '2210288');
    const f = audit(g, { ruleSet: [rule], customCodes: [{ system: 'functional', code: '2210288', name: '提租补贴' }] }).findings;
    expect(f).toEqual([]);
  });
});

describe('catalog/code-exists — the code of a project is still checked', () => {
  test('valid: the codes of the 项目支出表 are in the catalog', () => {
    expect(run(rule, projectGrid())).toEqual([]);
  });
  test('invalid: an unknown code names the project as the project’s, not as the code’s name', () => {
    const f = run(rule, projectGrid({ thirdCode: '2130198' }));
    expect(f.map((x) => `${at(x)} ${x.severity}`)).toEqual(['项目支出!B7 warning']);
    expect(f[0].message).toBe(
      '项目支出表：项目“高标准农田建设”的功能分类科目 2130198 在2024年科目表中未找到，请核对（若为本地新增科目，可在“自定义科目”表中登记）',
    );
  });
});
