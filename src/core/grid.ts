/**
 * The host-neutral view of a workbook: sheet names and 2-D cell values exactly as a host gives them.
 * Excel (Office.js) and exceljs both fill this; nothing in src/core knows which one did.
 */

/** A cell's value: a number, a string, a boolean, or null for a blank cell. Formula cells hold their cached result. */
export type CellValue = number | string | boolean | null;

/** An inclusive rectangle of 0-based row/column indexes, relative to the sheet (not to `origin`). */
export interface Area {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export interface GridSheet {
  name: string;
  /** Values of the used range, row by row. `rows[i][j]` is the cell at (origin.row + i, origin.col + j). */
  rows: CellValue[][];
  /** Where `rows[0][0]` sits on the sheet (0-based). Defaults to A1. */
  origin?: { row: number; col: number };
  /** Number formats aligned with `rows` (optional: used to know how many decimals a figure shows). */
  numFmts?: (string | null | undefined)[][];
  /** Merged areas, in sheet coordinates (0-based). Only the top-left cell of a merge carries the value. */
  merges?: Area[];
  /** Cells whose formula evaluated to an error (#REF!, #DIV/0!, …), keyed by A1 address, with the error text. */
  formulaErrors?: Record<string, string>;
  /** 0-based sheet rows / columns that are hidden. */
  hiddenRows?: number[];
  hiddenCols?: number[];
  /** The sheet itself is hidden. */
  hidden?: boolean;
}

export interface Grid {
  sheets: GridSheet[];
}

/** A reference to one cell, in A1 notation. */
export interface CellRef {
  sheet: string;
  cell: string;
}

/** 0-based column index → letters (0 → A, 25 → Z, 26 → AA). */
export function columnLetters(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based row/column → "C17". */
export function a1(row: number, col: number): string {
  return columnLetters(col) + String(row + 1);
}

/** "C17" → { row: 16, col: 2 } (0-based). */
export function parseA1(addr: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(addr.trim());
  if (!m) throw new Error(`not an A1 address: ${addr}`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** "B3:D9" (or "C5", with or without $) → its 0-based area, corners in order. Throws on anything else. */
export function parseArea(range: string): Area {
  const [a, b] = range.split(':');
  const p = parseA1(a);
  const q = b === undefined ? p : parseA1(b);
  return { r1: Math.min(p.row, q.row), c1: Math.min(p.col, q.col), r2: Math.max(p.row, q.row), c2: Math.max(p.col, q.col) };
}

/** Random access to a sheet's cells in sheet coordinates, with merged areas resolved to their top-left value. */
export class SheetView {
  readonly name: string;
  readonly rowCount: number;
  readonly colCount: number;
  private readonly oRow: number;
  private readonly oCol: number;
  private readonly mergeMaster = new Map<number, { row: number; col: number }>();
  private readonly hiddenColSet: Set<number>;
  private readonly hiddenRowSet: Set<number>;
  private readonly hasFormulaErrors: boolean;

  constructor(readonly sheet: GridSheet) {
    this.name = sheet.name;
    this.oRow = sheet.origin?.row ?? 0;
    this.oCol = sheet.origin?.col ?? 0;
    this.rowCount = this.oRow + sheet.rows.length;
    let cols = 0;
    for (const r of sheet.rows) if (r.length > cols) cols = r.length;
    this.colCount = this.oCol + cols;
    for (const m of sheet.merges ?? []) {
      for (let r = m.r1; r <= m.r2; r++) {
        for (let c = m.c1; c <= m.c2; c++) {
          if (r !== m.r1 || c !== m.c1) this.mergeMaster.set(this.key(r, c), { row: m.r1, col: m.c1 });
        }
      }
    }
    this.hiddenColSet = new Set(sheet.hiddenCols ?? []);
    this.hiddenRowSet = new Set(sheet.hiddenRows ?? []);
    this.hasFormulaErrors = !!sheet.formulaErrors && Object.keys(sheet.formulaErrors).length > 0;
  }

  private key(r: number, c: number): number {
    return r * 16384 + c;
  }

  /** The raw value of a cell (null when blank or outside the used range). */
  value(row: number, col: number): CellValue {
    const r = this.sheet.rows[row - this.oRow];
    if (!r) return null;
    const v = r[col - this.oCol];
    return v === undefined ? null : v;
  }

  /** The value, or for a cell covered by a merge, the value of the merge's top-left cell. */
  merged(row: number, col: number): CellValue {
    const m = this.mergeMaster.get(this.key(row, col));
    return m ? this.value(m.row, m.col) : this.value(row, col);
  }

  /** True when the cell is covered by a merge but is not its top-left cell. */
  isMergeTail(row: number, col: number): boolean {
    return this.mergeMaster.has(this.key(row, col));
  }

  numFmt(row: number, col: number): string | undefined {
    const f = this.sheet.numFmts?.[row - this.oRow]?.[col - this.oCol];
    return f ?? undefined;
  }

  /** Trimmed text of a cell ('' for blank); numbers as JavaScript prints them. */
  text(row: number, col: number): string {
    const v = this.value(row, col);
    if (v === null) return '';
    return String(v).trim();
  }

  isHiddenCol(col: number): boolean {
    return this.hiddenColSet.has(col);
  }

  isHiddenRow(row: number): boolean {
    return this.hiddenRowSet.has(row);
  }

  formulaError(row: number, col: number): string | undefined {
    if (!this.hasFormulaErrors) return undefined;
    return this.sheet.formulaErrors?.[a1(row, col)];
  }

  get firstRow(): number {
    return this.oRow;
  }

  get firstCol(): number {
    return this.oCol;
  }
}
