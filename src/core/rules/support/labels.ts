/** How rows, columns and tables are named in messages. */
import type { Column, Line, Row, Table } from '../../tables/types';

export function tableLabel(t: Table): string {
  return t.label ? `${t.label} ${t.name}` : t.name;
}

export function rowLabel(r: Row): string {
  if (r.isTotal) return '合计行';
  if (r.code) return `${r.code} ${r.name}`.trim();
  return r.name || `第 ${r.row + 1} 行`;
}

export function columnLabel(c: Column): string {
  return c.path.join('·');
}

export function lineLabel(l: Line): string {
  return l.name || l.label;
}

export function cellLabel(t: Table, r: Row, c: Column): string {
  return `${tableLabel(t)} ${rowLabel(r)}·${columnLabel(c)}`;
}
