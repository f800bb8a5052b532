/**
 * Recognition: finds each 附表 in a Grid by its title and header words and turns it into a typed table.
 * Nothing here looks at sheet names or fixed cell positions. What cannot be placed is listed, not guessed.
 */
import { NOTE_MARK } from '../flags';
import { a1, Grid, SheetView } from '../grid';
import type { Unit } from '../money';
import type { DisclosurePart, PartKind, UnrecognizedArea } from '../report';
import { isCoverTitle, partOf } from './parts';
import { allAmounts } from '../tables/amounts';
import { Table, TableKind, TABLE_NAMES } from '../tables/types';
import { buildRowsTable } from './rows';
import { buildSidesTable } from './sides';
import { buildVerticalThreePublic } from './vertical';
import { buildVerticalIncome } from './vertical-income';
import { groupCodelessUnits } from './groups';
import { matchTitle, tableNumberLabel } from './titles';
import { norm } from './text';
import { readHeader } from './header';
import type { ClassResolver } from './classes';
import { builtinClassCode } from './classes';

export interface RecognizeOptions {
  classCode?: ClassResolver;
}

export interface Recognized {
  tables: Table[];
  /** Front matter and text sheets (封面, 目录, 主要职能, 编制说明 …). */
  parts: DisclosurePart[];
  unrecognized: UnrecognizedArea[];
  /** Every title found, recognised or not (the layout is told by them). */
  titles: string[];
}

interface TitleHit {
  row: number;
  col: number;
  kind: TableKind | null;
  title: string;
  number?: string;
  /** The number label as printed beside or above the title ("附表-3", "公开03表"). */
  numberText?: string;
  /** No title row: the sheet's name was taken as the title. */
  fromSheetName?: boolean;
}

const UNIT_RE = /(?:金额)?单位\s*[:：]\s*(万元|元|千元|亿元|百万元)/;
const ORG_RE = /(?:部门\s*[/／]\s*单位|部门\s*[（(]\s*单位\s*[)）]|编制单位|预算单位|单位名称|部门名称|填报单位|部门|单位)\s*[:：]\s*(.+)$/;

/** Reads "部门/单位：X" and "单位：万元" from one cell's text. */
export function readMeta(text: string): { org?: string; unit?: Unit } {
  const out: { org?: string; unit?: Unit } = {};
  let rest = text;
  const u = UNIT_RE.exec(rest);
  if (u) {
    out.unit = u[1] as Unit;
    rest = rest.slice(0, u.index) + rest.slice(u.index + u[0].length);
  }
  const o = ORG_RE.exec(rest.trim());
  if (o) {
    const name = o[1].trim().replace(/[\s\u3000]+$/, '');
    if (name && !/^(万元|元|千元|亿元)$/.test(name)) out.org = name;
  }
  return out;
}

function findTitles(view: SheetView): TitleHit[] {
  const hits: TitleHit[] = [];
  for (let r = view.firstRow; r < view.rowCount; r++) {
    for (let c = view.firstCol; c < view.colCount; c++) {
      const v = view.value(r, c);
      if (typeof v !== 'string' || !v.includes('表')) continue;
      const m = matchTitle(v);
      if (!m) continue;
      let number = m.number;
      let numberText = number ? `附表-${number}` : undefined;
      if (!number) {
        // "附表-3" / "公开03表" printed in its own cell just above or beside the title.
        for (let rr = Math.max(view.firstRow, r - 2); rr <= r && !number; rr++) {
          for (let cc = view.firstCol; cc < Math.min(view.colCount, view.firstCol + 12) && !number; cc++) {
            number = tableNumberLabel(view.text(rr, cc));
            if (number) numberText = norm(view.text(rr, cc));
          }
        }
      }
      hits.push({ row: r, col: c, kind: m.kind, title: m.title, number, numberText });
      break; // one title per row
    }
  }
  return hits;
}

function usedBounds(view: SheetView, top: number, bottom: number): { left: number; right: number } | null {
  let left = Infinity;
  let right = -1;
  for (let r = top; r <= bottom; r++) {
    for (let c = view.firstCol; c < view.colCount; c++) {
      const v = view.value(r, c);
      if (v !== null && (typeof v !== 'string' || v.trim() !== '')) {
        if (c < left) left = c;
        if (c > right) right = c;
      }
    }
  }
  return right < 0 ? null : { left, right };
}

/** 审核报告, 编制说明 and 上年数与说明 are written by the add-in; 自定义科目 holds the user's extra codes. */
export const OWN_SHEETS = new Set(['审核报告', '审核结果', '编制说明', '上年数与说明', '自定义科目', '科目表']);

export function recognize(grid: Grid, options: RecognizeOptions = {}): Recognized {
  const classCode = options.classCode ?? builtinClassCode;
  const tables: Table[] = [];
  const parts: DisclosurePart[] = [];
  const unrecognized: UnrecognizedArea[] = [];
  const allTitles: string[] = [];
  for (const sheet of grid.sheets) {
    // Sheets this tool writes itself, and the user's own code list, are not budget tables.
    if (OWN_SHEETS.has(norm(sheet.name))) continue;
    // A sheet we wrote under another name (审核结果(2) beside the user's own 审核结果) starts with our mark.
    const topLeft = sheet.rows[0]?.[0];
    if (typeof topLeft === 'string' && topLeft.startsWith(NOTE_MARK)) continue;
    const view = new SheetView(sheet);
    // Front matter and text sheets, told by the sheet's name or its first text: a 目录 is never read for titles (its
    // lines name every table); the others only when no table is found on them.
    const head = firstTextOf(view);
    const part: PartKind | undefined = partOf(sheet.name) ?? (head ? (partOf(head.text) ?? (isCoverTitle(head.text) ? 'cover' : undefined)) : undefined);
    const asPart = () => {
      const b = usedBounds(view, view.firstRow, view.rowCount - 1);
      parts.push({
        part: part!,
        sheet: sheet.name,
        title: head?.text.trim() ?? '',
        range: b ? `${a1(view.firstRow, b.left)}:${a1(view.rowCount - 1, b.right)}` : '',
      });
    };
    if (part === 'contents') {
      asPart();
      continue;
    }
    const titles = findTitles(view);
    if (titles.length === 0) {
      if (part) {
        asPart();
        continue;
      }
      // Only a sheet without titles needs its own bounds; tables measure their regions below.
      const bounds = usedBounds(view, view.firstRow, view.rowCount - 1);
      if (!bounds) continue;
      // No title row, but the sheet is named after a table ("收支总表", "表3 支出总表"): read it as that table, and
      // say so (meta/title-from-sheet) — the name is the user's own label, the header must still be found.
      const byName = matchTitle(sheet.name);
      if (byName?.kind) {
        const hit: TitleHit = { row: view.firstRow - 1, col: bounds.left, kind: byName.kind, title: sheet.name, number: byName.number, fromSheetName: true };
        const table = buildTable(view, hit, hit.row, view.rowCount - 1, bounds.left, bounds.right, classCode);
        if (typeof table !== 'string') {
          tables.push(table);
          allTitles.push(sheet.name);
          continue;
        }
      }
      const first = firstText(view, view.firstRow, view.rowCount - 1, bounds.left, bounds.right);
      unrecognized.push({
        sheet: sheet.name,
        range: `${a1(view.firstRow, bounds.left)}:${a1(view.rowCount - 1, bounds.right)}`,
        text: first ? `未找到表格标题（首个文字：${first}）` : '未找到表格标题',
      });
      continue;
    }
    const before = { tables: tables.length, unrecognized: unrecognized.length };
    const sheetTitles: string[] = [];
    for (let i = 0; i < titles.length; i++) {
      const t = titles[i];
      sheetTitles.push(t.numberText && !/附表|公开\d+表/.test(norm(t.title)) ? `${t.numberText} ${t.title}` : t.title);
      const top = t.row;
      let bottom = i + 1 < titles.length ? titles[i + 1].row - 1 : view.rowCount - 1;
      // A "附表-N" label (or blank rows) just above the next title belongs to the next table, not to this one.
      while (bottom > top && isLabelOrBlankRow(view, bottom)) bottom--;
      const b = usedBounds(view, top, bottom);
      if (!b) continue;
      const range = `${a1(top, b.left)}:${a1(bottom, b.right)}`;
      if (!t.kind) {
        unrecognized.push({ sheet: sheet.name, range, text: `未识别的表格：${t.title}` });
        continue;
      }
      const table = buildTable(view, t, top, bottom, b.left, b.right, classCode);
      if (typeof table === 'string') unrecognized.push({ sheet: sheet.name, range, text: `${t.title}：${table}` });
      else tables.push(table);
    }
    // A text sheet (编制说明 …) whose lines happen to look like titles ("附表-3 支出总表" quoted in the text) holds no
    // table: it is the part it is named for, and its title-like lines are not tables that could not be read.
    if (part && tables.length === before.tables) {
      unrecognized.length = before.unrecognized;
      asPart();
      continue;
    }
    allTitles.push(...sheetTitles);
  }
  return { tables, parts, unrecognized, titles: allTitles };
}

function isLabelOrBlankRow(view: SheetView, row: number): boolean {
  for (let c = view.firstCol; c < view.colCount; c++) {
    const t = view.text(row, c);
    if (t !== '' && !tableNumberLabel(t)) return false;
  }
  return true;
}

/** The first non-blank text of a sheet, top to bottom, left to right. */
function firstTextOf(view: SheetView): { text: string; row: number } | null {
  for (let r = view.firstRow; r < view.rowCount; r++) {
    for (let c = view.firstCol; c < view.colCount; c++) {
      const v = view.value(r, c);
      if (typeof v === 'string' && v.trim() !== '') return { text: v, row: r };
      if (v !== null && typeof v !== 'string') return null;
    }
  }
  return null;
}

function firstText(view: SheetView, top: number, bottom: number, left: number, right: number): string {
  for (let r = top; r <= bottom; r++)
    for (let c = left; c <= right; c++) {
      const t = view.text(r, c);
      if (t) return t.length > 30 ? t.slice(0, 30) + '…' : t;
    }
  return '';
}

function buildTable(view: SheetView, t: TitleHit, top: number, bottom: number, left: number, right: number, classCode: ClassResolver): Table | string {
  // Metadata lines between the title and the header (and sometimes in the title row itself).
  let org: string | null = null;
  let unit: Unit | null = null;
  let orgCell: { sheet: string; cell: string } | undefined;
  let unitCell: { sheet: string; cell: string } | undefined;
  const header = readHeader(view, top + 1, bottom, left, right);
  if (!header) return '未找到表头（科目编码、科目名称、合计等）';
  for (let r = top; r < header.rows[0]; r++) {
    for (let c = left; c <= right; c++) {
      const text = view.text(r, c);
      if (!text || (r === t.row && c === t.col)) continue;
      const m = readMeta(text);
      if (m.org && org === null) {
        org = m.org;
        orgCell = { sheet: view.name, cell: a1(r, c) };
      }
      if (m.unit && unit === null) {
        unit = m.unit;
        unitCell = { sheet: view.name, cell: a1(r, c) };
      }
    }
  }
  // The unit is sometimes printed inside the title ("收支总表（单位：万元）") or in a header cell ("金额（万元）").
  if (unit === null) {
    const m = UNIT_RE.exec(t.title) ?? /[(（](万元|元)[)）]/.exec(t.title);
    if (m) {
      unit = m[1] as Unit;
      unitCell = { sheet: view.name, cell: a1(t.row, t.col) };
    }
  }
  if (unit === null) {
    for (const hr of header.rows)
      for (let c = left; c <= right; c++) {
        const m = /[(（](万元|元)[)）]/.exec(view.text(hr, c));
        if (m && unit === null) {
          unit = m[1] as Unit;
          unitCell = { sheet: view.name, cell: a1(hr, c) };
        }
      }
  }
  const meta = {
    kind: t.kind as TableKind,
    name: TABLE_NAMES[t.kind as TableKind],
    title: t.title,
    titleCell: { sheet: view.name, cell: a1(Math.max(t.row, view.firstRow), t.col) },
    titleFromSheetName: t.fromSheetName,
    number: t.number,
    sheet: view.name,
    top,
    bottom,
    left,
    right,
    range: `${a1(Math.max(top, view.firstRow), left)}:${a1(bottom, right)}`,
    org,
    orgCell,
    unit,
    unitCell,
    notes: [] as { text: string; cell: { sheet: string; cell: string } }[],
    decimals: 0,
    exact: false,
  };
  const kind = t.kind as TableKind;
  let body =
    kind === 'income-expenditure-summary' || kind === 'fiscal-summary' ? buildSidesTable(view, header, meta, classCode) : buildRowsTable(view, header, meta);
  // 三公 printed down the rows ("项目 | 预算数"): no column names an item, the rows do.
  if (
    kind === 'three-public' &&
    (typeof body === 'string' || (body.shape === 'rows' && !body.columns.some((c) => c.key !== 'total' && c.key !== 'admin-operating')))
  ) {
    const vertical = buildVerticalThreePublic(view, header, meta);
    if (vertical) body = vertical;
  }
  // 收入预算总表 printed down the rows ("项目名称 | 金额": 收入总计, then each source group with its 小计).
  if (kind === 'income-summary' && typeof body === 'string') body = buildVerticalIncome(view, header, meta) ?? body;
  if (typeof body === 'string') return body;
  // 收入总表 is listed by unit in the 财政部 format but by 功能分类 code in Shanghai's ("功能分类科目编码 / 类 | 款 | 项").
  if (
    body.shape === 'rows' &&
    body.codeKind === 'unit' &&
    header.paths.some((p) => /功能分类|^(类|款|项)$/.test(norm(p[p.length - 1] ?? '')) || p.some((x) => /功能分类科目/.test(norm(x))))
  ) {
    body.codeKind = 'functional';
  }
  const table = { ...meta, ...body } as Table;
  settlePrecision(table);
  if (table.shape === 'rows' && table.codeKind === 'unit' && (kind === 'income-summary' || kind === 'gpb-expenditure-by-unit'))
    groupCodelessUnits(table, table.decimals);
  return table;
}

function settlePrecision(table: Table): void {
  let decimals = 0;
  // An indexed loop: a for…of here made an iterator result per amount cell (this runs once per table, unoptimised).
  const list = allAmounts(table);
  for (let i = 0; i < list.length; i++) {
    const a = list[i];
    if (a.num !== null && a.decimals > decimals) decimals = a.decimals;
  }
  if (decimals > 6) decimals = 6;
  table.decimals = decimals;
  table.exact = table.unit === '元' && decimals >= 2;
}
