/**
 * A table not filled in yet: it is there (title, header, perhaps the template's sample rows) but holds no figure at
 * all — not even a 0 — and no 空表说明. Comparing other tables with it would turn "not written yet" into a mismatch, so
 * the cross-table relations leave it out and meta/empty-table-note says once that it was not checked.
 */
import { allAmounts } from '../../tables/amounts';
import type { Table } from '../../tables/types';

/** A 空表说明: why a table is empty. */
export const EMPTY_NOTE = /空表|无.{0,12}(预算|收支|经费|支出|项目|安排|拨款)|未安排|没有.{0,8}(预算|收支|经费|支出)|不涉及/;

export function hasEmptyNote(t: Table): boolean {
  return t.notes.some((n) => EMPTY_NOTE.test(n.text));
}

/** No figure at all: every amount cell blank (a 0 is a figure; unreadable text is a finding of its own). */
export function noFigure(t: Table): boolean {
  return allAmounts(t).every((a) => !a.invalid && a.num === null);
}

/** The tables of a workbook that are not filled in yet, when at least one other table is (else: none). */
export function unfilledTables(tables: readonly Table[]): Set<Table> {
  const blank = tables.filter((t) => noFigure(t) && !hasEmptyNote(t));
  if (blank.length === tables.length) return new Set();
  return new Set(blank);
}
