/**
 * What a flag is, shared by every writer of flags — the add-in (src/excel/flags.ts, through Office.js) and the CLI's
 * --annotate (src/cli/annotate.ts, through exceljs): the colours, one target per cell, and the record kept on the
 * very-hidden sheet BTA_State so that 清除标记 puts back exactly what the user had. Pure data: no host import.
 */
import type { LayoutId } from './layouts';
import { layoutChoice } from './layouts';
import type { Finding, Severity } from './report';

/** The name of the very-hidden sheet that holds our flag state (each flagged cell's own fill). */
export const STATE_SHEET = 'BTA_State';
/** Prefix of every note / comment we add, so we only ever delete our own. */
export const NOTE_MARK = '【预算表审核助手】';
/** Characters per cell of the state sheet (the JSON is split over A1, A2, …). */
export const STATE_CHUNK = 30000;

export const FLAG_COLORS = {
  error: '#F4A6A6',
  warning: '#FFC966',
  rounding: '#FFF2A8',
  info: '#C9DFF5',
} as const;
export type FlagKind = keyof typeof FLAG_COLORS;

/** A cell's own fill. From ExcelApi 1.9 pattern / tintAndShade tell No Fill (pattern None) from a white fill. */
export interface FillState {
  color: string | null;
  pattern?: string | null;
  tintAndShade?: number | null;
  patternColor?: string | null;
  patternTintAndShade?: number | null;
}

export interface FlagRecord {
  sheet: string;
  cell: string;
  /** The cell's own fill before we flagged it. */
  fill: FillState;
  /** The colour we put there (to notice a user who re-coloured the cell since). */
  flag: string;
  note: 'note' | 'comment' | null;
}

/**
 * What the user told the add-in about this workbook, kept with the flag state on our very-hidden sheet so that the
 * pane and the ribbon's 校验预算 audit it the same way: the layout (auto = detected from the titles) and whether every
 * unit is 行政 / 参公 (then 机关运行经费 must equal 公用经费). Saved in the flag write — no sync of its own.
 */
export interface AuditSettings {
  /** 'auto' or a layout profile's id (src/core/layouts). */
  layout: 'auto' | LayoutId;
  adminOnly: boolean;
}

export const DEFAULT_SETTINGS: AuditSettings = { layout: 'auto', adminOnly: false };

export interface FlagState {
  v: 1;
  cells: FlagRecord[];
  /** Absent when the user left everything at the default. */
  settings?: AuditSettings;
  /** Sheets we added (the CLI's 审核结果): 清除标记 and the next 校验 delete them. */
  addedSheets?: string[];
}

export function parseState(text: string | null): FlagState {
  if (!text) return { v: 1, cells: [] };
  try {
    const s = JSON.parse(text) as FlagState;
    if (s && Array.isArray(s.cells)) return s;
  } catch {
    /* a damaged state is treated as none: flags then stay until the user clears the fill */
  }
  return { v: 1, cells: [] };
}

/** The workbook's remembered settings (defaults when there are none, or the record is damaged). */
export function settingsOf(stateText: string | null): AuditSettings {
  const s = parseState(stateText).settings;
  const layout = (s && layoutChoice(s.layout)) ?? 'auto';
  return { layout, adminOnly: s?.adminOnly === true };
}

export function isDefaultSettings(s: AuditSettings | undefined): boolean {
  return !s || (s.layout === DEFAULT_SETTINGS.layout && s.adminOnly === DEFAULT_SETTINGS.adminOnly);
}

/** The state as the cells of the state sheet's column A (text, never a number or formula). */
export function stateChunks(state: FlagState): string[] {
  const text = JSON.stringify(state);
  const rows: string[] = [];
  for (let i = 0; i < text.length; i += STATE_CHUNK) rows.push(text.slice(i, i + STATE_CHUNK));
  return rows;
}

const RANK: Record<FlagKind, number> = { error: 4, warning: 3, rounding: 2, info: 1 };

export function flagKind(f: { severity: Severity; category?: string }): FlagKind {
  if (f.severity === 'error') return 'error';
  if (f.category === 'rounding') return 'rounding';
  return f.severity === 'warning' ? 'warning' : 'info';
}

export interface Target {
  sheet: string;
  cell: string;
  kind: FlagKind;
  text: string;
}

/** One target per cell: the strongest kind wins, the messages are joined. */
export function targetsOf(findings: Finding[]): Target[] {
  const byCell = new Map<string, Target>();
  for (const f of findings) {
    if (!f.location) continue;
    const key = `${f.location.sheet}\u0000${f.location.cell}`;
    const kind = flagKind(f);
    const t = byCell.get(key);
    if (!t) byCell.set(key, { sheet: f.location.sheet, cell: f.location.cell, kind, text: f.message });
    else {
      if (RANK[kind] > RANK[t.kind]) t.kind = kind;
      t.text += `\n${f.message}`;
    }
  }
  return [...byCell.values()];
}
