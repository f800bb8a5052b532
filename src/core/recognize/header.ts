/**
 * Finding a table's header rows and reading each column's header words (two-row headers with merged cells).
 */
import { SheetView } from '../grid';
import { parseAmount } from '../money';
import { norm, numberingOf, parseCode, isTotalLabel } from './text';

const HEADER_WORDS = /科目编码|科目名称|编码|代码|名称|项目|预算数|合计|小计|收入|支出|经费|栏次|^类$|^款$|^项$|科目|金额/;

const META_LINE =
  /^(部门|单位|编制部门|编制单位|预算单位|部门名称|单位名称|填报单位|部门\/单位|主管部门|预算部门)[:]|^(金额)?单位[:](万元|元|千元|亿元|百万元)$/;

export function isNumericCell(v: unknown): boolean {
  if (typeof v === 'number') return true;
  if (typeof v !== 'string') return false;
  const p = parseAmount(v);
  return p.kind === 'number';
}

/** A "栏次" row: 1 2 3 … printed under the header. */
export function isColumnNumberRow(view: SheetView, row: number, left: number, right: number): boolean {
  let seen = 0;
  let expected = 1;
  let hasLabel = false;
  for (let c = left; c <= right; c++) {
    const t = norm(view.text(row, c));
    if (t === '') continue;
    if (/^栏次$|^[a-zA-Z]$|^甲$|^乙$|^丙$/.test(t)) {
      hasLabel = true;
      continue;
    }
    if (t === String(expected)) {
      expected++;
      seen++;
    } else return false;
  }
  return seen >= 2 || (hasLabel && seen >= 1);
}

function rowTexts(view: SheetView, row: number, left: number, right: number): string[] {
  const out: string[] = [];
  for (let c = left; c <= right; c++) out.push(norm(String(view.merged(row, c) ?? '')));
  return out;
}

/**
 * True when a row looks like data: a number in it, a code in its first cells, or a 合计 label in its first cells
 * on a row that is not a line of column headings.
 */
export function looksLikeData(view: SheetView, row: number, left: number, right: number): boolean {
  let texts = 0;
  let totalLabel = false;
  let first = true;
  for (let c = left; c <= right; c++) {
    const v = view.value(row, c);
    if (v === null) continue;
    if (typeof v === 'number') return true;
    const s = String(v);
    if (s.trim() === '') continue;
    if (isNumericCell(s)) return true;
    if (parseCode(s) !== null && c <= left + 2) return true;
    // A pre-printed line label ("一、财政拨款收入", "1. 一般公共预算", "（一）…") starts a line of the table, not a
    // header: the line has no amount yet, but it is the table's first line.
    if (first && c <= left + 2 && isLineLabel(s)) return true;
    first = false;
    texts++;
    if (isTotalLabel(s) && c <= left + 2) totalLabel = true;
  }
  return totalLabel && texts <= 2;
}

/** "一、财政拨款收入", "1. 一般公共预算", "(一) 基本支出", "收入总计": a line's label, never a column heading. */
function isLineLabel(s: string): boolean {
  const n = norm(s);
  if (/^(收入|支出)(总计|合计)$|^(本年)?(收入|支出)(合计|小计)$/.test(n)) return true;
  const num = numberingOf(s);
  return num !== '' && n.length > num.length;
}

export interface HeaderInfo {
  /** 0-based sheet rows of the header (top to bottom). */
  rows: number[];
  /** First row after the header (and after a 栏次 row). */
  dataStart: number;
  /** For each column left..right: the header words top to bottom, blanks and repeats removed. */
  paths: string[][];
}

/**
 * From `start`, finds the header: the first row holding header words, and the rows under it until data begins
 * (at most four header rows).
 */
export function readHeader(view: SheetView, start: number, end: number, left: number, right: number): HeaderInfo | null {
  let first = -1;
  for (let r = start; r <= end && r < start + 8; r++) {
    const texts = rowTexts(view, r, left, right).filter((t) => t !== '');
    if (texts.length === 0) continue;
    // "部门：中共江苏省委办公厅 … 单位：万元": the table's metadata line, not its header (whatever words the name holds).
    if (texts.every((t) => META_LINE.test(t) || /^\d{4}年(度)?$/.test(t))) continue;
    if (looksLikeData(view, r, left, right)) return null;
    const words = texts.filter((t) => HEADER_WORDS.test(t)).length;
    if (words >= 1 && texts.length >= 2) {
      first = r;
      break;
    }
  }
  if (first < 0) return null;
  const rows = [first];
  let r = first + 1;
  while (r <= end && rows.length < 4) {
    if (isColumnNumberRow(view, r, left, right)) break;
    if (looksLikeData(view, r, left, right)) break;
    const texts = rowTexts(view, r, left, right).filter((t) => t !== '');
    if (texts.length === 0) break;
    rows.push(r);
    r++;
  }
  let dataStart = r;
  while (dataStart <= end && isColumnNumberRow(view, dataStart, left, right)) dataStart++;

  const paths: string[][] = [];
  const grid = rows.map((hr) => rowTexts(view, hr, left, right));
  // A group label printed once over several sub-columns without a merge: carry it right while the row below
  // has words and this row is blank.
  for (let i = 0; i < grid.length - 1; i++) {
    const upper = grid[i];
    const lower = grid[i + 1];
    for (let j = 1; j < upper.length; j++) {
      if (upper[j] !== '' || lower[j] === '') continue;
      const c = left + j;
      if (view.isMergeTail(rows[i], c)) continue;
      let k = j - 1;
      while (k >= 0 && upper[k] === '' && lower[k] !== '') k--;
      if (k >= 0 && upper[k] !== '' && lower[k] !== '' && upper[k] !== lower[k]) upper[j] = upper[k];
    }
  }
  for (let j = 0; j <= right - left; j++) {
    const path: string[] = [];
    for (const line of grid) {
      const t = line[j];
      if (t !== '' && path[path.length - 1] !== t) path.push(t);
    }
    paths.push(path);
  }
  return { rows, dataStart, paths };
}

/** Every header word of each column (all levels, normalised): what a page-break repeat of the header reprints. */
export type HeaderWords = Map<number, Set<string>>;

export function headerWords(header: HeaderInfo, left: number): HeaderWords {
  const words: HeaderWords = new Map();
  header.paths.forEach((p, j) => p.length && words.set(left + j, new Set(p.map((x) => norm(x)))));
  return words;
}

/**
 * A row that reprints header words (page-break repeats: "项目 | 一般公共预算支出", "类 | 款 | 项", "项目 | 预算数"): every
 * word it holds is a header word of its own column, or at least two are and they outnumber the rest.
 */
export function repeatsHeader(view: SheetView, row: number, words: HeaderWords): boolean {
  let match = 0;
  let other = 0;
  for (const [c, set] of words) {
    const t = norm(view.text(row, c));
    if (t === '') continue;
    if (set.has(t)) match++;
    else other++;
  }
  return match >= 1 && (other === 0 || (match >= 2 && match > other));
}
