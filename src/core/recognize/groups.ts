/**
 * Tables listed by unit without codes (收入总表 / 一般公共预算支出表（分单位） printed as "咸宁市交通运输局 | 咸宁市…处 |
 * 咸宁市…中心"): the first line is often the department and the lines under it its units. Without codes there is no
 * prefix to tell, so the figures do: when the first line equals the sum of the lines under it in every column, or the
 * 合计 line equals either the first line alone or the lines under it, the first line is the department and the rest
 * its units — otherwise the 合计 would count the money twice (and a department line that disagrees with its units is
 * then reported as such). Nothing changes for tables with codes.
 */
import type { Row, RowsTable } from '../tables/types';

function scaled(v: number | null, scale: number): number {
  return v === null ? 0 : Math.round(v * scale);
}

export function groupCodelessUnits(body: RowsTable, decimals: number): void {
  if (body.codeKind !== 'unit' && body.codeKind !== 'none') return;
  const data = body.rows.map((r, i) => ({ r, i })).filter(({ r }) => !r.isTotal);
  if (data.length < 2 || data.some(({ r }) => r.code || r.parent !== undefined || r.children.length > 0 || r.isGroup)) return;
  const scale = 10 ** Math.min(decimals, 6);
  const [first, ...rest] = data;
  const sumOfRest = (key: string) => rest.reduce((s, { r }) => s + scaled(r.amounts[key]?.num ?? null, scale), 0);
  let any = false;
  const equalsRest = body.columns.every((c) => {
    const v = scaled(first.r.amounts[c.key]?.num ?? null, scale);
    if (v !== 0) any = true;
    // Within the rounding of the parts (½ unit of the last place per part) still counts as "the same figure".
    return Math.abs(v - sumOfRest(c.key)) <= (rest.length + 1) / 2;
  });
  const total = body.rows.find((r) => r.isTotal);
  const totalIsFirst =
    !!total &&
    body.columns.every((c) => scaled(total.amounts[c.key]?.num ?? null, scale) === scaled(first.r.amounts[c.key]?.num ?? null, scale)) &&
    body.columns.some((c) => scaled(total.amounts[c.key]?.num ?? null, scale) !== 0);
  const totalIsRest =
    !!total &&
    body.columns.every((c) => scaled(total.amounts[c.key]?.num ?? null, scale) === sumOfRest(c.key)) &&
    body.columns.some((c) => sumOfRest(c.key) !== 0);
  if (!(equalsRest && any) && !totalIsFirst && !totalIsRest) return;
  const parent: Row = first.r;
  for (const { r, i } of rest) {
    r.parent = first.i;
    parent.children.push(i);
  }
}
