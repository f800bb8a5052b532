/**
 * 收入总表 and 一般公共预算支出表（分单位） listed by unit name without codes: the department line and its units are
 * told apart by the figures, so the 合计 is not expected to be twice the money.
 */
import { audit } from '../../src/core/audit';
import totalRow from '../../src/core/rules/sum/total-row';
import children from '../../src/core/rules/sum/children';
import type { Grid } from '../../src/core/grid';
import { at, getCell, mendedGrid, setCell } from './helpers';

async function withoutUnitCodes(): Promise<Grid> {
  const g = await mendedGrid();
  // 附表2 rows 7–8 (222 咸宁市交通运输局, 222006 …城市客运管理处) and 附表5 分单位 rows 31–32: codes removed.
  for (const [sheet, cells] of [
    ['附表2', ['A7', 'A8']],
    ['附表5', ['A31', 'A32']],
  ] as const) {
    for (const c of cells) {
      expect(String(getCell(g, sheet, c))).toMatch(/^222/);
      setCell(g, sheet, c, null);
    }
  }
  return g;
}

test('department line + its unit without codes: nothing counted twice, no finding', async () => {
  const r = audit(await withoutUnitCodes());
  expect(r.findings.map((f) => `${f.rule} ${at(f)} ${f.message}`)).toEqual([]);
});

test('a department line that disagrees with its unit is reported at the department line, not as a doubled 合计', async () => {
  const g = setCell(await withoutUnitCodes(), '附表2', 'C7', 1205);
  const r = audit(g);
  const f = r.findings.filter((x) => x.severity === 'error');
  // Every error concerns the department line C7 (against its unit, its own columns, the 合计); none doubles the money.
  expect(f.map((x) => `${x.rule} ${at(x)}`).sort()).toEqual(['sum/children 附表2!C7', 'sum/columns 附表2!C7', 'sum/total-row 附表2!C6']);
  expect(f.find((x) => x.rule === 'sum/children')!.expected).toBe('1205.56');
  expect(f.map((x) => x.expected)).not.toContain('2410.56');
});

test('two units without a department line: the 合计 is their sum', async () => {
  const g = await withoutUnitCodes();
  // The department line becomes a second unit with its own money; the 合计 is the sum of both.
  for (const c of ['C', 'D', 'E']) setCell(g, '附表2', `${c}7`, 100);
  for (const c of ['C', 'D', 'E']) setCell(g, '附表2', `${c}6`, 1305.56);
  const r = audit(g, { ruleSet: [totalRow, children] });
  expect(r.findings).toEqual([]);
});
