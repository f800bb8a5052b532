/**
 * The finance bureau's 科目表 as a file (or as a sheet of the workbook): a Grid or CSV text → codes and names, and
 * one problem per row that cannot be read. Pure (no fs): the CLI reads the xlsx into a Grid (src/cli/xlsx.ts) or the
 * CSV into text, the add-in hands over the workbook's own sheet.
 *
 * Shapes read, with or without a header row, codes as numbers or text:
 *   编码 | 名称                      "2010101" | "行政运行" (also "2010101 行政运行" in one cell); an optional 体系 cell
 *   类 | 款 | 项 | 名称              each part in its column: 201 | 01 | 01 | 行政运行, or the official book's layout where a
 *                                    款 row prints only its 款 ("01") under the 类 row above it; a column may also hold
 *                                    the full code (20101); the name in the column after 项 (or in the code's own cell).
 * Rows without any code (titles, headers, notes, section lines such as "部门预算支出经济分类科目") are not problems;
 * 收入分类 codes (1xx) are passed over: the tool checks expenditure codes only.
 */
import { a1, type CellValue, type Grid, type GridSheet } from '../grid';
import { renderTemplate } from '../rules/rule';
import { type CodeSystem, type CustomInput, type InputSource, type RejectedEntry, type RejectReason } from './catalog';

export interface CatalogFileProblem extends RejectedEntry {
  row: number;
  /** The part of a 类 | 款 | 项 row the problem is in. */
  part?: '类' | '款' | '项';
  /** conflict: the row that listed the code first, and the name it gave. */
  firstRow?: number;
  firstName?: string;
  /** no-parent: the part that should have come before. */
  parentPart?: '类' | '款';
}

export interface CatalogFileResult {
  entries: CustomInput[];
  problems: CatalogFileProblem[];
  /** How the codes were laid out (of the sheet with most codes). */
  shape: 'code-name' | 'parts' | 'none';
  /** Rows of 收入分类 codes passed over. */
  skippedIncome: number;
}

export interface ReadCatalogOptions {
  /** Only this sheet (the add-in's 科目表); default every sheet of the grid. */
  sheet?: string;
  source?: InputSource;
}

/** Message templates (zh / en) of a file's problems; `{where}` is "第 N 行（A5）" or a CSV line. */
export const CATALOG_FILE_MESSAGES: Record<RejectReason | 'empty' | 'summary', { zh: string; en: string }> = {
  'bad-code': {
    zh: '{where}：“{code}”不是科目编码（应为 3、5 或 7 位数字，经济分类为 3 或 5 位）',
    en: '{where}: "{code}" is not a classification code (3, 5 or 7 digits; 3 or 5 for economic codes)',
  },
  'no-name': { zh: '{where}：科目 {code} 没有名称', en: '{where}: code {code} has no name' },
  'bad-system': {
    zh: '{where}：体系“{system}”无法识别（应为 功能、经济 或 政府经济）',
    en: '{where}: system "{system}" is not one of 功能, 经济, 政府经济',
  },
  'bad-part': {
    zh: '{where}：{part}“{code}”应为 2 位数字（如 01）',
    en: '{where}: the {partEn} "{code}" should be 2 digits (such as 01)',
  },
  'no-parent': {
    zh: '{where}：{part}“{code}”前面没有所属的{parentPart}，无法组成完整编码',
    en: '{where}: the {partEn} "{code}" has no {parentPartEn} above it to make a full code',
  },
  conflict: {
    zh: '{where}：科目 {code} 已在第 {firstRow} 行列为“{firstName}”，此处又为“{name}”',
    en: '{where}: code {code} is already listed on row {firstRow} as "{firstName}", here as "{name}"',
  },
  empty: {
    zh: '未找到任何科目编码（应为“编码 | 名称”或“类 | 款 | 项 | 名称”两种列式之一）',
    en: 'no classification code found (expected columns 编码 | 名称 or 类 | 款 | 项 | 名称)',
  },
  summary: {
    zh: '科目表有 {count} 行无法读取，第一处——{first}',
    en: '{count} rows of the 科目表 cannot be read; the first: {first}',
  },
};

const PART_EN: Record<string, string> = { 类: 'class (类)', 款: 'section (款)', 项: 'item (项)' };

// ───────────────────────────── cells ─────────────────────────────

function half(s: string): string {
  return s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

function squash(s: string): string {
  return s.replace(/[\s\u00a0\u200b-\u200d\u2060\ufeff]+/g, '');
}

function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  return String(v).trim();
}

/** A cell's digits when it is nothing but a code-like number ("2010101", 2010101, "[2010101]", "２０１"), else null. */
function digitsOf(v: CellValue): string | null {
  if (v === null || v === undefined || typeof v === 'boolean') return null;
  if (typeof v === 'number') return Number.isInteger(v) && v >= 0 ? String(v) : null;
  const s = squash(half(v)).replace(/^\[(.*)\]$/, '$1');
  return /^\d+$/.test(s) ? s : null;
}

/** "2010101 行政运行", "[2010101]行政运行", "01 人大事务" → code and name; null when the cell is not code + name. */
function splitCell(v: CellValue, minDigits: number): { code: string; name: string } | null {
  if (typeof v !== 'string') return null;
  const m = new RegExp(`^\\s*\\[?([0-9０-９]{${minDigits},7})(\\]?[\\s\\u3000]*[-—、.．:：]?\\s*)([^\\d\\s].*)$`).exec(v);
  if (!m) return null;
  // "20101x": a Latin letter stuck to the digits is a malformed code (looksLikeBadCode), not code 20101 named "x".
  if (m[2] === '' && /^[A-Za-z]/.test(m[3])) return null;
  const code = squash(half(m[1]));
  const lengths = minDigits === 2 ? [2, 3, 5, 7] : [3, 5, 7];
  // "2025年政府收支分类科目", "2024年度": a year, not a code.
  if (!lengths.includes(code.length) || /^[年月日号元万%％]/.test(m[3])) return null;
  return { code, name: m[3].trim() };
}

/** A cell that looks like a code but is malformed: digits with a stray letter or sign ("2010l01", "201-01"). */
function looksLikeBadCode(v: CellValue): boolean {
  if (typeof v !== 'string') return false;
  const s = squash(half(v));
  return s.length >= 3 && s.length <= 9 && /^\d[\dA-Za-z.\-_/]*$/.test(s) && (s.match(/\d/g)?.length ?? 0) >= 3 && !/^\d+$/.test(s);
}

const SYSTEM_WORD = /^(政府)?(预算)?(支出)?经济(分类)?$|^(部门)?(预算)?(支出)?经济(分类)?$|^(支出)?功能(分类)?$|^政府经济(分类)?$|^部门经济(分类)?$/;

function systemWord(text: string): CodeSystem | null {
  const t = squash(half(text));
  if (!SYSTEM_WORD.test(t)) return null;
  return /政府/.test(t) ? 'economic-gov' : /经济/.test(t) ? 'economic-dept' : 'functional';
}

/** The system a bare code belongs to: 3xx/3xxxx 部门经济分类, 5xx/5xxxx 政府经济分类, anything else 功能分类. */
export function defaultSystem(code: string): CodeSystem {
  if (code.length <= 5 && code.startsWith('3')) return 'economic-dept';
  if (code.length <= 5 && code.startsWith('5')) return 'economic-gov';
  return 'functional';
}

const VALID_LENGTHS: Record<CodeSystem, number[]> = { functional: [3, 5, 7], 'economic-dept': [3, 5], 'economic-gov': [3, 5] };

// ───────────────────────────── header ─────────────────────────────

interface Columns {
  code?: number;
  name?: number;
  system?: number;
  parts?: [number, number, number];
  headerRow?: number;
}

const H_CODE = /^(科目)?(编码|代码|编号)$|^(功能|经济)?(分类)?科目编码$|^code$/i;
const H_NAME = /^(科目)?名称$|^(功能|经济)?(分类)?科目名称$|^name$/i;
const H_SYSTEM = /^体系$|^分类$|^system$/i;

function findHeader(rows: { r: number; cells: { c: number; v: CellValue }[] }[]): Columns {
  const out: Columns = {};
  for (const row of rows.slice(0, 12)) {
    const texts = row.cells.map((x) => ({ c: x.c, t: squash(half(cellText(x.v))) }));
    const cls = texts.find((x) => x.t === '类');
    const kuan = texts.find((x) => x.t === '款');
    const xiang = texts.find((x) => x.t === '项');
    if (cls && kuan && xiang && cls.c < kuan.c && kuan.c < xiang.c) {
      out.parts = [cls.c, kuan.c, xiang.c];
      out.headerRow = row.r;
      const name = texts.find((x) => H_NAME.test(x.t));
      if (name) out.name = name.c;
      // A two-row header: 科目编码 (merged over 类 款 项) | 科目名称 on the row above.
      if (out.name === undefined) {
        const above = rows.find((x) => x.r === row.r - 1);
        const n = above?.cells.find((x) => H_NAME.test(squash(half(cellText(x.v)))));
        if (n) out.name = n.c;
      }
      return out;
    }
  }
  // No 类 | 款 | 项 header: a 编码 | 名称 one.
  for (const row of rows.slice(0, 12)) {
    const texts = row.cells.map((x) => ({ c: x.c, t: squash(half(cellText(x.v))) }));
    const code = texts.find((x) => H_CODE.test(x.t));
    const name = texts.find((x) => H_NAME.test(x.t));
    if (code && name) {
      out.code = code.c;
      out.name = name.c;
      const sys = texts.find((x) => H_SYSTEM.test(x.t));
      if (sys) out.system = sys.c;
      out.headerRow = row.r;
      return out;
    }
  }
  return out;
}

// ───────────────────────────── reading ─────────────────────────────

interface SheetRow {
  r: number;
  cells: { c: number; v: CellValue }[];
}

function sheetRows(sheet: GridSheet): SheetRow[] {
  const oRow = sheet.origin?.row ?? 0;
  const oCol = sheet.origin?.col ?? 0;
  const out: SheetRow[] = [];
  sheet.rows.forEach((row, i) => {
    if (!row) return;
    const cells: { c: number; v: CellValue }[] = [];
    row.forEach((v, j) => {
      if (v !== null && v !== undefined && cellText(v) !== '') cells.push({ c: oCol + j, v });
    });
    if (cells.length) out.push({ r: oRow + i, cells });
  });
  return out;
}

interface Collector {
  entries: CustomInput[];
  problems: CatalogFileProblem[];
  seen: Map<string, { row: number; name: string }>;
  skippedIncome: number;
  source: InputSource;
  sheet: string;
  csv: boolean;
}

function problem(col: Collector, reason: RejectReason, r: number, c: number, data: Partial<CatalogFileProblem>): void {
  col.problems.push({
    source: col.source,
    reason,
    code: data.code ?? '',
    name: data.name ?? '',
    ...data,
    row: r + 1,
    at: { sheet: col.sheet, cell: a1(r, c) },
  });
}

function addEntry(col: Collector, system: CodeSystem, code: string, name: string, r: number, c: number): void {
  if (code.startsWith('1') && system === 'functional') {
    col.skippedIncome++;
    return;
  }
  if (!VALID_LENGTHS[system].includes(code.length)) {
    problem(col, 'bad-code', r, c, { code, name, system });
    return;
  }
  if (!name) {
    problem(col, 'no-name', r, c, { code, system });
    return;
  }
  const key = `${system}:${code}`;
  const first = col.seen.get(key);
  if (first) {
    if (squash(half(first.name)) !== squash(half(name))) problem(col, 'conflict', r, c, { code, name, system, firstRow: first.row, firstName: first.name });
    return;
  }
  col.seen.set(key, { row: r + 1, name });
  col.entries.push({ system, code, name, source: col.source, at: { sheet: col.sheet, cell: a1(r, c) }, row: r + 1 });
}

/** The name of a row: the cell at the name column, else the first text cell right of `after` that is no code or 体系 word. */
function nameOf(row: SheetRow, after: number, nameCol?: number): string {
  if (nameCol !== undefined) {
    const cell = row.cells.find((x) => x.c === nameCol);
    if (cell && digitsOf(cell.v) === null) return cellText(cell.v);
    if (nameCol > after) return '';
  }
  for (const x of row.cells) {
    if (x.c <= after) continue;
    if (typeof x.v !== 'string') continue;
    const t = cellText(x.v);
    if (!t || digitsOf(x.v) !== null || systemWord(t)) continue;
    return t;
  }
  return '';
}

function readCodeName(rows: SheetRow[], cols: Columns, col: Collector): number {
  let count = 0;
  for (const row of rows) {
    if (cols.headerRow !== undefined && row.r <= cols.headerRow) continue;
    // The code cell: the header's column, else the first cell of the row that is a code (number or text).
    let codeCell: { c: number; v: CellValue } | undefined;
    let code = '';
    let inlineName = '';
    let handled = false;
    const candidates = cols.code !== undefined ? row.cells.filter((x) => x.c === cols.code) : row.cells;
    for (const x of candidates) {
      const d = digitsOf(x.v);
      const sc = d === null ? splitCell(x.v, 3) : null;
      if ((d !== null && d.length >= 3) || sc) {
        codeCell = x;
        code = d ?? sc!.code;
        inlineName = sc?.name ?? '';
        break;
      }
      if ((d !== null && cols.code !== undefined) || looksLikeBadCode(x.v)) {
        problem(col, 'bad-code', row.r, x.c, { code: cellText(x.v) });
        handled = true;
        break;
      }
      // Without a header, a 1- or 2-digit number is a 序号 column and a text before the code is passed over.
    }
    if (handled) {
      count++;
      continue;
    }
    // A line without a code: a title, a header repeated after a page break, a note or a section line.
    if (!codeCell) continue;
    count++;
    let system: CodeSystem | null = null;
    let sysText = '';
    for (const x of row.cells) {
      if (x.c === codeCell.c || (cols.system !== undefined && x.c !== cols.system)) continue;
      const t = cellText(x.v);
      const s = systemWord(t);
      if (s) system = s;
      else if (cols.system !== undefined && t) sysText = t;
    }
    if (!system && sysText) {
      problem(col, 'bad-system', row.r, cols.system!, { code, system: sysText });
      continue;
    }
    const name = inlineName || nameOf(row, codeCell.c, cols.name);
    addEntry(col, system ?? defaultSystem(code), code, name, row.r, codeCell.c);
  }
  return count;
}

/** A part cell of a 类 | 款 | 项 row: its digits (a number of one digit padded: 1 is how a sheet stores "01"). */
function partOf(v: CellValue | undefined): { digits: string; name: string; raw: string } | null {
  if (v === null || v === undefined) return null;
  const raw = cellText(v);
  if (!raw) return null;
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 10) return { digits: '0' + String(v), name: '', raw };
  const d = digitsOf(v);
  if (d !== null) return { digits: d, name: '', raw };
  const sc = splitCell(v, 2);
  if (sc) return { digits: sc.code, name: sc.name, raw };
  return { digits: '', name: '', raw };
}

const PARTS = ['类', '款', '项'] as const;

function readParts(rows: SheetRow[], cols: Columns & { parts: [number, number, number] }, col: Collector): number {
  let cls: string | undefined;
  let kuan: string | undefined;
  let count = 0;
  for (const row of rows) {
    if (cols.headerRow !== undefined && row.r <= cols.headerRow) continue;
    const p = cols.parts.map((c) => partOf(row.cells.find((x) => x.c === c)?.v));
    // No part, or only text without digits in them (a header repeated after a page break, 合计): not a code row.
    if (p.every((x) => !x || (!x.digits && !/\d/.test(x.raw)))) continue;
    count++;
    let code: string | undefined;
    let codeCol = cols.parts[0];
    let inline = '';
    let bad = false;
    for (let i = 0; i < 3 && !bad; i++) {
      const x = p[i];
      if (!x) continue;
      const c = cols.parts[i];
      const part = PARTS[i];
      const d = x.digits;
      if (x.name) inline = x.name;
      if (i > 0 && d.length === 2) {
        const parent = code ?? (i === 1 ? cls : kuan);
        if (!parent || parent.length !== 1 + 2 * i) {
          problem(col, 'no-parent', row.r, c, { code: x.raw, part, parentPart: i === 1 ? '类' : '款' });
          bad = true;
        } else code = parent + d;
      } else if (d.length === 3 || d.length === 5 || d.length === 7) {
        // A full code (201 under 类, 20101 under 款, 2010101 under 项): it must continue the row's own parts.
        if ((code && !d.startsWith(code)) || (i > 0 && d.length === 3)) {
          problem(col, 'bad-part', row.r, c, { code: x.raw, part });
          bad = true;
        } else code = d;
      } else {
        problem(col, i === 0 ? 'bad-code' : 'bad-part', row.r, c, { code: x.raw, part });
        bad = true;
      }
      codeCol = c;
    }
    if (bad || !code) continue;
    cls = code.slice(0, 3);
    kuan = code.length >= 5 ? code.slice(0, 5) : undefined;
    const name = inline || nameOf(row, cols.parts[2], cols.name);
    addEntry(col, defaultSystem(code), code, name, row.r, codeCol);
  }
  return count;
}

/** Which columns hold the parts when there is no header: 类 = the column most 3-digit cells are in, 款/项 the next two. */
function inferParts(rows: SheetRow[]): [number, number, number] | undefined {
  let twoDigit = 0;
  const threeAt = new Map<number, number>();
  for (const row of rows) {
    const first = row.cells.find((x) => digitsOf(x.v) !== null || splitCell(x.v, 2));
    if (!first) continue;
    const d = digitsOf(first.v) ?? splitCell(first.v, 2)?.code ?? '';
    const isNum = typeof first.v === 'number';
    if (d.length === 2 || (isNum && d.length === 1)) twoDigit++;
    if (d.length === 3) threeAt.set(first.c, (threeAt.get(first.c) ?? 0) + 1);
    // 201 | 01 | 01 on one row: parts side by side.
    const next = row.cells.find((x) => x.c === first.c + 1);
    if (d.length === 3 && next && (digitsOf(next.v)?.length === 2 || typeof next.v === 'number')) twoDigit++;
  }
  if (twoDigit === 0 || threeAt.size === 0) return undefined;
  const c1 = [...threeAt].sort((a, b) => b[1] - a[1])[0][0];
  return [c1, c1 + 1, c1 + 2];
}

function readSheet(sheet: GridSheet, col: Collector): { shape: CatalogFileResult['shape']; count: number } {
  const rows = sheetRows(sheet);
  const cols = findHeader(rows);
  const parts = cols.parts ?? (cols.code === undefined ? inferParts(rows.filter((r) => cols.headerRow === undefined || r.r > cols.headerRow)) : undefined);
  if (parts) return { shape: 'parts', count: readParts(rows, { ...cols, parts }, col) };
  const count = readCodeName(rows, cols, col);
  return { shape: count ? 'code-name' : 'none', count };
}

/** Reads a 科目表 from a Grid: every sheet (or only `options.sheet`). */
export function readCatalogGrid(grid: Grid, options: ReadCatalogOptions = {}): CatalogFileResult {
  const collector = (sheet: string): Collector => ({
    entries: [],
    problems: [],
    seen: new Map(),
    skippedIncome: 0,
    source: options.source ?? 'catalog-file',
    sheet,
    csv: false,
  });
  const sheets = options.sheet ? grid.sheets.filter((s) => squash(s.name) === squash(options.sheet!)) : grid.sheets;
  const out: CatalogFileResult = { entries: [], problems: [], shape: 'none', skippedIncome: 0 };
  const seen = new Map<string, { row: number; name: string }>();
  let best = 0;
  for (const s of sheets) {
    const col = { ...collector(s.name), seen };
    const r = readSheet(s, col);
    out.entries.push(...col.entries);
    out.problems.push(...col.problems);
    out.skippedIncome += col.skippedIncome;
    if (r.count > best) {
      best = r.count;
      out.shape = r.shape;
    }
  }
  return out;
}

// ───────────────────────────── CSV ─────────────────────────────

/** CSV text (comma, semicolon or tab; quoted fields; BOM) → one sheet; digits without a leading zero become numbers. */
export function csvToGrid(text: string, name = 'CSV'): Grid {
  const src = text.replace(/^\uFEFF/, '');
  const firstLine = src.split(/\r?\n/, 1)[0] ?? '';
  const counts: [string, number][] = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length - 1]);
  const delim = counts.sort((a, b) => b[1] - a[1])[0][1] > 0 ? counts[0][0] : ',';
  const rows: CellValue[][] = [];
  let row: CellValue[] = [];
  let cur = '';
  let quoted = false;
  let i = 0;
  const endField = () => {
    // Digits without a leading zero are what a number cell exports as (款 1 for "01"); "01" stays text.
    row.push(cur === '' ? null : /^[1-9]\d{0,14}$/.test(cur.trim()) ? Number(cur.trim()) : cur);
    cur = '';
  };
  while (i < src.length) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        cur += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else cur += ch;
      i++;
      continue;
    }
    if (ch === '"' && cur === '') quoted = true;
    else if (ch === delim) endField();
    else if (ch === '\n' || ch === '\r') {
      endField();
      rows.push(row);
      row = [];
      if (ch === '\r' && src[i + 1] === '\n') i++;
    } else cur += ch;
    i++;
  }
  if (cur !== '' || row.length) {
    endField();
    rows.push(row);
  }
  return { sheets: [{ name, rows }] };
}

/** Reads a 科目表 from CSV text; a problem's row is the CSV line. */
export function readCatalogCsv(text: string, options: { source?: InputSource } = {}): CatalogFileResult {
  const r = readCatalogGrid(csvToGrid(text), { source: options.source });
  for (const p of r.problems) delete p.at;
  for (const e of r.entries) delete e.at;
  return r;
}

// ───────────────────────────── messages ─────────────────────────────

function whereOf(p: CatalogFileProblem, en: boolean): string {
  if (!p.at) return en ? `line ${p.row}` : `第 ${p.row} 行`;
  return en ? `row ${p.row} (${p.at.sheet}!${p.at.cell})` : `第 ${p.row} 行（${p.at.sheet}!${p.at.cell}）`;
}

/** One line (zh or en) for a problem of a 科目表. */
export function catalogProblemText(p: CatalogFileProblem | RejectedEntry, lang: 'zh' | 'en'): string {
  const en = lang === 'en';
  const q = p as CatalogFileProblem;
  const data: Record<string, string> = {
    where: q.row !== undefined ? whereOf(q as CatalogFileProblem, en) : en ? 'an entry' : '一项',
    code: p.code,
    name: p.name,
    system: p.system ?? '',
    part: q.part ?? '',
    partEn: PART_EN[q.part ?? ''] ?? '',
    parentPart: q.parentPart ?? '',
    parentPartEn: PART_EN[q.parentPart ?? ''] ?? '',
    firstRow: String(q.firstRow ?? ''),
    firstName: q.firstName ?? '',
  };
  const t = CATALOG_FILE_MESSAGES[p.reason];
  return renderTemplate(en ? t.en : t.zh, data);
}

/**
 * The one line a broken 科目表 gets ("zh / en"), or undefined when it can be used: no code at all, or rows that
 * cannot be read (the first named, with the count).
 */
export function catalogFileError(r: CatalogFileResult): string | undefined {
  if (r.problems.length === 0 && r.entries.length > 0) return undefined;
  if (r.problems.length === 0) return `${CATALOG_FILE_MESSAGES.empty.zh} / ${CATALOG_FILE_MESSAGES.empty.en}`;
  const first = r.problems[0];
  if (r.problems.length === 1) return `${catalogProblemText(first, 'zh')} / ${catalogProblemText(first, 'en')}`;
  const count = String(r.problems.length);
  const zh = renderTemplate(CATALOG_FILE_MESSAGES.summary.zh, { count, first: catalogProblemText(first, 'zh') });
  const en = renderTemplate(CATALOG_FILE_MESSAGES.summary.en, { count, first: catalogProblemText(first, 'en') });
  return `${zh} / ${en}`;
}
