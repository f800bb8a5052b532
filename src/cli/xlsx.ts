/**
 * Reads an .xlsx file into the core's Grid with exceljs: values as Excel shows them (formula cells by their cached
 * result), number formats, merged areas, hidden rows/columns. Bad input becomes a ReadError with a clear message,
 * never a stack trace; the file is only ever read.
 *
 * Before exceljs sees the file, the zip is measured (src/cli/zip.ts): its directory, every part inflated under a byte
 * budget, each sheet's XML scanned for the cells, rows, merges and columns it claims. Work follows the cells that exist,
 * not the rectangle a file claims: READ_LIMITS bound what one workbook may cost, and a file past a limit is refused
 * with a line naming it; claims exceljs would expand cell by cell (a merge or a validation over the whole sheet,
 * <col max="100000000">, rows past Excel's 1,048,576) are clipped to the cells that exist before it parses them.
 */
import { promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import type { Area, CellValue, Grid, GridSheet } from '../core/grid';
import { a1, columnLetters, parseA1 } from '../core/grid';
import { buildZip, crc32, inflateEntry, rawData, readCentralDirectory, TooManyEntries, ZipBudgetError, type ZipEntry } from './zip';

export class ReadError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${zh} / ${en}`);
  }
}

/** Something the reader left out of a readable workbook, for the user to know (printed beside the report). */
export interface ReadNote {
  zh: string;
  en: string;
}

/** What one workbook may cost. Past a limit the file is refused with the limit named (cells far out: left out, noted). */
export const READ_LIMITS = {
  /** Parts (files) in the zip. */
  zipParts: 10_000,
  /** Bytes of all parts once inflated, as the directory claims them and as actually inflated. */
  inflatedBytes: 100 * 1024 * 1024,
  /** Inflated : compressed size of one part larger than 1 MB (deflate cannot pass ≈ 1032:1; real sheets stay near 10:1). */
  ratio: 500,
  /** Worksheets in the workbook. */
  sheets: 500,
  /** Non-empty cells in the workbook (exceljs keeps an object for each: ≈ 0.5 KB and 10 µs apiece). */
  cells: 300_000,
  /** Merged areas on one sheet (exceljs checks each against all others of the sheet: the cost grows as its square). */
  merges: 2_000,
  /** Merged areas in the workbook. */
  mergesTotal: 10_000,
  /** Rows × columns a sheet is read as. Past it, cells more than 1,000 rows or 100 columns from the rest are left out. */
  sheetArea: 2_000_000,
} as const;

export type ReadLimits = { -readonly [K in keyof typeof READ_LIMITS]: number };

export interface ReadOptions {
  limits?: Partial<ReadLimits>;
  /** Filled with what was left out (cells far outside the tables or outside Excel's grid). */
  notes?: ReadNote[];
  /**
   * Set to true when the file had to be rewritten before exceljs parsed it (a claim clipped: a merge to XFD1048576,
   * a validation over a whole sheet, 100,000 formatting-only cells): a copy made from the file's own bytes would hand
   * exceljs what the reading kept from it (src/cli/copy.ts).
   */
  report?: { rewritten: boolean };
}

/** Excel's grid: 1,048,576 rows × 16,384 columns (XFD). Nothing a spreadsheet program writes lies outside it. */
const EXCEL_ROWS = 1_048_576;
const EXCEL_COLS = 16_384;
/** Cells this far from the rest (rows / columns of nothing) are "far" when a sheet's extent passes sheetArea. */
const ROW_GAP = 1000;
const COL_GAP = 100;
/** Merges are clipped to the cells read plus this margin (a title merged past the last figure keeps its width). */
const MERGE_MARGIN_ROWS = 100;
const MERGE_MARGIN_COLS = 50;
/** Above this many empty cells or empty rows, a sheet's formatting-only cells are left out before exceljs parses it. */
const STRIP_EMPTY = 100_000;
/** Cells covered by data validations / defined names beyond which exceljs would list them one by one (never read). */
const EXPANDED_AREA = 1_000_000;

const fmt = (n: number) => n.toLocaleString('en-US');
const mb = (n: number) => (n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0);

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export async function readFileBytes(file: string): Promise<Buffer> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch {
    throw new ReadError('文件不存在', 'file not found');
  }
  if (stat.isDirectory()) throw new ReadError('这是一个文件夹，不是 .xlsx 文件', 'this is a directory, not an .xlsx file');
  if (stat.size === 0) throw new ReadError('文件为空（0 字节）', 'the file is empty (0 bytes)');
  try {
    return await fs.readFile(file);
  } catch (e) {
    throw new ReadError(
      `无法读取文件（${(e as NodeJS.ErrnoException).code ?? '读取失败'}）`,
      `cannot read the file (${(e as NodeJS.ErrnoException).code ?? 'read error'})`,
    );
  }
}

/** Tells what a non-xlsx file is, so the message can say what to do. */
function identify(buf: Buffer): void {
  if (buf.subarray(0, 8).equals(CFB)) {
    const encrypted = buf.includes(Buffer.from('EncryptionInfo', 'utf16le'));
    if (encrypted)
      throw new ReadError(
        '文件设有打开密码（已加密），无法读取：请在 Excel 中取消密码后另存为 .xlsx',
        'the file is password-protected (encrypted): remove the password in Excel and save as .xlsx',
      );
    throw new ReadError(
      '这是旧版 Excel 97-2003（.xls）文件：请在 Excel 中另存为 .xlsx 后再检查',
      'this is an old Excel 97-2003 (.xls) file: save it as .xlsx in Excel first',
    );
  }
  if (!buf.subarray(0, 4).equals(ZIP)) {
    throw new ReadError('不是 .xlsx 文件（文件内容不是 Excel 工作簿）', 'not an .xlsx file (the content is not an Excel workbook)');
  }
}

const damaged = () => new ReadError('文件已损坏或不是有效的 .xlsx 工作簿，无法打开', 'the file is damaged or not a valid .xlsx workbook');

// ---------------------------------------------------------------------------------------------------------------
// Extent: which cells of a sheet are read

/** 1-based column number of letters ("XFD" → 16384), capped so a hostile run of letters stays a number. */
function colNumber(letters: string): number {
  let col = 0;
  for (let i = 0; i < letters.length && col < 1e9; i++) col = col * 26 + ((letters.charCodeAt(i) & 0xdf) - 64);
  return col;
}

/** The last index kept when cells after a gap of more than `gap` empty lines are left out. */
function cutAtGap(indexes: ArrayLike<number>, gap: number): number {
  const sorted = Float64Array.from(indexes).sort();
  let last = sorted.length ? sorted[0] : -1;
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i] - last > gap + 1) break;
    last = sorted[i];
  }
  return last;
}

interface Extent {
  /** Last row / column read (0-based, inclusive); -1 for none. */
  r2: number;
  c2: number;
  /** Cells left out as far from the rest, and the first of them. */
  far: number;
  farAt?: string;
  /** The sheet is past sheetArea even without its far cells. */
  tooLarge: boolean;
}

/**
 * The rectangle a sheet is read as, from its non-empty cells (0-based, inside Excel's grid). Within sheetArea: all of
 * them, exactly as they are. Past it: cells after a gap of more than 1,000 empty rows or 100 empty columns are left out.
 */
function extentOf(rows: ArrayLike<number>, cols: ArrayLike<number>, area: number): Extent {
  let r2 = -1;
  let c2 = -1;
  for (let i = 0; i < rows.length; i++) {
    if (rows[i] > r2) r2 = rows[i];
    if (cols[i] > c2) c2 = cols[i];
  }
  if ((r2 + 1) * (c2 + 1) <= area) return { r2, c2, far: 0, tooLarge: false };
  const rc = cutAtGap(rows, ROW_GAP);
  const cc = cutAtGap(cols, COL_GAP);
  let far = 0;
  let farAt: string | undefined;
  for (let i = 0; i < rows.length; i++) {
    if (rows[i] > rc || cols[i] > cc) {
      if (far++ === 0) farAt = a1(rows[i], cols[i]);
    }
  }
  return { r2: rc, c2: cc, far, farAt, tooLarge: (rc + 1) * (cc + 1) > area };
}

function areaError(sheet: string, e: Extent, limit: number): ReadError {
  const range = `A1:${a1(e.r2, e.c2)}`;
  return new ReadError(
    `工作表“${sheet}”的使用范围 ${range}（${fmt(e.r2 + 1)} 行 × ${fmt(e.c2 + 1)} 列）超过上限 ${fmt(limit)} 个单元格，不予读取`,
    `sheet “${sheet}” spans ${range} (${fmt(e.r2 + 1)} rows × ${fmt(e.c2 + 1)} columns), over the limit of ${fmt(limit)} cells; not read`,
  );
}

function farNote(sheet: string, e: Extent, limit: number): ReadNote {
  const range = e.r2 >= 0 ? `A1:${a1(e.r2, e.c2)}` : 'A1';
  return {
    zh: `工作表“${sheet}”：使用范围超过 ${fmt(limit)} 个单元格的上限，已忽略 ${fmt(e.far)} 个远离表格的单元格（如 ${e.farAt}），只读取 ${range}`,
    en: `sheet “${sheet}”: its extent passes the limit of ${fmt(limit)} cells; ${fmt(e.far)} cells far from the tables (e.g. ${e.farAt}) were ignored, ${range} read`,
  };
}

function outsideNote(sheet: string, n: number, at: string): ReadNote {
  return {
    zh: `工作表“${sheet}”：已忽略 ${fmt(n)} 个超出 Excel 表格范围（${fmt(EXCEL_ROWS)} 行 × ${fmt(EXCEL_COLS)} 列）的单元格（如 ${at}）`,
    en: `sheet “${sheet}”: ${fmt(n)} cells outside Excel's grid (${fmt(EXCEL_ROWS)} rows × ${fmt(EXCEL_COLS)} columns) were ignored (e.g. ${at})`,
  };
}

/** "A1:B2" (or "A1") → 0-based area; undefined when it is not a cell range. */
function parseRange(ref: string): Area | undefined {
  const m = /^\$?([A-Za-z]+)\$?(\d+)(?::\$?([A-Za-z]+)\$?(\d+))?$/.exec(ref.trim());
  if (!m) return undefined;
  const r1 = Number(m[2]) - 1;
  const c1 = colNumber(m[1]) - 1;
  const r2 = m[4] ? Number(m[4]) - 1 : r1;
  const c2 = m[3] ? colNumber(m[3]) - 1 : c1;
  return { r1: Math.min(r1, r2), c1: Math.min(c1, c2), r2: Math.max(r1, r2), c2: Math.max(c1, c2) };
}

/** A merge clipped to the cells read plus the margin; undefined when its top-left cell lies outside. */
function clipMerge(m: Area, e: { r2: number; c2: number }): Area | undefined {
  const rMax = Math.min(EXCEL_ROWS - 1, Math.max(e.r2, 0) + MERGE_MARGIN_ROWS);
  const cMax = Math.min(EXCEL_COLS - 1, Math.max(e.c2, 0) + MERGE_MARGIN_COLS);
  if (m.r1 > rMax || m.c1 > cMax || m.r1 < 0 || m.c1 < 0) return undefined;
  return { r1: m.r1, c1: m.c1, r2: Math.min(m.r2, rMax), c2: Math.min(m.c2, cMax) };
}

const rangeText = (m: Area) => (m.r1 === m.r2 && m.c1 === m.c2 ? a1(m.r1, m.c1) : `${a1(m.r1, m.c1)}:${a1(m.r2, m.c2)}`);

// ---------------------------------------------------------------------------------------------------------------
// The zip and each sheet's XML, before exceljs

/** The parts exceljs reads as worksheets (its own pattern, unanchored as it matches it). */
const SHEET_PART = /xl\/worksheets\/sheet(\d+)[.]xml/;
const TAG = /<(c|row|mergeCell|col|dataValidation)(?=[\s/>])([^>]*)>/g;

function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs);
  return m ? (m[1] ?? m[2]) : undefined;
}
const R_ATTR = /(?:^|\s)r\s*=\s*(?:"([^"]*)"|'([^']*)')/;
const CELL_REF = /^\$?([A-Za-z]+)\$?(\d+)$/;
/** A <c> element that is not self-closing (it may hold a value). */
const VALUED_CELL = /<c(?:\s[^>]*)?(?<!\/)>/;

interface SheetScan {
  cells: number;
  merges: number;
  out: ReadNote[];
  xml?: Buffer;
}

/**
 * Scans one sheet's XML (as latin1: tags and attributes are ASCII) and rewrites what exceljs would expand without
 * bound. `cellBudget`: non-empty cells the workbook may still hold. Returns the XML to hand exceljs when it changed.
 */
/** A <c> element's cell: its r="B7" attribute, else the cell after the previous one in the current row. */
function cellAt(attrs: string, curRow: number, curCol: number): { row: number; col: number; printed?: string } {
  const ref = R_ATTR.exec(attrs);
  const cm = ref ? CELL_REF.exec(ref[1] ?? ref[2]) : null;
  return cm ? { row: Number(cm[2]), col: colNumber(cm[1]), printed: cm[1] + cm[2] } : { row: curRow, col: curCol + 1 };
}

function scanSheet(data: Buffer, sheet: string, L: ReadLimits, cellBudget: number, mergeBudget: number): SheetScan {
  const xml = data.toString('latin1');
  const rows: number[] = [];
  const cols: number[] = [];
  let empty = 0;
  let emptyRows = 0;
  let rowValued = false;
  let inRow = false;
  let curRow = 0;
  let curCol = 0;
  let outside = 0;
  let outsideAt = '';
  let rowsOutside = 0;
  let merges = 0;
  let colsBad = false;
  let dvArea = 0;
  const mergeAreas: Area[] = [];
  TAG.lastIndex = 0;
  for (let m = TAG.exec(xml); m; m = TAG.exec(xml)) {
    const name = m[1];
    const attrs = m[2];
    const selfClose = attrs.endsWith('/');
    if (name === 'c') {
      const { row, col, printed } = cellAt(attrs, curRow, curCol);
      curCol = col;
      if (selfClose) {
        empty++;
        continue;
      }
      if (row > EXCEL_ROWS || col > EXCEL_COLS || row < 1 || col < 1) {
        if (outside++ === 0 && !outsideAt) outsideAt = printed ?? `${columnLetters(Math.min(col, 1e6) - 1)}${row}`;
        continue;
      }
      rowValued = true;
      rows.push(row - 1);
      cols.push(col - 1);
      if (rows.length > cellBudget) throw cellsError(L.cells);
    } else if (name === 'row') {
      if (inRow && !rowValued) emptyRows++;
      const r = attr(attrs, 'r');
      curRow = r !== undefined && /^\d+$/.test(r.trim()) ? Number(r) : curRow + 1;
      curCol = 0;
      rowValued = false;
      inRow = !selfClose;
      if (selfClose) emptyRows++;
      if (curRow > EXCEL_ROWS) {
        rowsOutside++;
        if (!outsideAt) outsideAt = `A${curRow}`;
      }
    } else if (name === 'mergeCell') {
      if (++merges > L.merges) {
        throw new ReadError(
          `工作表“${sheet}”的合并单元格超过上限 ${fmt(L.merges)} 个，不予读取`,
          `sheet “${sheet}” has more than ${fmt(L.merges)} merged areas (the limit); not read`,
        );
      }
      if (merges > mergeBudget) {
        throw new ReadError(
          `工作簿的合并单元格超过上限 ${fmt(L.mergesTotal)} 个，不予读取`,
          `the workbook has more than ${fmt(L.mergesTotal)} merged areas (the limit); not read`,
        );
      }
      const a = parseRange(attr(attrs, 'ref') ?? '');
      if (a) mergeAreas.push(a);
    } else if (name === 'col') {
      const min = Number(attr(attrs, 'min') ?? 0);
      const max = Number(attr(attrs, 'max') ?? 0);
      if (!(min <= EXCEL_COLS && max <= EXCEL_COLS)) colsBad = true;
    } else if (name === 'dataValidation') {
      for (const ref of (attr(attrs, 'sqref') ?? '').split(/\s+/)) {
        const a = parseRange(ref);
        if (a) dvArea += (Math.min(a.r2, EXCEL_ROWS) - a.r1 + 1) * (Math.min(a.c2, EXCEL_COLS) - a.c1 + 1);
      }
    }
  }
  if (inRow && !rowValued) emptyRows++;
  const out: ReadNote[] = [];
  const ext = extentOf(rows, cols, L.sheetArea);
  if (ext.tooLarge) throw areaError(sheet, ext, L.sheetArea);
  const mergesClipped = mergeAreas.some((a) => {
    const c = clipMerge(a, ext);
    return !c || c.r2 !== a.r2 || c.c2 !== a.c2;
  });
  const strip = empty > STRIP_EMPTY || emptyRows > STRIP_EMPTY;
  const dropDv = dvArea > EXPANDED_AREA;
  if (outside) out.push(outsideNote(sheet, outside, outsideAt));
  if (!outside && !rowsOutside && !mergesClipped && !colsBad && !strip && !dropDv) return { cells: rows.length, merges, out };

  // Rewrite: one pass over the same tags, copying everything but what is left out.
  const pieces: string[] = [];
  let last = 0;
  const cut = (from: number, to: number) => {
    pieces.push(xml.slice(last, from));
    last = to;
  };
  curRow = 0;
  curCol = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(xml); m; m = TAG.exec(xml)) {
    const name = m[1];
    const attrs = m[2];
    const selfClose = attrs.endsWith('/');
    const start = m.index;
    const end = TAG.lastIndex;
    if (name === 'row') {
      const r = attr(attrs, 'r');
      curRow = r !== undefined && /^\d+$/.test(r.trim()) ? Number(r) : curRow + 1;
      curCol = 0;
      const close = selfClose ? end : xml.indexOf('</row>', end);
      const rowEnd = selfClose ? end : close < 0 ? xml.length : close + 6;
      if (curRow > EXCEL_ROWS || (strip && selfClose)) {
        cut(start, rowEnd);
        TAG.lastIndex = rowEnd;
        continue;
      }
      if (strip && !VALUED_CELL.test(xml.slice(end, rowEnd))) {
        // A row of formatting only: nothing in it is read.
        cut(start, rowEnd);
        TAG.lastIndex = rowEnd;
        continue;
      }
    } else if (name === 'c') {
      const { row, col } = cellAt(attrs, curRow, curCol);
      curCol = col;
      if (selfClose) {
        if (strip) cut(start, end);
        continue;
      }
      if (row > EXCEL_ROWS || col > EXCEL_COLS || row < 1 || col < 1) {
        const close = xml.indexOf('</c>', end);
        const cEnd = close < 0 ? xml.length : close + 4;
        cut(start, cEnd);
        TAG.lastIndex = cEnd;
      }
    } else if (name === 'mergeCell') {
      const a = parseRange(attr(attrs, 'ref') ?? '');
      if (!a) continue;
      const c = clipMerge(a, ext);
      if (!c) cut(start, end);
      else if (c.r2 !== a.r2 || c.c2 !== a.c2) {
        cut(start, end);
        pieces.push(`<mergeCell ref="${rangeText(c)}"/>`);
      }
    } else if (name === 'col') {
      const min = Number(attr(attrs, 'min') ?? 0);
      const max = Number(attr(attrs, 'max') ?? 0);
      if (min > EXCEL_COLS || !(min >= 0)) cut(start, end);
      else if (!(max <= EXCEL_COLS)) {
        cut(start, end);
        pieces.push(`<col${attrs.replace(/(^|\s)max\s*=\s*("[^"]*"|'[^']*')/, `$1max="${EXCEL_COLS}"`)}>`);
      }
    }
  }
  pieces.push(xml.slice(last));
  let text = pieces.join('');
  if (dropDv) text = text.replace(/<dataValidations(?=[\s/>])[^>]*\/>|<dataValidations(?=[\s>])[\s\S]*?<\/dataValidations>/g, '');
  return { cells: rows.length, merges, out, xml: Buffer.from(text, 'latin1') };
}

function cellsError(limit: number): ReadError {
  return new ReadError(
    `工作簿的非空单元格超过上限 ${fmt(limit)} 个，不予读取`,
    `the workbook has more than ${fmt(limit)} non-empty cells (the limit); not read`,
  );
}

/** workbook.xml: defined names exceljs would list cell by cell (it never needs them here) are left out past EXPANDED_AREA. */
function trimDefinedNames(data: Buffer): Buffer | undefined {
  const xml = data.toString('latin1');
  let total = 0;
  let changed = false;
  const text = xml.replace(/<definedName(?=[\s>])[^>]*>([^<]*)<\/definedName>/g, (whole, body: string) => {
    let area = 0;
    for (const m of body.matchAll(/\$?([A-Za-z]{1,3})\$?(\d+):\$?([A-Za-z]{1,3})\$?(\d+)/g)) {
      const a = parseRange(m[0]);
      if (a) area += (Math.min(a.r2, EXCEL_ROWS) - a.r1 + 1) * (Math.min(a.c2, EXCEL_COLS) - a.c1 + 1);
    }
    if (area > 100_000 || total + area > EXPANDED_AREA) {
      changed = true;
      return '';
    }
    total += area;
    return whole;
  });
  return changed ? Buffer.from(text, 'latin1') : undefined;
}

function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) =>
    e === 'lt'
      ? '<'
      : e === 'gt'
        ? '>'
        : e === 'amp'
          ? '&'
          : e === 'quot'
            ? '"'
            : e === 'apos'
              ? "'"
              : String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))),
  );
}

/** Part path → sheet name, from workbook.xml and its rels (for messages; the part path when unknown). */
function sheetNames(workbook?: Buffer, rels?: Buffer): Map<string, string> {
  const map = new Map<string, string>();
  if (!workbook || !rels) return map;
  const targets = new Map<string, string>();
  for (const m of rels.toString('utf8').matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0].slice(13), 'Id');
    const target = attr(m[0].slice(13), 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  for (const m of workbook.toString('utf8').matchAll(/<sheet\b[^>]*>/g)) {
    const a = m[0].slice(6);
    const name = attr(a, 'name');
    const id = attr(a, 'r:id');
    const target = id ? targets.get(id) : undefined;
    if (name && target) map.set(target, unescapeXml(name));
  }
  return map;
}

const partName = (e: ZipEntry) => (e.name.startsWith('/') ? e.name.slice(1) : e.name);

/**
 * Measures the archive and returns the bytes to hand exceljs: the file itself, or (when a claim had to be clipped) an
 * archive with those sheets rewritten. Throws ReadError past a limit.
 */
export function prepareXlsx(buf: Buffer, L: ReadLimits, notes: ReadNote[]): Buffer {
  let entries: ZipEntry[];
  try {
    entries = readCentralDirectory(buf, L.zipParts);
  } catch (e) {
    if (e instanceof TooManyEntries) {
      throw new ReadError(
        `工作簿的压缩包有 ${fmt(e.count)} 个部件，超过上限 ${fmt(L.zipParts)} 个，不予读取`,
        `the workbook's zip holds ${fmt(e.count)} parts, over the limit of ${fmt(L.zipParts)}; not read`,
      );
    }
    throw damaged();
  }
  const files = entries.filter((e) => !e.dir);
  const claimed = files.reduce((s, e) => s + e.size, 0);
  if (claimed > L.inflatedBytes) {
    throw new ReadError(
      `工作簿解压后共 ${mb(claimed)} MB，超过上限 ${mb(L.inflatedBytes)} MB（疑似压缩炸弹），不予读取`,
      `the workbook inflates to ${mb(claimed)} MB, over the limit of ${mb(L.inflatedBytes)} MB (a decompression bomb?); not read`,
    );
  }
  for (const e of files) {
    if (e.size > 1024 * 1024 && e.size > L.ratio * Math.max(1, e.compressedSize)) {
      const r = Math.round(e.size / Math.max(1, e.compressedSize));
      throw new ReadError(
        `部件 ${e.name} 的压缩比为 ${fmt(r)}:1，超过上限 ${fmt(L.ratio)}:1（疑似压缩炸弹），不予读取`,
        `part ${e.name} is compressed ${fmt(r)}:1, over the limit of ${fmt(L.ratio)}:1 (a decompression bomb?); not read`,
      );
    }
  }
  const sheets = files.filter((e) => SHEET_PART.test(partName(e)));
  if (sheets.length > L.sheets) {
    throw new ReadError(
      `工作簿有 ${fmt(sheets.length)} 个工作表，超过上限 ${fmt(L.sheets)} 个，不予读取`,
      `the workbook has ${fmt(sheets.length)} worksheets, over the limit of ${fmt(L.sheets)}; not read`,
    );
  }
  // Each part inflated under what the directory claims for it (and so within the total): a part whose data inflates
  // to more than its stated size is a damaged or hostile file, refused the moment it passes (exceljs refuses it too).
  let budget = L.inflatedBytes;
  const inflate = (e: ZipEntry): Buffer => {
    let data: Buffer;
    try {
      data = inflateEntry(buf, e, Math.min(budget, e.size));
    } catch (err) {
      if (err instanceof ZipBudgetError) {
        throw new ReadError(
          `文件已损坏：部件 ${e.name} 解压后超过目录所写的 ${fmt(e.size)} 字节（疑似压缩炸弹），不予读取`,
          `the file is damaged: part ${e.name} inflates past the ${fmt(e.size)} bytes its directory states (a decompression bomb?); not read`,
        );
      }
      throw damaged();
    }
    if (data.length !== e.size) throw damaged();
    budget -= data.length;
    return data;
  };
  const wbEntry = files.find((e) => partName(e) === 'xl/workbook.xml');
  const relsEntry = files.find((e) => partName(e) === 'xl/_rels/workbook.xml.rels');
  const names = sheetNames(wbEntry && inflate(wbEntry), relsEntry && inflate(relsEntry));
  budget = L.inflatedBytes;
  const replaced = new Map<ZipEntry, Buffer>();
  let cells = 0;
  let merges = 0;
  for (const e of files) {
    const data = inflate(e);
    if (e === wbEntry) {
      const t = trimDefinedNames(data);
      if (t) replaced.set(e, t);
    } else if (SHEET_PART.test(partName(e))) {
      const scan = scanSheet(data, names.get(partName(e)) ?? partName(e), L, L.cells - cells, L.mergesTotal - merges);
      cells += scan.cells;
      merges += scan.merges;
      notes.push(...scan.out);
      if (scan.xml) replaced.set(e, scan.xml);
    }
  }
  if (replaced.size === 0) return buf;
  return buildZip(
    entries.map((e) => {
      const r = replaced.get(e);
      const utf8 = (e.flags & 0x800) !== 0;
      if (r) return { name: e.nameBytes, utf8, method: 0, data: r, crc: crc32(r), size: r.length };
      return { name: e.nameBytes, utf8, method: e.method === 8 ? 8 : 0, data: rawData(buf, e), crc: e.crc, size: e.size };
    }),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// exceljs → Grid

function cellValue(v: ExcelJS.CellValue): { value: CellValue; error?: string } {
  if (v === null || v === undefined) return { value: null };
  if (typeof v === 'number' || typeof v === 'boolean') return { value: v };
  if (typeof v === 'string') return { value: v.trim() === '' ? null : v };
  if (v instanceof Date) return { value: v.toISOString().slice(0, 10) };
  const o = v as unknown as Record<string, unknown>;
  if ('error' in o) return { value: String(o.error), error: String(o.error) };
  if ('richText' in o && Array.isArray(o.richText)) {
    const s = (o.richText as { text: string }[]).map((r) => r.text).join('');
    return { value: s.trim() === '' ? null : s };
  }
  if ('formula' in o || 'sharedFormula' in o) {
    const r = o.result as ExcelJS.CellValue | undefined;
    if (r === undefined) return { value: null };
    return cellValue(r);
  }
  if ('text' in o) return cellValue(o.text as ExcelJS.CellValue);
  return { value: String(v) };
}

/**
 * A cell's content. A formula cell is read by its cached result from the cell itself: exceljs's `cell.value` drops a
 * falsy result, so a formula whose cached result is 0 (a =SUM of 0.00 rows) would read as blank.
 */
function cellContent(cell: ExcelJS.Cell): { value: CellValue; error?: string } {
  if (cell.type === ExcelJS.ValueType.Formula) {
    const r = cell.result as ExcelJS.CellValue | undefined;
    return r === undefined ? { value: null } : cellValue(r);
  }
  return cellValue(cell.value);
}

interface ReadCell {
  r: number;
  c: number;
  value: CellValue;
  numFmt?: string;
  error?: string;
}

/**
 * One worksheet as the core's GridSheet. Work follows the cells that exist: a sheet whose cells span more than
 * `limits.sheetArea` has its far cells left out (noted in `notes`), cells outside Excel's grid are never read, and
 * merges are clipped to the cells read (plus a margin), so no rectangle a file claims is ever allocated.
 */
export function worksheetToGridSheet(ws: ExcelJS.Worksheet, notes?: ReadNote[], limits: Partial<ReadLimits> = {}): GridSheet {
  const L = { ...READ_LIMITS, ...limits };
  const cells: ReadCell[] = [];
  const hiddenAll: number[] = [];
  let outside = 0;
  let outsideAt = '';
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    if (row.hidden) hiddenAll.push(r);
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = colNumber - 1;
      if (cell.isMerged && cell.master && cell.master.address !== cell.address) return;
      const { value, error } = cellContent(cell);
      if (value === null) return;
      if (r >= EXCEL_ROWS || c >= EXCEL_COLS) {
        if (outside++ === 0) outsideAt = a1(r, c);
        return;
      }
      cells.push({ r, c, value, numFmt: cell.numFmt || undefined, error });
    });
  });
  if (outside && notes) notes.push(outsideNote(ws.name, outside, outsideAt));
  const ext = extentOf(
    cells.map((x) => x.r),
    cells.map((x) => x.c),
    L.sheetArea,
  );
  if (ext.tooLarge) throw areaError(ws.name, ext, L.sheetArea);
  if (ext.far && notes) notes.push(farNote(ws.name, ext, L.sheetArea));
  const rows: CellValue[][] = [];
  const numFmts: (string | undefined)[][] = [];
  const formulaErrors: Record<string, string> = {};
  for (const x of cells) {
    if (x.r > ext.r2 || x.c > ext.c2) continue;
    (rows[x.r] ??= [])[x.c] = x.value;
    if (x.numFmt) (numFmts[x.r] ??= [])[x.c] = x.numFmt;
    if (x.error) formulaErrors[a1(x.r, x.c)] = x.error;
  }
  // Dense rows: holes become null.
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] ?? [];
    for (let j = 0; j < r.length; j++) if (r[j] === undefined) r[j] = null;
    rows[i] = r;
  }
  const merges: Area[] = [];
  const model = (ws as unknown as { model: { merges?: string[] } }).model;
  for (const m of model.merges ?? []) {
    const [a, b] = m.split(':');
    if (!a || !b) continue;
    let p: { row: number; col: number };
    let q: { row: number; col: number };
    try {
      p = parseA1(a);
      q = parseA1(b);
    } catch {
      continue;
    }
    const area = { r1: p.row, c1: p.col, r2: q.row, c2: q.col };
    const clipped = clipMerge(area, ext);
    if (clipped) merges.push(clipped);
  }
  const hiddenCols: number[] = [];
  const colCount = Math.min(ws.columnCount, EXCEL_COLS);
  for (let c = 1; c <= colCount; c++) if (ws.getColumn(c).hidden) hiddenCols.push(c - 1);
  return {
    name: ws.name,
    rows,
    numFmts,
    merges,
    formulaErrors,
    hiddenRows: hiddenAll.filter((r) => r <= ext.r2),
    hiddenCols,
    hidden: ws.state !== 'visible' && ws.state !== undefined,
  };
}

export async function workbookToGrid(wb: ExcelJS.Workbook, notes?: ReadNote[], limits?: Partial<ReadLimits>): Promise<Grid> {
  return { sheets: wb.worksheets.map((ws) => worksheetToGridSheet(ws, notes, limits)) };
}

/**
 * Reads bytes of an .xlsx into a Grid; throws ReadError for anything that is not a readable, non-empty workbook or
 * that passes a limit of READ_LIMITS. What was left out (far cells) is added to `options.notes`.
 */
export async function gridFromBuffer(buf: Buffer, options: ReadOptions = {}): Promise<Grid> {
  identify(buf);
  const limits: ReadLimits = { ...READ_LIMITS, ...options.limits };
  const notes: ReadNote[] = [];
  const bytes = prepareXlsx(buf, limits, notes);
  if (options.report) options.report.rewritten = bytes !== buf;
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw damaged();
  }
  if (wb.worksheets.length === 0) throw new ReadError('工作簿中没有工作表', 'the workbook has no worksheets');
  const grid = await workbookToGrid(wb, notes, limits);
  if (grid.sheets.every((s) => s.rows.length === 0))
    throw new ReadError('工作簿为空（所有工作表都没有内容）', 'the workbook is empty (no sheet has any content)');
  // One note per thing left out: the XML scan and the grid may both see a cell outside Excel's grid.
  const seen = new Set<string>();
  for (const n of notes) if (!seen.has(n.zh) && (seen.add(n.zh), true)) options.notes?.push(n);
  return grid;
}

export async function readGrid(file: string, options: ReadOptions = {}): Promise<Grid> {
  return gridFromBuffer(await readFileBytes(file), options);
}
