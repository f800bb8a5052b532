/**
 * The state of an in-memory workbook: cells (value, number format, fill), merges, sheets with visibility and
 * protection, notes, comments, the selection. The client objects in host.ts read and write it only inside sync().
 */
import type { CellValue, Grid } from '../../src/core/grid';
import { a1, parseA1 } from '../../src/core/grid';

export interface MemFill {
  color: string;
  pattern: string;
  tintAndShade: number;
  patternColor: string;
  patternTintAndShade: number;
}

/** What Excel reports for a cell with No Fill: white colour but pattern None. A white fill has pattern Solid. */
export const NO_FILL: MemFill = { color: '#FFFFFF', pattern: 'None', tintAndShade: 0, patternColor: '#000000', patternTintAndShade: 0 };

export interface MemCell {
  value: CellValue;
  numFmt: string;
  fill: MemFill;
  formula?: string;
  hyperlink?: string;
}

export interface Rect {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export class MemSheet {
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  protected = false;
  readonly cells = new Map<string, MemCell>();
  merges: Rect[] = [];
  bold = new Set<string>();
  /** Cells with format.wrapText on (A1 addresses). */
  wrap = new Set<string>();
  columnWidths = new Map<number, number>();
  /** 0-based sheet rows / columns that are hidden (row height / column width 0). */
  hiddenRows = new Set<number>();
  hiddenCols = new Set<number>();

  constructor(public name: string) {}

  private k(r: number, c: number): string {
    return `${r},${c}`;
  }

  cell(r: number, c: number): MemCell {
    let x = this.cells.get(this.k(r, c));
    if (!x) {
      x = { value: null, numFmt: 'General', fill: { ...NO_FILL } };
      this.cells.set(this.k(r, c), x);
    }
    return x;
  }

  peek(r: number, c: number): MemCell | undefined {
    return this.cells.get(this.k(r, c));
  }

  /** Bounding box of cells with a value (valuesOnly) or with any content/format; null when the sheet is blank. */
  usedRect(valuesOnly: boolean): Rect | null {
    let r1 = Infinity;
    let c1 = Infinity;
    let r2 = -1;
    let c2 = -1;
    for (const [k, cell] of this.cells) {
      const used = cell.value !== null || (!valuesOnly && (cell.fill.pattern !== 'None' || cell.numFmt !== 'General'));
      if (!used) continue;
      const [r, c] = k.split(',').map(Number);
      r1 = Math.min(r1, r);
      c1 = Math.min(c1, c);
      r2 = Math.max(r2, r);
      c2 = Math.max(c2, c);
    }
    return r2 < 0 ? null : { r1, c1, r2, c2 };
  }
}

export interface MemComment {
  id: string;
  sheet: string;
  cell: string;
  content: string;
}

export class MemWorkbook {
  sheets: MemSheet[] = [];
  /** key: `${sheet}!${cell}` */
  notes = new Map<string, string>();
  comments: MemComment[] = [];
  activeSheet = '';
  /** Workbook structure protection: sheets cannot be added, deleted, hidden or shown. */
  structureProtected = false;
  selection: { sheet: string; address: string } | null = null;
  private nextComment = 1;

  sheet(name: string): MemSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  addSheet(name: string): MemSheet {
    if (this.sheet(name)) throw hostError('ItemAlreadyExists', `A sheet named ${name} already exists.`);
    const s = new MemSheet(name);
    this.sheets.push(s);
    if (!this.activeSheet) this.activeSheet = name;
    return s;
  }

  newCommentId(): string {
    return `c${this.nextComment++}`;
  }

  static fromGrid(grid: Grid): MemWorkbook {
    const wb = new MemWorkbook();
    for (const g of grid.sheets) {
      const s = wb.addSheet(g.name);
      const or = g.origin?.row ?? 0;
      const oc = g.origin?.col ?? 0;
      g.rows.forEach((row, i) =>
        row.forEach((v, j) => {
          const fmt = g.numFmts?.[i]?.[j];
          if (v === null && !fmt) return;
          const cell = s.cell(or + i, oc + j);
          cell.value = v;
          if (fmt) cell.numFmt = fmt;
        }),
      );
      s.merges = (g.merges ?? []).map((m) => ({ ...m }));
      if (g.hidden) s.visibility = 'Hidden';
      for (const r of g.hiddenRows ?? []) s.hiddenRows.add(r);
      for (const c of g.hiddenCols ?? []) s.hiddenCols.add(c);
    }
    return wb;
  }

  /** Every cell's value, number format and fill, for before/after comparisons. */
  snapshot(): Record<string, Record<string, { value: CellValue; numFmt: string; fill: MemFill }>> {
    const out: Record<string, Record<string, { value: CellValue; numFmt: string; fill: MemFill }>> = {};
    for (const s of this.sheets) {
      const cells: Record<string, { value: CellValue; numFmt: string; fill: MemFill }> = {};
      for (const [k, c] of s.cells) {
        const [r, col] = k.split(',').map(Number);
        if (c.value === null && c.numFmt === 'General' && c.fill.pattern === 'None') continue;
        cells[a1(r, col)] = { value: c.value, numFmt: c.numFmt, fill: { ...c.fill } };
      }
      out[s.name] = cells;
    }
    return out;
  }
}

export function hostError(code: string, message: string): Error & { code: string } {
  const e = new Error(message) as Error & { code: string; name: string };
  e.name = 'RichApi.Error';
  e.code = code;
  return e;
}

/** "'附表1'!C5" / "附表1!C5:D6" / "C5" → sheet (or undefined) and rect. */
export function parseRef(ref: string): { sheet?: string; rect: Rect } {
  let sheet: string | undefined;
  let addr = ref;
  const bang = ref.lastIndexOf('!');
  if (bang >= 0) {
    sheet = ref.slice(0, bang);
    if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    addr = ref.slice(bang + 1);
  }
  return { sheet, rect: parseRect(addr) };
}

export function parseRect(addr: string): Rect {
  const [a, b] = addr.replace(/\$/g, '').split(':');
  const colOnly = /^[A-Z]+$/i;
  if (colOnly.test(a)) {
    const c1 = parseA1(`${a}1`).col;
    const c2 = parseA1(`${b ?? a}1`).col;
    return { r1: 0, c1, r2: 1048575, c2 };
  }
  const p = parseA1(a);
  const q = b ? parseA1(b) : p;
  return { r1: Math.min(p.row, q.row), c1: Math.min(p.col, q.col), r2: Math.max(p.row, q.row), c2: Math.max(p.col, q.col) };
}

export function rectAddress(r: Rect): string {
  const a = a1(r.r1, r.c1);
  return r.r1 === r.r2 && r.c1 === r.c2 ? a : `${a}:${a1(r.r2, r.c2)}`;
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
