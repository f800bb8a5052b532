/**
 * A layout profile: one way provinces and cities lay out a 部门预算公开 — which tables it carries (and their
 * numbers and names there), how it labels them, the title words that give it away, the units its tables are printed
 * in, the rules that apply or do not, and which explanation generator writes its text. Recognition itself is shared
 * (titles and header words map to the same table kinds and column keys in every layout); the profile decides what is
 * expected of the workbook. Everything else (the CLI's --layout, the pane's picker, the remembered setting, the
 * names in messages, meta/required-tables, the narrative) reads the registry in ./index.ts.
 */
import type { Severity } from '../report';
import type { TableKind } from '../tables/types';

/** A profile's id (the registry in ./index.ts lists them; hosts validate a user's choice with layoutById). */
export type LayoutId = string;

export interface LayoutTable {
  kind: TableKind;
  /** The table's number in this layout ("附表-3" → "3"; Shanghai "3"; Jiangsu "公开03表" → "3"). */
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
  /** The short name offered in the pane's picker and the CLI's help. */
  choice: { zh: string; en: string };
  /** Where the layout comes from. */
  basis: string;
  /** The tables a complete disclosure of this layout carries, in order (empty: nothing is demanded). */
  tables: LayoutTable[];
  /** How the layout labels table N in messages ("附表-{n}", "表{n}", "公开{nn}表"; {nn} is two digits). */
  label: { zh: string; en: string };
  /**
   * Tables are named in messages as this layout names them (Shanghai: 收入预算总表); false: by the kind's standard
   * name (收入总表), as the 财政部 layout and the seed print them.
   */
  namesTables: boolean;
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
  /** The 编制说明 generator for this layout (src/core/narrative), or null when the tool writes none for it. */
  explanation: 'standard' | 'shanghai' | null;
}

/** "附表-3", "表3", "公开03表": table `number` labelled the layout's way. */
export function tableNumberText(p: LayoutProfile, number: string, locale: 'zh' | 'en' = 'zh'): string {
  const f = locale === 'en' ? p.label.en : p.label.zh;
  return f.replace('{nn}', /^\d$/.test(number) ? '0' + number : number).replace('{n}', number);
}
