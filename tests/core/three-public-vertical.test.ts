/** A “三公”经费 table printed down the rows, as many provinces print it, is read and checked like the across one. */
import { audit } from '../../src/core/audit';
import type { CellValue, Grid } from '../../src/core/grid';
import sumColumns from '../../src/core/rules/sum/columns';
import threePublicEconomic from '../../src/core/rules/cross/three-public-economic';
import { at, mendedGrid, sheet } from './helpers';

function vertical(values: CellValue[], extra: CellValue[][] = []): Grid['sheets'][number] {
  const [total, abroad, reception, vehicle, purchase, operation] = values;
  return sheet('三公', [
    ['2024年一般公共预算“三公”经费支出表'],
    ['部门/单位：咸宁市交通运输局城市客运管理处', null, '单位：万元'],
    ['项目', '2024年预算数', '2023年预算数'],
    ['合计', total, 8.1],
    ['1.因公出国（境）费', abroad, 0],
    ['2.公务接待费', reception, 0.1],
    ['3.公务用车购置及运行费', vehicle, 8],
    ['  其中：（1）公务用车购置费', purchase, 0],
    ['        （2）公务用车运行费', operation, 8],
    ...extra,
  ]);
}

async function withVertical(values: CellValue[]): Promise<Grid> {
  const g = await mendedGrid();
  g.sheets = g.sheets.filter((s) => s.name !== '附表7');
  g.sheets.push(vertical(values));
  return g;
}

test('read as the 三公 table: each item found in its row, this year’s column, not last year’s', async () => {
  const r = audit(await withVertical([8.1, 0, 0.1, 8, 0, 8]));
  const t = r.typed.find((x) => x.kind === 'three-public');
  expect(t && t.shape === 'rows' && t.rows[0].amounts.reception.cell).toEqual({ sheet: '三公', cell: 'B6' });
  expect(t && t.shape === 'rows' && t.rows[0].amounts['vehicle.operation'].cell).toEqual({ sheet: '三公', cell: 'B9' });
  expect(r.unrecognized).toEqual([]);
  expect(r.findings.filter((f) => f.rule !== 'cross/three-public-economic').map((f) => `${f.rule} ${at(f)} ${f.message}`)).toEqual([]);
});

test('合计 ≠ 出国 + 接待 + 公务用车: error at the 合计 cell', async () => {
  const r = audit(await withVertical([8.2, 0, 0.1, 8, 0, 8]), { ruleSet: [sumColumns] });
  expect(r.findings.map((f) => `${at(f)} ${f.expected} ${f.actual}`)).toEqual(['三公!B4 8.1 8.2']);
});

test('公务用车 ≠ 购置 + 运行: error at the 公务用车购置及运行费 cell', async () => {
  const r = audit(await withVertical([8.1, 0, 0.1, 8, 2.5, 8]), { ruleSet: [sumColumns] });
  expect(r.findings.map((f) => `${at(f)} ${f.severity} ${f.expected} ${f.actual}`)).toEqual(['三公!B7 error 10.5 8.0']);
  // Each figure keeps its own rounding interval: 8, 1 and 8 printed whole stand for ±0.5 万元 each, so 8 against
  // 1 + 8 is within ±1.5 — a 尾差 at the same cell, not an error.
  const w = audit(await withVertical([8.1, 0, 0.1, 8, 1, 8]), { ruleSet: [sumColumns] });
  expect(w.findings.map((f) => `${at(f)} ${f.severity} ${f.expected} ${f.actual}`)).toEqual(['三公!B7 warning 9 8']);
});

test('a vertical 三公 below the 基本支出 part of an item is found (cells of the rows)', async () => {
  const g = await withVertical([8.1, 0, 0.1, 8, 0, 8]);
  const r = audit(g, { ruleSet: [threePublicEconomic] });
  // Whatever the mended 基本支出表 holds under 30217/30231, a 0 公务接待费 must then be reported at its row.
  const g0 = await withVertical([8, 0, 0, 8, 0, 8]);
  const basic = audit(g0).typed.find((t) => t.kind === 'gpb-basic');
  const has30217 = basic && basic.shape === 'rows' && basic.rows.some((x) => x.code === '30217' && x.amounts.total?.value && !x.amounts.total.value.isZero());
  const r0 = audit(g0, { ruleSet: [threePublicEconomic] });
  expect(r0.findings.map(at)).toEqual(has30217 ? ['三公!B6'] : []);
  expect(r.findings.filter((f) => at(f) === '三公!B6')).toEqual([]);
});
