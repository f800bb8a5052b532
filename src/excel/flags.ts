/**
 * Flags in the cells: each finding's cell gets a fill (error red, warning amber, 尾差 light yellow) and our note
 * (ExcelApi 1.18) or comment (1.10), else the fill alone. Before the first flag we record the cell's own fill —
 * colour, and from ExcelApi 1.9 pattern / tintAndShade so No Fill and a white fill stay different — on a
 * very-hidden sheet of ours, so 清除标记 puts back exactly what the user had. Values are never written.
 *
 * Syncs: flagging after readGrid = one write sync with every flag (readGrid already read the fills, notes and
 * comments). Clearing = sheet list, state + protection, current fills/notes, write.
 */
import type { Report } from '../core/report';
import { ApiSupport, detectSupport, NOTE_MARK, sheetRef, STATE_SHEET } from './api';
import { fillAt, ReadResult, readGrid } from './read';
import { isDefaultSettings, parseState, settingsOf, stateChunks, targetsOf, FLAG_COLORS } from '../core/flags';
import type { AuditSettings, FillState, FlagRecord, FlagState } from '../core/flags';

export { DEFAULT_SETTINGS, FLAG_COLORS, flagKind, parseState, settingsOf, targetsOf } from '../core/flags';
export type { AuditSettings, FillState, FlagKind, FlagRecord, FlagState, Target } from '../core/flags';

export interface FlagOutcome {
  flagged: number;
  /** Sheets with findings that could not be flagged because they are protected. */
  protectedSheets: string[];
  /** How messages were attached: notes (1.18), comments (1.10) or not at all. */
  noteKind: 'note' | 'comment' | 'none';
  /** Flagged cells that already had the user's own note / comment: it stays, and the cell gets the fill only. */
  messagesKept: number;
  /**
   * The workbook structure is protected and our state sheet does not exist yet: without a place for the record of
   * the cells' own fills nothing is flagged (a flag 清除标记 could not undo is worse than none).
   */
  workbookProtected?: boolean;
  syncs: number;
}

export interface ClearOutcome {
  cleared: number;
  protectedSheets: string[];
  syncs: number;
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

/** Save the state on our very-hidden sheet. Under structure protection the sheet is emptied, never deleted or re-hidden. */
function writeState(context: Excel.RequestContext, state: FlagState, existed: boolean, structureLocked = false): void {
  const sheets = context.workbook.worksheets;
  if (state.cells.length === 0 && !state.settings) {
    if (existed && structureLocked) sheets.getItem(STATE_SHEET).getRange('A:A').clear();
    else if (existed) sheets.getItem(STATE_SHEET).delete();
    return;
  }
  const ws = existed ? sheets.getItem(STATE_SHEET) : sheets.add(STATE_SHEET);
  if (!existed) ws.visibility = 'VeryHidden' as Excel.SheetVisibility;
  const rows = stateChunks(state).map((c) => [c]);
  if (existed) ws.getRange('A:A').clear();
  // Stored as text, never as a number or formula.
  const target = ws.getRange(`A1:A${rows.length}`);
  target.numberFormat = rows.map(() => ['@']);
  target.values = rows;
}

/**
 * Flag the findings of `report`. `read` is the readGrid result the report was made from: it already holds each
 * cell's own fill, the notes / comments with their cells, the protection of each sheet and our previous state, so
 * flagging is ONE write sync. An extra read sync happens only for what the read could not know: a finding outside
 * every used range, a cell of mixed fills before ExcelApi 1.9, a hatched fill's pattern colour, or a `read` made
 * without `forFlags`. Re-validating first takes our previous flags away.
 *
 * The state is written first in the batch: if Excel refuses it (a protected workbook structure), nothing else of the
 * batch is applied, so no flag is ever left without the record that lets 清除标记 undo it.
 */
export async function flagReport(
  context: Excel.RequestContext,
  report: Pick<Report, 'findings'>,
  read: Pick<ReadResult, 'sheets' | 'protectedSheets' | 'stateText' | 'stateSheet' | 'workbookProtected' | 'fills' | 'notes' | 'comments'>,
  support: ApiSupport = detectSupport(),
  options: { settings?: AuditSettings } = {},
): Promise<FlagOutcome> {
  let syncs = 0;
  const stateExists = read.stateText !== null || !!read.stateSheet;
  if (read.workbookProtected && !stateExists) {
    const noteKind: FlagOutcome['noteKind'] = support.notes ? 'note' : support.comments ? 'comment' : 'none';
    return { flagged: 0, protectedSheets: [], noteKind, messagesKept: 0, workbookProtected: true, syncs };
  }
  const prev = parseState(read.stateText);
  const present = new Set(read.sheets.map((s) => s.name));
  const locked = new Set(read.protectedSheets);
  const writable = (sheet: string) => present.has(sheet) && !locked.has(sheet);
  const targets = targetsOf(report.findings);
  const noteKind: FlagOutcome['noteKind'] = support.notes ? 'note' : support.comments ? 'comment' : 'none';
  const prevByKey = new Map(prev.cells.map((r) => [key(r.sheet, r.cell), r]));
  const targetKeys = new Set(targets.map((t) => key(t.sheet, t.cell)));

  // What the read already knows; anything unknown is probed in one extra sync (rare, see above).
  const current = new Map<string, FillState>();
  const probes = new Map<string, { fill: Excel.RangeFill; full: boolean }>();
  const wants = new Map<string, { sheet: string; cell: string }>();
  for (const c of [...prev.cells, ...targets]) if (writable(c.sheet)) wants.set(key(c.sheet, c.cell), c);
  for (const [k, c] of wants) {
    const f = fillAt(read.fills, c.sheet, c.cell);
    if (f) current.set(k, f);
    // a target whose own fill is a hatch pattern: its pattern colour is needed to restore it exactly
    const hatched = !!f && support.fillPattern && !!f.pattern && f.pattern !== 'None' && f.pattern !== 'Solid';
    const snapshotNeeded = targetKeys.has(k) && !(prevByKey.has(k) && sameColor(f?.color, prevByKey.get(k)!.flag));
    if (!f || (hatched && snapshotNeeded)) {
      const fill = context.workbook.worksheets.getItem(c.sheet).getRange(c.cell).format.fill;
      fill.load(fillProps(support));
      probes.set(k, { fill, full: true });
    }
  }
  let notes = read.notes ?? null;
  let comments = read.comments ?? null;
  const noteProbes: { sheet: string; cell: string; note: Excel.Note }[] = [];
  if (noteKind === 'note' && !notes) {
    for (const c of wants.values()) {
      const note = context.workbook.notes.getItemOrNullObject(sheetRef(c.sheet, c.cell));
      note.load('content');
      noteProbes.push({ ...c, note });
    }
  }
  let commentList: Excel.CommentCollection | null = null;
  if (noteKind === 'comment' && !comments) {
    commentList = context.workbook.comments;
    commentList.load('items/content,items/id');
  }
  if (probes.size || noteProbes.length || commentList) {
    await context.sync();
    syncs++;
    for (const [k, p] of probes) current.set(k, snapshot(p.fill, support));
    if (noteProbes.length) notes = noteProbes.filter((p) => !p.note.isNullObject).map((p) => ({ sheet: p.sheet, cell: p.cell, content: p.note.content }));
    if (commentList) {
      // without their cells: ours are recognised by the mark; a user's comment is not known per cell, so messages
      // are added only to cells we flagged before (whose comment was ours)
      comments = commentList.items.map((c) => ({ sheet: '', cell: '', content: c.content, id: c.id }));
    }
  }

  const ours = (content: string | undefined) => typeof content === 'string' && content.startsWith(NOTE_MARK);
  const notesByCell = new Map((notes ?? []).map((n) => [key(n.sheet, n.cell), n]));
  const commentsByCell = new Map((comments ?? []).filter((c) => c.sheet).map((c) => [key(c.sheet, c.cell), c]));

  // The new state: records on sheets we cannot write now stay, so a later 清除标记 can still restore them.
  const next: FlagRecord[] = prev.cells.filter((r) => present.has(r.sheet) && locked.has(r.sheet));
  const blocked = new Set<string>();
  const rangeOf = (sheet: string, cell: string) => context.workbook.worksheets.getItem(sheet).getRange(cell);
  let messagesKept = 0;
  const writes: (() => void)[] = [];

  // 1. take our previous flags away (cells flagged again keep their recorded own fill and are re-coloured below)
  for (const r of prev.cells) {
    const k = key(r.sheet, r.cell);
    if (!writable(r.sheet) || targetKeys.has(k)) continue;
    const now = current.get(k);
    if (now && sameColor(now.color, r.flag)) writes.push(() => restore(rangeOf(r.sheet, r.cell).format.fill, r.fill));
  }
  for (const n of notesByCell.values()) {
    if (ours(n.content) && writable(n.sheet) && !targetKeys.has(key(n.sheet, n.cell))) {
      writes.push(() => context.workbook.notes.getItem(sheetRef(n.sheet, n.cell)).delete());
    }
  }
  for (const c of comments ?? []) {
    if (ours(c.content) && (!c.sheet || writable(c.sheet))) writes.push(() => context.workbook.comments.getItem(c.id!).delete());
  }

  // 2. the new flags
  for (const t of targets) {
    const k = key(t.sheet, t.cell);
    if (!writable(t.sheet)) {
      if (locked.has(t.sheet)) blocked.add(t.sheet);
      continue;
    }
    const now = current.get(k) ?? { color: null };
    const old = prevByKey.get(k);
    const ownFill = old && sameColor(now.color, old.flag) ? old.fill : now;
    const color = FLAG_COLORS[t.kind];
    const text = `${NOTE_MARK}\n${t.text}`;
    let note: FlagRecord['note'] = null;
    writes.push(() => {
      const fill = rangeOf(t.sheet, t.cell).format.fill;
      fill.clear();
      fill.color = color;
    });
    if (noteKind === 'note') {
      const existing = notesByCell.get(k);
      if (!existing) {
        writes.push(() => context.workbook.notes.add(sheetRef(t.sheet, t.cell), text));
        note = 'note';
      } else if (ours(existing.content)) {
        writes.push(() => {
          context.workbook.notes.getItem(sheetRef(t.sheet, t.cell)).content = text;
        });
        note = 'note';
      } else messagesKept++; // the user's own note stays; the fill flags the cell
    } else if (noteKind === 'comment') {
      const existing = commentsByCell.get(k);
      const known = !!read.comments;
      if (existing && !ours(existing.content))
        messagesKept++; // a cell holds one comment thread: the user's stays
      else if (known || old?.note === 'comment') {
        writes.push(() => context.workbook.comments.add(sheetRef(t.sheet, t.cell), text));
        note = 'comment';
      } else messagesKept++;
    }
    next.push({ sheet: t.sheet, cell: t.cell, fill: ownFill, flag: color, note });
  }

  // the user's settings go with the record: the ones given (the pane's choice), else the ones already saved
  const settings = options.settings ?? settingsOf(read.stateText);
  const state: FlagState = { v: 1, cells: next };
  // Sheets we added (the CLI's 审核结果 in an annotated copy) describe findings that are now replaced: they go.
  if (!read.workbookProtected) {
    for (const name of prev.addedSheets ?? []) if (present.has(name)) writes.push(() => context.workbook.worksheets.getItem(name).delete());
  }
  if (!isDefaultSettings(settings)) state.settings = { layout: settings!.layout, adminOnly: settings!.adminOnly };
  writeState(context, state, stateExists, !!read.workbookProtected);
  for (const w of writes) w();
  await context.sync();
  syncs++;
  return { flagged: next.length, protectedSheets: [...blocked], noteKind, messagesKept, syncs };
}

/**
 * 清除标记: restore every flagged cell's own fill, delete our notes / comments and the state sheet — a 校验 with no
 * findings: readGrid (2 syncs) + one write sync. Flags on sheets protected since stay on record for a later clear.
 * The user's settings (layout, 行政单位) are not flags: they stay, and the state sheet with them when any is set.
 */
export async function clearFlags(context: Excel.RequestContext, support: ApiSupport = detectSupport()): Promise<ClearOutcome> {
  const read = await readGrid(context, support);
  const prev = parseState(read.stateText);
  const present = new Set(read.sheets.map((s) => s.name));
  const locked = new Set(read.protectedSheets);
  const out = await flagReport(context, { findings: [] }, read, support);
  const blocked = [...new Set(prev.cells.filter((r) => locked.has(r.sheet)).map((r) => r.sheet))];
  return {
    cleared: prev.cells.filter((r) => present.has(r.sheet) && !locked.has(r.sheet)).length,
    protectedSheets: blocked,
    syncs: read.syncs + out.syncs,
  };
}
