/**
 * The report contract (see DESIGN.md): what every host prints, flags or lists.
 * Amounts are decimal strings, never floats.
 */
import type { CellRef } from './grid';

export type Severity = 'error' | 'warning' | 'info';

/** What kind of problem a finding is, beyond its rule: the pane counts 尾差 apart from other warnings. */
export type Category = 'rounding' | 'blank' | 'mismatch' | 'missing' | 'format' | 'name' | 'metadata' | 'layout';

export interface Suggestion {
  /** The cell to change and the value that would make the relation hold (舍位平衡 or the official name). */
  cell: CellRef;
  from: string;
  to: string;
  text: string;
}

export interface Finding {
  rule: string;
  severity: Severity;
  category?: Category;
  /** Rendered message in the report's locale. */
  message: string;
  /** Message id and data, so a host can render it again in another locale. */
  messageId: string;
  data: Record<string, string>;
  /** The table the finding concerns (its kind), when there is one. */
  table?: string;
  location: CellRef | null;
  related: CellRef[];
  expected?: string;
  actual?: string;
  difference?: string;
  suggestion?: Suggestion;
}

export interface TableSummary {
  kind: string;
  /** The standard name of the kind, e.g. 支出总表. */
  name: string;
  /** The title as printed in the workbook. */
  title: string;
  /** The table's number when the workbook prints one (附表-3 → "3", 公开03表 → "3"). */
  number?: string;
  /** That number labelled the layout's way ("附表-3", "表3", "公开03表"), in the report's language. */
  label?: string;
  sheet: string;
  range: string;
  unit: string | null;
  org: string | null;
}

export interface UnrecognizedArea {
  sheet: string;
  range: string;
  text: string;
}

/** A known part of a disclosure that is not a table: front matter and text sheets. */
export type PartKind = 'cover' | 'contents' | 'functions' | 'organization' | 'glossary' | 'explanation' | 'other-notes' | 'project-notes';

export interface DisclosurePart {
  part: PartKind;
  sheet: string;
  /** The sheet's first text (its title), as printed. */
  title: string;
  range: string;
}

export interface LayoutInfo {
  /** A profile id of src/core/layouts (standard, shanghai, jiangsu, unknown). */
  id: string;
  name: string;
  /** 'detected' from the titles, 'option' when the user chose it, 'default' when no title pointed to a layout. */
  source: 'detected' | 'option' | 'default';
  /** The titles that told the layout. */
  evidence: string[];
}

export interface Report {
  file?: string;
  /** The layout profile the workbook was read with, and why. */
  layout: LayoutInfo;
  tables: TableSummary[];
  /** Front matter and text sheets recognised as such (封面, 目录, 主要职能, 编制说明 …): not tables, not unrecognised. */
  parts: DisclosurePart[];
  unrecognized: UnrecognizedArea[];
  findings: Finding[];
  summary: { errors: number; warnings: number; infos: number; rounding: number };
}

export function summarize(findings: Finding[]): Report['summary'] {
  const s = { errors: 0, warnings: 0, infos: 0, rounding: 0 };
  for (const f of findings) {
    if (f.severity === 'error') s.errors++;
    else if (f.severity === 'warning') s.warnings++;
    else s.infos++;
    if (f.category === 'rounding') s.rounding++;
  }
  return s;
}
