/**
 * Reads the open workbook into the core's Grid, and — in the same syncs — everything flagging needs to know, so that
 * flagging afterwards is one write sync:
 *
 *   sync 1  the sheet list (+ how many notes / comments there are, ExcelApi 1.18 / 1.10);
 *   sync 2  every sheet's used range: values, number formats, merged areas (1.13), protection, hidden rows and
 *           columns (ExcelApi 1.9 getRowProperties / getColumnProperties), the cells' own fills (ExcelApi 1.9
 *           getCellProperties: colour, pattern, tintAndShade — No Fill and white differ; before 1.9 only the range's
 *           colour when it is uniform), every note / comment with its cell, and our flag state.
 *
 * Two syncs whatever the number of sheets.
 *
 * Hidden rows and columns: the core never reads a hidden column (helper columns of lookups or check sums) and counts
 * a hidden row only when it carries a code or a name, so the read must say which are hidden. From ExcelApi 1.9 the
 * used range's getRowProperties({ rowIndex, rowHidden }) and getColumnProperties({ columnIndex, columnHidden }) give
 * one entry per row / column in sync 2. Before 1.9 (Office 2016 / 2019 volume licence) Excel only has the range's
 * rowHidden / columnHidden (ExcelApi 1.2), which is all-or-nothing: true when every row is hidden, false when none
 * is, null when some are. They are read in sync 2; false (the usual case) or true settles it. Only when a sheet's
 * used range is mixed (null) does one more sync ask each of its rows (or columns) — getRow(i).rowHidden — for every
 * such sheet at once: a pre-1.9 read of a workbook with hidden rows or columns takes 3 syncs, never a wrong guess.
 *
 * Payload limits: Excel on the web refuses a sync whose response passes 5 MB (ResponsePayloadSizeLimitExceeded) and
 * a range read of more than 5 M cells. A 部门预算公开 workbook is a few thousand cells per sheet (~100 bytes a cell
 * with its fill), far below both, so sync 2 is tried whole. Only when Excel refuses it for size do we split: one sync
 * for the used ranges' sizes, then row blocks of at most `maxCells` cells and `maxBytes` estimated bytes, as many
 * blocks per sync as fit. Excel on Windows / Mac has no such limit and never takes that path.
 */
import type { Area, CellValue, Grid, GridSheet } from '../core/grid';
import { a1, parseA1 } from '../core/grid';
import { ApiSupport, detectSupport, FillState, isPayloadLimitError, localAddress, STATE_SHEET } from './api';

export interface SheetInfo {
  name: string;
  hidden: boolean;
}

/** A note or comment and the cell it is attached to. */
export interface CellObject {
  sheet: string;
  cell: string;
  content: string;
  /** Comments only: the id to delete it by. */
  id?: string;
}

/** The fills of one block of cells as read: per cell (ExcelApi 1.9), or one colour for the whole block (older). */
export interface FillBlock {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
  cells?: FillState[][];
  /** Before 1.9: the block's colour when every cell has it; null when the block is mixed (unknown per cell). */
  uniform?: FillState | null;
}

export interface ReadResult {
  grid: Grid;
  sheets: SheetInfo[];
  /** Sheets whose protection is on (flags cannot be written there). */
  protectedSheets: string[];
  /** The raw flag state left by a previous 校验 (null when there is none). */
  stateText: string | null;
  /** Whether our state sheet exists (it may be empty). */
  stateSheet?: boolean;
  /** The workbook's structure is protected (ExcelApi 1.7): no sheet can be added, deleted or hidden. */
  workbookProtected?: boolean;
  /** The cells' own fills, by sheet (absent when read with `forFlags: false`). */
  fills?: Map<string, FillBlock[]>;
  /** Every note (ExcelApi 1.18) with its cell; null when notes are not supported or not read. */
  notes?: CellObject[] | null;
  /** Every comment (ExcelApi 1.10) with its cell; read only when notes are missing (comments are then our fallback). */
  comments?: CellObject[] | null;
  /** True when a sheet was too large for one read and was read in row blocks. */
  split?: boolean;
  syncs: number;
}

export interface ReadLimits {
  /** The most bytes one sync may bring back. Excel on the web: 5 MB; we keep a margin for the JSON envelope. */
  maxBytes: number;
  /** The most cells one range read may cover (Excel on the web: 5 M). */
  maxCells: number;
}

export const WEB_LIMITS: ReadLimits = { maxBytes: 4_500_000, maxCells: 5_000_000 };

export interface ReadOptions {
  limits?: ReadLimits;
  /** Also read fills, notes and comments (for flagging). Default true. */
  forFlags?: boolean;
}

function parseArea(addr: string): Area {
  const [a, b] = localAddress(addr).split(':');
  const p = parseA1(a);
  const q = b ? parseA1(b) : p;
  return { r1: p.row, c1: p.col, r2: q.row, c2: q.col };
}

function toCell(v: unknown): CellValue {
  if (v === '' || v === undefined || v === null) return null;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  return String(v);
}

const ERROR_TEXT = /^#(REF!|DIV\/0!|VALUE!|NAME\?|N\/A|NUM!|NULL!|SPILL!|CALC!)$/;

/** Estimated response bytes per cell: value + number format (+ the fill from getCellProperties). */
export function bytesPerCell(withFills: boolean): number {
  return 64 + (withFills ? 72 : 0);
}

export interface RowBlock {
  sheet: string;
  r1: number;
  r2: number;
  c1: number;
  c2: number;
}

/**
 * Row blocks for a used range too large for one read: each block at most `maxCells` cells and `maxBytes` estimated
 * bytes; then blocks grouped into syncs of at most `maxBytes` each.
 */
export function planRowBlocks(ranges: { sheet: string; area: Area }[], limits: ReadLimits, perCell: number): RowBlock[][] {
  const blocks: RowBlock[] = [];
  for (const { sheet, area } of ranges) {
    const cols = area.c2 - area.c1 + 1;
    const cellsPerBlock = Math.min(limits.maxCells, Math.floor(limits.maxBytes / perCell));
    const rows = Math.max(1, Math.floor(cellsPerBlock / cols));
    for (let r = area.r1; r <= area.r2; r += rows) {
      blocks.push({ sheet, r1: r, r2: Math.min(area.r2, r + rows - 1), c1: area.c1, c2: area.c2 });
    }
  }
  const syncs: RowBlock[][] = [];
  let current: RowBlock[] = [];
  let bytes = 0;
  for (const b of blocks) {
    const size = (b.r2 - b.r1 + 1) * (b.c2 - b.c1 + 1) * perCell;
    if (current.length && bytes + size > limits.maxBytes) {
      syncs.push(current);
      current = [];
      bytes = 0;
    }
    current.push(b);
    bytes += size;
  }
  if (current.length) syncs.push(current);
  return syncs;
}

const FILL_PROPS = { color: true, pattern: true, tintAndShade: true };

interface QueuedBlock {
  range: Excel.Range;
  cellProps: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null;
  fill: Excel.RangeFill | null;
  /** ExcelApi 1.9: which rows / columns are hidden, one entry each. Null before 1.9 (the range's rowHidden then). */
  rowProps: OfficeExtension.ClientResult<Excel.RowProperties[]> | null;
  colProps: OfficeExtension.ClientResult<Excel.ColumnProperties[]> | null;
}

/** Queue the read of one range: values, number formats, hidden rows / columns and (for flags) its fills. */
function queueBlock(range: Excel.Range, support: ApiSupport, forFlags: boolean, withAddress: boolean): QueuedBlock {
  const perLine = support.rowProperties ?? support.fillPattern;
  const props = ['values', 'numberFormat'];
  if (withAddress) props.unshift('address');
  // before 1.9: the range's all-or-nothing flags (ExcelApi 1.2); a mixed answer is resolved by probeHidden
  if (!perLine) props.push('rowHidden', 'columnHidden');
  range.load(props.join(','));
  const rowProps = perLine ? range.getRowProperties({ rowIndex: true, rowHidden: true }) : null;
  const colProps = perLine ? range.getColumnProperties({ columnIndex: true, columnHidden: true }) : null;
  let cellProps: QueuedBlock['cellProps'] = null;
  let fill: Excel.RangeFill | null = null;
  if (forFlags && support.fillPattern) cellProps = range.getCellProperties({ format: { fill: FILL_PROPS } });
  else if (forFlags) {
    fill = range.format.fill;
    fill.load('color');
  }
  return { range, cellProps, fill, rowProps, colProps };
}

/** Hidden rows / columns of one block as read; `unknown…` when Excel only said "some" (before 1.9). */
interface BlockHidden {
  rows: number[];
  cols: number[];
  unknownRows: boolean;
  unknownCols: boolean;
}

function hiddenOf(q: QueuedBlock, area: Area): BlockHidden {
  const out: BlockHidden = { rows: [], cols: [], unknownRows: false, unknownCols: false };
  const span = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
  if (q.rowProps) {
    q.rowProps.value.forEach((p, i) => {
      if (p.rowHidden) out.rows.push(p.rowIndex ?? area.r1 + i);
    });
  } else {
    const h = q.range.rowHidden as boolean | null;
    if (h === true) out.rows = span(area.r1, area.r2);
    else if (h === null) out.unknownRows = true;
  }
  if (q.colProps) {
    q.colProps.value.forEach((p, j) => {
      if (p.columnHidden) out.cols.push(p.columnIndex ?? area.c1 + j);
    });
  } else {
    const h = q.range.columnHidden as boolean | null;
    if (h === true) out.cols = span(area.c1, area.c2);
    else if (h === null) out.unknownCols = true;
  }
  return out;
}

function fillBlock(q: QueuedBlock, area: Area): FillBlock | null {
  if (q.cellProps) {
    const cells = q.cellProps.value.map((row) =>
      row.map((c) => {
        const f = c.format?.fill ?? {};
        return { color: f.color ?? null, pattern: f.pattern ?? null, tintAndShade: f.tintAndShade ?? null } as FillState;
      }),
    );
    return { ...area, cells };
  }
  if (q.fill) return { ...area, uniform: q.fill.color ? { color: q.fill.color } : null };
  return null;
}

/** The fill a cell had when it was read; undefined when it was not read (outside the used range, or mixed pre-1.9). */
export function fillAt(fills: Map<string, FillBlock[]> | undefined, sheet: string, cell: string): FillState | undefined {
  const blocks = fills?.get(sheet);
  if (!blocks) return undefined;
  const { row, col } = parseA1(cell);
  for (const b of blocks) {
    if (row < b.r1 || row > b.r2 || col < b.c1 || col > b.c2) continue;
    if (b.cells) return b.cells[row - b.r1]?.[col - b.c1];
    return b.uniform ?? undefined;
  }
  return undefined;
}

interface SheetQueue {
  ws: Excel.Worksheet;
  name: string;
  hidden: boolean;
  used: Excel.Range;
  merged: Excel.RangeAreas | null;
}

interface Extras {
  sheets: SheetQueue[];
  stateRange: Excel.Range | null;
  notes: { note: Excel.Note; at: Excel.Range }[] | null;
  comments: { comment: Excel.Comment; at: Excel.Range }[] | null;
}

/** Queue what every read needs besides the cells: used ranges, merges, protection, state, notes / comments. */
function queueExtras(
  context: Excel.RequestContext,
  items: Excel.Worksheet[],
  support: ApiSupport,
  forFlags: boolean,
  noteCount: OfficeExtension.ClientResult<number> | null,
  commentCount: OfficeExtension.ClientResult<number> | null,
): Extras {
  const sheets = items
    .filter((ws) => ws.name !== STATE_SHEET)
    .map((ws) => {
      // getUsedRange, not …OrNullObject: on a blank sheet it gives A1 (documented), so the methods queued on it below
      // (merged areas, getCellProperties) never run on a null object, which would fail the whole sync
      const used = ws.getUsedRange(true);
      const merged = support.mergedAreas ? used.getMergedAreasOrNullObject() : null;
      if (merged) merged.load('address');
      ws.protection.load('protected');
      return { ws, name: ws.name, hidden: ws.visibility !== 'Visible', used, merged };
    });
  // The flag state lives on a very-hidden sheet of ours; read it here so flagging needs no extra sync.
  const stateWs = items.find((ws) => ws.name === STATE_SHEET);
  const stateRange = stateWs ? stateWs.getUsedRange(true) : null;
  if (stateRange) stateRange.load('values');
  // ExcelApi 1.7 (the set that brings Range.hyperlink): structure protection decides whether our state sheet can be made
  if (forFlags && support.hyperlink) context.workbook.protection.load('protected');
  const located = <T extends Excel.Note | Excel.Comment>(n: number, at: (i: number) => T, props: string) =>
    Array.from({ length: n }, (_, i) => {
      const item = at(i);
      item.load(props);
      const where = item.getLocation();
      where.load('address');
      return { item, where };
    });
  const notes =
    forFlags && noteCount
      ? located(noteCount.value, (i) => context.workbook.notes.getItemAt(i), 'content').map(({ item, where }) => ({ note: item, at: where }))
      : null;
  const comments =
    forFlags && commentCount
      ? located(commentCount.value, (i) => context.workbook.comments.getItemAt(i), 'content,id').map(({ item, where }) => ({ comment: item, at: where }))
      : null;
  return { sheets, stateRange, notes, comments };
}

function cellOf(address: string): { sheet: string; cell: string } {
  const i = address.lastIndexOf('!');
  let sheet = address.slice(0, i);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return {
    sheet,
    cell: address
      .slice(i + 1)
      .replace(/\$/g, '')
      .split(':')[0],
  };
}

export async function readGrid(context: Excel.RequestContext, support: ApiSupport = detectSupport(), options: ReadOptions = {}): Promise<ReadResult> {
  const limits = options.limits ?? WEB_LIMITS;
  const forFlags = options.forFlags ?? true;
  let syncs = 0;
  const sheetList = context.workbook.worksheets;
  sheetList.load('items/name,items/visibility');
  const noteCount = forFlags && support.notes ? context.workbook.notes.getCount() : null;
  const commentCount = forFlags && !support.notes && support.comments ? context.workbook.comments.getCount() : null;
  await context.sync();
  syncs++;
  const items = sheetList.items;

  // sync 2: everything at once.
  let extras = queueExtras(context, items, support, forFlags, noteCount, commentCount);
  let whole: QueuedBlock[] | null = extras.sheets.map((s) => queueBlock(s.used, support, forFlags, true));
  let split = false;
  try {
    await context.sync();
    syncs++;
  } catch (e) {
    syncs++;
    if (!isPayloadLimitError(e)) throw e;
    split = true;
    whole = null;
  }

  // Per sheet: area of the used range and its blocks (one block = the used range itself, unless split).
  const perSheet = new Map<string, { area: Area | null; blocks: { area: Area; q: QueuedBlock }[] }>();
  if (whole) {
    extras.sheets.forEach((s, i) => {
      const area = parseArea(whole![i].range.address);
      perSheet.set(s.name, { area, blocks: area ? [{ area, q: whole![i] }] : [] });
    });
  } else {
    // Excel refused the whole read for its size: learn the used ranges' sizes, then read them in row blocks.
    extras = queueExtras(context, items, support, forFlags, noteCount, commentCount);
    for (const s of extras.sheets) s.used.load('address');
    await context.sync();
    syncs++;
    const ranges: { sheet: string; area: Area }[] = [];
    for (const s of extras.sheets) {
      const area = parseArea(s.used.address);
      perSheet.set(s.name, { area, blocks: [] });
      ranges.push({ sheet: s.name, area });
    }
    const byName = new Map(extras.sheets.map((s) => [s.name, s]));
    for (const group of planRowBlocks(ranges, limits, bytesPerCell(forFlags))) {
      for (const b of group) {
        const area = { r1: b.r1, c1: b.c1, r2: b.r2, c2: b.c2 };
        const range = byName.get(b.sheet)!.ws.getRange(`${a1(b.r1, b.c1)}:${a1(b.r2, b.c2)}`);
        perSheet.get(b.sheet)!.blocks.push({ area, q: queueBlock(range, support, forFlags, false) });
      }
      await context.sync();
      syncs++;
    }
  }

  // Hidden rows / columns; before ExcelApi 1.9 a block that is partly hidden is asked row by row in one more sync.
  const hiddenBy = new Map<string, { rows: Set<number>; cols: Set<number> }>();
  const probes: (() => void)[] = [];
  for (const s of extras.sheets) {
    const h = { rows: new Set<number>(), cols: new Set<number>() };
    hiddenBy.set(s.name, h);
    for (const { area: b, q } of perSheet.get(s.name)!.blocks) {
      const got = hiddenOf(q, b);
      got.rows.forEach((r) => h.rows.add(r));
      got.cols.forEach((c) => h.cols.add(c));
      if (got.unknownRows) {
        const rows = Array.from({ length: b.r2 - b.r1 + 1 }, (_, i) => q.range.getRow(i).load('rowHidden'));
        probes.push(() => rows.forEach((r, i) => r.rowHidden && h.rows.add(b.r1 + i)));
      }
      if (got.unknownCols) {
        const cols = Array.from({ length: b.c2 - b.c1 + 1 }, (_, j) => q.range.getColumn(j).load('columnHidden'));
        probes.push(() => cols.forEach((c, j) => c.columnHidden && h.cols.add(b.c1 + j)));
      }
    }
  }
  if (probes.length) {
    await context.sync();
    syncs++;
    for (const p of probes) p();
  }

  const fills = forFlags ? new Map<string, FillBlock[]>() : undefined;
  const gridSheets: GridSheet[] = extras.sheets.map(({ name, hidden, merged }) => {
    const { area, blocks } = perSheet.get(name)!;
    if (!area) return { name, rows: [], hidden };
    const rows: CellValue[][] = [];
    const numFmts: string[][] = [];
    const formulaErrors: Record<string, string> = {};
    const sheetFills: FillBlock[] = [];
    for (const { area: b, q } of blocks) {
      (q.range.values as unknown[][]).forEach((row, i) => {
        rows.push(
          row.map((v, j) => {
            const c = toCell(v);
            if (typeof c === 'string' && ERROR_TEXT.test(c)) formulaErrors[a1(b.r1 + i, b.c1 + j)] = c;
            return c;
          }),
        );
      });
      numFmts.push(...(q.range.numberFormat as string[][]));
      const f = fillBlock(q, b);
      if (f) sheetFills.push(f);
    }
    if (fills) fills.set(name, sheetFills);
    const merges: Area[] = [];
    if (merged && !merged.isNullObject && merged.address) {
      for (const part of merged.address.split(',')) merges.push(parseArea(part));
    }
    const sheet: GridSheet = { name, rows, origin: { row: area.r1, col: area.c1 }, numFmts, merges, hidden };
    if (Object.keys(formulaErrors).length) sheet.formulaErrors = formulaErrors;
    const h = hiddenBy.get(name)!;
    if (h.rows.size) sheet.hiddenRows = [...h.rows].sort((a, b) => a - b);
    if (h.cols.size) sheet.hiddenCols = [...h.cols].sort((a, b) => a - b);
    return sheet;
  });

  const notes = extras.notes ? extras.notes.map((n) => ({ ...cellOf(n.at.address), content: String(n.note.content ?? '') })) : null;
  const comments = extras.comments
    ? extras.comments.map((c) => ({ ...cellOf(c.at.address), content: String(c.comment.content ?? ''), id: c.comment.id }))
    : null;
  return {
    grid: { sheets: gridSheets },
    sheets: extras.sheets.map(({ name, hidden }) => ({ name, hidden })),
    protectedSheets: extras.sheets.filter((q) => q.ws.protection.protected).map((q) => q.name),
    stateText: extras.stateRange ? joinState(extras.stateRange.values as unknown[][]) : null,
    stateSheet: !!extras.stateRange,
    workbookProtected: forFlags && support.hyperlink ? context.workbook.protection.protected : undefined,
    fills,
    notes: forFlags ? notes : undefined,
    comments: forFlags ? comments : undefined,
    split,
    syncs,
  };
}

export function joinState(values: unknown[][]): string | null {
  const text = values.map((r) => (r[0] === null || r[0] === undefined ? '' : String(r[0]))).join('');
  return text.trim() === '' ? null : text;
}
