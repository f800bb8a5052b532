import { audit } from '../../../../src/core/audit';
import rule from '../../../../src/core/rules/meta/year';
import { workbookToGrid } from '../../../../src/cli/xlsx';
import { buildShanghaiWorkbook } from '../../../fixtures/shanghai-workbook';
import { at, mendedGrid, run, setCell } from '../../helpers';

describe('meta/year — every table title prints the same year', () => {
  test('valid: titles without a year, and the Shanghai titles all 2025, give nothing', async () => {
    expect(run(rule, await mendedGrid())).toEqual([]);
    const sh = await workbookToGrid(buildShanghaiWorkbook().workbook);
    expect(run(rule, sh)).toEqual([]);
  });
  test('invalid: one title left at last year is flagged at its title cell', async () => {
    let g = await mendedGrid();
    for (const n of [1, 2, 3, 4, 5, 6]) {
      const s = g.sheets.find((x) => x.name === `附表${n}`)!;
      const t = String(s.rows[1][0]);
      g = setCell(g, `附表${n}`, 'A2', `${n === 3 ? 2023 : 2024}年${t}`);
    }
    const f = run(rule, g);
    expect(f.map((x) => `${at(x)} ${x.expected} ${x.actual}`)).toEqual(['附表3!A2 2024 2023']);
    expect(f[0].message).toContain('2023年支出总表');
  });
  test('the budget year given by the user decides, even against a majority', async () => {
    let g = await mendedGrid();
    g = setCell(g, '附表1', 'A2', '2023年收支总表');
    g = setCell(g, '附表2', 'A2', '2023年收入总表');
    g = setCell(g, '附表3', 'A2', '2024年支出总表');
    const f = audit(g, { year: 2024, ruleSet: [rule] }).findings;
    expect(f.map(at).sort()).toEqual(['附表1!A2', '附表2!A2']);
  });
  test('a tie without a given year says nothing (it cannot tell which is wrong)', async () => {
    let g = await mendedGrid();
    g = setCell(g, '附表1', 'A2', '2023年收支总表');
    g = setCell(g, '附表2', 'A2', '2024年收入总表');
    expect(run(rule, g)).toEqual([]);
  });
});
