import rule from '../../../../src/core/rules/code/duplicate';
import { at, mendedGrid, run, seedGrid } from '../../helpers';
import { projectGrid } from '../project-grid';

describe('code/duplicate — a code is listed once per table', () => {
  test('valid: the seed and the mended workbook list each code once per table', async () => {
    expect(run(rule, await seedGrid())).toEqual([]);
    expect(run(rule, await mendedGrid())).toEqual([]);
  });
  test('invalid: a row pasted twice is reported at its second listing, with the first as related', async () => {
    const g = await mendedGrid();
    const s = g.sheets.find((x) => x.name === '附表3')!;
    const i = s.rows.findIndex((r) => r[0] === '2080505');
    s.rows.splice(i + 1, 0, [...s.rows[i]]);
    const f = run(rule, g);
    expect(f.map(at)).toEqual([`附表3!A${i + 2}`]);
    expect(f[0].related).toEqual([{ sheet: '附表3', cell: `A${i + 1}` }]);
    expect(f[0].message).toContain('重复列示');
  });
});

test('项目支出表: two projects under the same 功能分类 code are not duplicates', async () => {
  const { audit } = await import('../../../../src/core/audit');
  const { sheet } = await import('../../helpers');
  const g = {
    sheets: [
      sheet('项目', [
        ['项目支出表'],
        ['单位：万元'],
        ['项目名称', '功能分类科目编码', '合计'],
        ['出租车管理', '2140112', 10],
        ['网约车管理', '2140112', 20],
        ['合计', null, 30],
      ]),
    ],
  };
  const r = audit(g, { ruleSet: [rule] });
  expect(r.tables.map((t) => t.kind)).toEqual(['project']);
  expect(r.findings).toEqual([]);
});

test('项目支出表 with 项目名称 | 功能科目编码: 农业综合行政执法 and 农村人居环境整治 both under 2130101 are not duplicates', () => {
  expect(run(rule, projectGrid())).toEqual([]);
});
