/**
 * A layout profile: one way provinces and cities lay out a 部门预算公开 — which tables it carries (and their
 * numbers and names there), the title words that give it away, the units its tables are printed in, and the rules
 * that apply or do not. Recognition itself is shared (titles and header words map to the same table kinds and
 * column keys in every layout); the profile decides what is expected of the workbook.
 */
import type { Severity } from '../report';
import type { TableKind } from '../tables/types';

export type LayoutId = 'standard' | 'shanghai';

export interface LayoutTable {
  kind: TableKind;
  /** The table's number in this layout ("附表-3" → "3"; Shanghai "3"). */
  number: string;
  /** The table's name in this layout. */
  name: string;
  nameEn: string;
}

export interface LayoutSignal {
  /** Matched against every title found in the workbook (normalised: no spaces, half-width). */
  title: RegExp;
  /** What the match says, for the report ("标题“财务收支预算总表”"). */
  what: string;
}

export interface LayoutProfile {
  id: LayoutId;
  name: { zh: string; en: string };
  /** Where the layout comes from. */
  basis: string;
  /** The tables a complete disclosure of this layout carries, in order. */
  tables: LayoutTable[];
  /** Titles that only this layout prints. */
  signals: LayoutSignal[];
  /** How many different signals it takes to read a workbook as this layout (one similar title is not enough). */
  minSignals: number;
  /**
   * Table kinds printed in a unit of their own (Shanghai prints 表9 “三公”经费 in 万元 while 表1–8 are in 元):
   * meta/unit does not ask them to agree with the other tables.
   */
  ownUnit: TableKind[];
  /** Rule id → severity or 'off' for rules that do not apply here (the user's own overrides still win). */
  rules: Record<string, Severity | 'off'>;
}
