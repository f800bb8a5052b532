/**
 * Flags in the cells: each finding's cell gets a fill (error red, warning amber, 尾差 light yellow) and our note
 * (ExcelApi 1.18) or comment (1.10), else the fill alone. Before the first flag we record the cell's own fill —
 * colour, and from ExcelApi 1.9 pattern / tintAndShade so No Fill and a white fill stay different — on a
 * very-hidden sheet of ours, so 清除标记 puts back exactly what the user had. Values are never written.
 *
 * Syncs: flagging after readGrid = one read (the current fill and note of each cell to flag or unflag) + one write
 * with every flag. Clearing = sheet list, state + protection, current fills/notes, write.
 */
import type { Finding, Report, Severity } from '../core/report';
import { ApiSupport, detectSupport, NOTE_MARK, sheetRef, STATE_SHEET } from './api';
import { joinState, ReadResult } from './read';

export const FLAG_COLORS = {
  error: '#F4A6A6',
  warning: '#FFC966',
  rounding: '#FFF2A8',
  info: '#C9DFF5',
} as const;
export type FlagKind = keyof typeof FLAG_COLORS;

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

export interface FlagState {
  v: 1;
  cells: FlagRecord[];
}

export interface FlagOutcome {
  flagged: number;
  /** Sheets with findings that could not be flagged because they are protected. */
  protectedSheets: string[];
  /** How messages were attached: notes (1.18), comments (1.10) or not at all. */
  noteKind: 'note' | 'comment' | 'none';
  syncs: number;
}

export interface ClearOutcome {
  cleared: number;
  protectedSheets: string[];
  syncs: number;
}

const CHUNK = 30000;

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

const key = (sheet: string, cell: string) => `${sheet}\u0000${cell}`;

function sameColor(a: string | null | undefined, b: string): boolean {
  return (a ?? '').toUpperCase() === b.toUpperCase();
}

function fillProps(support: ApiSupport): string {
  return support.fillPattern ? 'color,pattern,tintAndShade,patternColor,patternTintAndShade' : 'color';
}

function snapshot(fill: Excel.RangeFill, support: ApiSupport): FillState {
  if (!support.fillPattern) return { color: fill.color };
  return {
    color: fill.color,
    pattern: fill.pattern,
    tintAndShade: fill.tintAndShade,
    patternColor: fill.patternColor,
    patternTintAndShade: fill.patternTintAndShade,
  };
}

/** Put a recorded fill back. Without pattern (ExcelApi < 1.9), white is taken as No Fill — the common case. */
function restore(fill: Excel.RangeFill, s: FillState): void {
  const noFill = s.pattern !== undefined ? s.pattern === 'None' || s.pattern === null : !s.color || sameColor(s.color, '#FFFFFF');
  fill.clear();
  if (noFill) return;
  if (s.color) fill.color = s.color;
  if (s.pattern !== undefined && s.pattern !== null) fill.pattern = s.pattern as Excel.FillPattern;
  if (s.tintAndShade !== undefined && s.tintAndShade !== null) fill.tintAndShade = s.tintAndShade;
  if (s.patternColor && s.pattern && s.pattern !== 'Solid') fill.patternColor = s.patternColor;
  if (s.patternTintAndShade !== undefined && s.patternTintAndShade !== null && s.pattern && s.pattern !== 'Solid') {
    fill.patternTintAndShade = s.patternTintAndShade;
  }
}

interface Probe {
  fill: Excel.RangeFill;
  note: Excel.Note | null;
}

function probe(context: Excel.RequestContext, sheet: string, cell: string, support: ApiSupport): Probe {
  const range = context.workbook.worksheets.getItem(sheet).getRange(cell);
  range.format.fill.load(fillProps(support));
  let note: Excel.Note | null = null;
  if (support.notes) {
    note = context.workbook.notes.getItemOrNullObject(sheetRef(sheet, cell));
    note.load('content');
  }
  return { fill: range.format.fill, note };
}

function isOurNote(n: Excel.Note | null): boolean {
  return !!n && !n.isNullObject && typeof n.content === 'string' && n.content.startsWith(NOTE_MARK);
}

function writeState(context: Excel.RequestContext, state: FlagState, existed: boolean): void {
  const sheets = context.workbook.worksheets;
  if (state.cells.length === 0) {
    if (existed) sheets.getItem(STATE_SHEET).delete();
    return;
  }
  const ws = existed ? sheets.getItem(STATE_SHEET) : sheets.add(STATE_SHEET);
  ws.visibility = 'VeryHidden' as Excel.SheetVisibility;
  const text = JSON.stringify(state);
  const rows: string[][] = [];
  for (let i = 0; i < text.length; i += CHUNK) rows.push([text.slice(i, i + CHUNK)]);
  if (existed) ws.getRange('A:A').clear();
  // Stored as text, never as a number or formula.
  const target = ws.getRange(`A1:A${rows.length}`);
  target.numberFormat = rows.map(() => ['@']);
  target.values = rows;
}

/**
 * Flag the findings of `report`. `read` is the readGrid result the report was made from (its protection list and
 * previous state spare a sync). Re-validating first takes our previous flags away.
 */
export async function flagReport(
  context: Excel.RequestContext,
  report: Pick<Report, 'findings'>,
  read: Pick<ReadResult, 'sheets' | 'protectedSheets' | 'stateText'>,
  support: ApiSupport = detectSupport(),
): Promise<FlagOutcome> {
  let syncs = 0;
  const prev = parseState(read.stateText);
  const present = new Set(read.sheets.map((s) => s.name));
  const locked = new Set(read.protectedSheets);
  const targets = targetsOf(report.findings);
  const noteKind: FlagOutcome['noteKind'] = support.notes ? 'note' : support.comments ? 'comment' : 'none';

  // 1. one read: the current fill (and note) of every cell we will touch.
  const probes = new Map<string, Probe>();
  for (const c of [...prev.cells, ...targets]) {
    if (!present.has(c.sheet) || locked.has(c.sheet)) continue;
    const k = key(c.sheet, c.cell);
    if (!probes.has(k)) probes.set(k, probe(context, c.sheet, c.cell, support));
  }
  let comments: Excel.CommentCollection | null = null;
  if (noteKind === 'comment') {
    comments = context.workbook.comments;
    comments.load('items/content');
  }
  await context.sync();
  syncs++;

  // 2. one write: take old flags away, put new ones, save the state.
  const next: FlagRecord[] = [];
  const prevByKey = new Map(prev.cells.map((r) => [key(r.sheet, r.cell), r]));
  const targetKeys = new Set(targets.map((t) => key(t.sheet, t.cell)));
  for (const r of prev.cells) {
    const k = key(r.sheet, r.cell);
    const p = probes.get(k);
    if (!p) {
      // sheet gone (nothing to restore) or protected (keep the record so a later clear can restore it)
      if (present.has(r.sheet)) next.push(r);
      continue;
    }
    if (r.note === 'note' && isOurNote(p.note)) p.note!.delete();
    if (targetKeys.has(k)) continue; // re-flagged below, keeping its original fill
    if (sameColor(p.fill.color, r.flag)) restore(p.fill, r.fill);
  }
  if (comments) for (const c of comments.items) if (c.content.startsWith(NOTE_MARK)) c.delete();

  const blocked = new Set<string>();
  for (const t of targets) {
    const k = key(t.sheet, t.cell);
    const p = probes.get(k);
    if (!p) {
      if (locked.has(t.sheet)) blocked.add(t.sheet);
      continue;
    }
    const old = prevByKey.get(k);
    const ownFill = old && sameColor(p.fill.color, old.flag) ? old.fill : snapshot(p.fill, support);
    const color = FLAG_COLORS[t.kind];
    p.fill.clear();
    p.fill.color = color;
    const text = `${NOTE_MARK}\n${t.text}`;
    let note: FlagRecord['note'] = null;
    if (noteKind === 'note') {
      // A note the user wrote stays; ours (just deleted above) is replaced.
      const userNote = p.note && !p.note.isNullObject && !isOurNote(p.note);
      if (!userNote) {
        context.workbook.notes.add(sheetRef(t.sheet, t.cell), text);
        note = 'note';
      }
    } else if (noteKind === 'comment') {
      context.workbook.comments.add(sheetRef(t.sheet, t.cell), text);
      note = 'comment';
    }
    next.push({ sheet: t.sheet, cell: t.cell, fill: ownFill, flag: color, note });
  }
  writeState(context, { v: 1, cells: next }, read.stateText !== null || present.has(STATE_SHEET));
  await context.sync();
  syncs++;
  return { flagged: next.length, protectedSheets: [...blocked], noteKind, syncs };
}

/** 清除标记: restore every flagged cell's own fill, delete our notes/comments and the state sheet. */
export async function clearFlags(context: Excel.RequestContext, support: ApiSupport = detectSupport()): Promise<ClearOutcome> {
  let syncs = 0;
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  syncs++;
  const stateWs = sheets.items.find((ws) => ws.name === STATE_SHEET);
  if (!stateWs) return { cleared: 0, protectedSheets: [], syncs };
  const stateRange = stateWs.getUsedRange(true);
  stateRange.load('values');
  for (const ws of sheets.items) ws.protection.load('protected');
  await context.sync();
  syncs++;
  const state = parseState(joinState(stateRange.values as unknown[][]));
  const present = new Set(sheets.items.map((ws) => ws.name));
  const locked = new Set(sheets.items.filter((ws) => ws.protection.protected).map((ws) => ws.name));

  const probes = new Map<string, Probe>();
  for (const r of state.cells) {
    if (!present.has(r.sheet) || locked.has(r.sheet)) continue;
    probes.set(key(r.sheet, r.cell), probe(context, r.sheet, r.cell, support));
  }
  let comments: Excel.CommentCollection | null = null;
  if (support.comments && !support.notes) {
    comments = context.workbook.comments;
    comments.load('items/content');
  }
  await context.sync();
  syncs++;

  const kept: FlagRecord[] = [];
  const blocked = new Set<string>();
  let cleared = 0;
  for (const r of state.cells) {
    const p = probes.get(key(r.sheet, r.cell));
    if (!p) {
      if (locked.has(r.sheet)) {
        kept.push(r);
        blocked.add(r.sheet);
      }
      continue;
    }
    if (sameColor(p.fill.color, r.flag)) restore(p.fill, r.fill);
    if (r.note === 'note' && isOurNote(p.note)) p.note!.delete();
    cleared++;
  }
  if (comments) for (const c of comments.items) if (c.content.startsWith(NOTE_MARK)) c.delete();
  writeState(context, { v: 1, cells: kept }, true);
  await context.sync();
  syncs++;
  return { cleared, protectedSheets: [...blocked], syncs };
}
