/**
 * Reads the open workbook into the core's Grid: one sync for the sheet list, one sync for every sheet's used range
 * (values + number formats, and merged areas where ExcelApi 1.13 allows), whatever the number of sheets.
 *
 * Payload limits: Excel on the web caps a response at 5 MB and a range read at 5 M cells. A 部门预算公开 workbook
 * is a few thousand cells per sheet, so the reads are not split; a workbook that would pass the limit (over
 * ~200 000 used cells per sheet) would need the per-sheet read split by row blocks — not done, the sync would fail
 * with a clear "ResponsePayloadSizeLimitExceeded" that the caller reports.
 */
import type { Area, CellValue, Grid, GridSheet } from '../core/grid';
import { a1, parseA1 } from '../core/grid';
import { ApiSupport, detectSupport, localAddress, STATE_SHEET } from './api';

export interface SheetInfo {
  name: string;
  hidden: boolean;
}

export interface ReadResult {
  grid: Grid;
  sheets: SheetInfo[];
  /** Sheets whose protection is on (flags cannot be written there). */
  protectedSheets: string[];
  /** The raw flag state left by a previous 校验 (null when there is none). */
  stateText: string | null;
  syncs: number;
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

export async function readGrid(context: Excel.RequestContext, support: ApiSupport = detectSupport()): Promise<ReadResult> {
  let syncs = 0;
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/visibility');
  await context.sync();
  syncs++;

  const queued = sheets.items
    .filter((ws) => ws.name !== STATE_SHEET)
    .map((ws) => {
      const used = support.nullObjects ? ws.getUsedRangeOrNullObject(true) : ws.getUsedRange(true);
      used.load('address,values,numberFormat');
      const merged = support.mergedAreas ? used.getMergedAreasOrNullObject() : null;
      if (merged) merged.load('address');
      ws.protection.load('protected');
      return { ws, name: ws.name, hidden: ws.visibility !== 'Visible', used, merged };
    });
  // The flag state lives on a very-hidden sheet of ours; read it in the same sync so flagging needs no extra one.
  const stateWs = sheets.items.find((ws) => ws.name === STATE_SHEET);
  const stateRange = stateWs ? stateWs.getUsedRange(true) : null;
  if (stateRange) stateRange.load('values');
  await context.sync();
  syncs++;

  const gridSheets: GridSheet[] = queued.map(({ name, hidden, used, merged }) => {
    if (used.isNullObject) return { name, rows: [], hidden };
    const area = parseArea(used.address);
    const rows: CellValue[][] = [];
    const formulaErrors: Record<string, string> = {};
    const values = used.values as unknown[][];
    values.forEach((row, i) => {
      rows.push(
        row.map((v, j) => {
          const c = toCell(v);
          if (typeof c === 'string' && ERROR_TEXT.test(c)) {
            formulaErrors[a1(area.r1 + i, area.c1 + j)] = c;
          }
          return c;
        }),
      );
    });
    const merges: Area[] = [];
    if (merged && !merged.isNullObject && merged.address) {
      for (const part of merged.address.split(',')) merges.push(parseArea(part));
    }
    const sheet: GridSheet = {
      name,
      rows,
      origin: { row: area.r1, col: area.c1 },
      numFmts: used.numberFormat as string[][],
      merges,
      hidden,
    };
    if (Object.keys(formulaErrors).length) sheet.formulaErrors = formulaErrors;
    return sheet;
  });
  return {
    grid: { sheets: gridSheets },
    sheets: queued.map(({ name, hidden }) => ({ name, hidden })),
    protectedSheets: queued.filter((q) => q.ws.protection.protected).map((q) => q.name),
    stateText: stateRange ? joinState(stateRange.values as unknown[][]) : null,
    syncs,
  };
}

export function joinState(values: unknown[][]): string | null {
  const text = values.map((r) => (r[0] === null || r[0] === undefined ? '' : String(r[0]))).join('');
  return text.trim() === '' ? null : text;
}

