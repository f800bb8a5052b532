/**
 * Row tables (支出总表, 收入总表, 一般公共预算支出表, 基本支出表, 三公, 政府性基金, 项目支出): each data row becomes a
 * typed record with its code, name and every amount with the cell it came from.
 */
import Decimal from 'decimal.js';
import { a1, CellRef, CellValue, SheetView } from '../grid';
import { cleanNumber, decimalFromNumber, isFigureNumber, numberDecimals, parseAmountFast } from '../money';
import type { Amount, Column, Row, RowsTable, TableKind, TableMeta } from '../tables/types';
import { classifyColumn, settleParents } from './columns';
import { HeaderInfo, headerWords, repeatsHeader } from './header';
import { halfWidth, isNoteText, isTotalLabel, norm, parseCode, splitCodeName, squash } from './text';

type Meta = Omit<TableMeta, 'kind'> & { kind: TableKind };

/** Column count of a sheet row in Excel (XFD): a cell's row and column are kept as one number, row × this + column. */
const COLS = 16384;

/**
 * An amount read from a cell; its Decimal and its A1 reference are made when a rule first asks for them (few are).
 * This is the common case — a blank cell or a clean number — and keeps only what it cannot recompute: one object per
 * amount cell, tens of thousands per workbook, so every field counts. `raw` is the number itself (or null).
 */
class CellAmount implements Amount {
  protected memo: { dec?: Decimal | null; ref?: CellRef } | undefined = undefined;
  private readonly at: number;
  constructor(
    readonly num: number | null,
    private readonly sheet: string,
    row: number,
    col: number,
    readonly decimals: number,
  ) {
    this.at = row * COLS + col;
  }
  get cell(): CellRef {
    const m = (this.memo ??= {});
    return (m.ref ??= { sheet: this.sheet, cell: a1(Math.floor(this.at / COLS), this.at % COLS) });
  }
  get value(): Decimal | null {
    const m = (this.memo ??= {});
    if (m.dec === undefined) m.dec = this.decimal();
    return m.dec;
  }
  protected decimal(): Decimal | null {
    return this.num === null ? null : decimalFromNumber(this.num);
  }
  get raw(): CellValue {
    return this.num;
  }
  /** undefined here (set on CellAmount.prototype below: a plain data property, read per cell by every sum rule). */
  declare readonly invalid?: boolean;
  toJSON() {
    return { value: this.value?.toString() ?? null, cell: this.cell, decimals: this.decimals, raw: this.raw, invalid: this.invalid };
  }
}

/** The rarer cells: text (exact digits kept), a number with binary noise, a formula error, anything invalid. */
class RawCellAmount extends CellAmount {
  constructor(
    num: number | null,
    private readonly exact: string | null,
    sheet: string,
    row: number,
    col: number,
    decimals: number,
    private readonly rawValue: CellValue,
    bad?: boolean,
  ) {
    super(num, sheet, row, col, decimals);
    if (bad) (this as { invalid?: boolean }).invalid = true;
  }
  protected decimal(): Decimal | null {
    return this.num === null ? null : this.exact !== null ? new Decimal(this.exact) : decimalFromNumber(this.num);
  }
  get raw(): CellValue {
    return this.rawValue;
  }
}
Object.defineProperty(CellAmount.prototype, 'invalid', { value: undefined, writable: true, enumerable: false, configurable: true });

export function readAmount(view: SheetView, row: number, col: number): Amount {
  const raw = view.value(row, col);
  const name = view.name;
  const err = view.formulaError(row, col);
  if (err) return new RawCellAmount(null, null, name, row, col, 0, err, true);
  if (raw === null) return new CellAmount(null, name, row, col, 0);
  if (isFigureNumber(raw)) {
    // The common case, without an intermediate parse result per cell.
    const n = cleanNumber(raw);
    const decimals = numberDecimals(n, view.numFmt(row, col));
    return Object.is(n, raw) ? new CellAmount(n, name, row, col, decimals) : new RawCellAmount(n, null, name, row, col, decimals, raw);
  }
  const p = parseAmountFast(raw, view.numFmt(row, col));
  if (p.kind === 'blank') return new RawCellAmount(null, null, name, row, col, 0, raw);
  if (p.kind === 'invalid') return new RawCellAmount(null, null, name, row, col, 0, raw, true);
  return new RawCellAmount(p.num, p.text, name, row, col, p.decimals, raw);
}

export function buildRowsTable(view: SheetView, header: HeaderInfo, meta: Meta): RowsTable | string {
  const kind = meta.kind;
  const columns: Column[] = [];
  const codeCols: { col: number; part: string }[] = [];
  let nameCol = -1;
  let unitNameCol = -1;
  const seen = new Set<string>();
  header.paths.forEach((path, j) => {
    const col = meta.left + j;
    if (view.isHiddenCol(col)) return;
    const role = classifyColumn(kind, path);
    if (role.role === 'code') codeCols.push({ col, part: norm(path[path.length - 1] ?? '') });
    else if (role.role === 'name' && nameCol < 0) nameCol = col;
    else if (role.role === 'unit-name' && unitNameCol < 0) unitNameCol = col;
    else if (role.role === 'amount' && !seen.has(role.key)) {
      seen.add(role.key);
      columns.push({ key: role.key, path, label: path.join('/'), col, parent: role.parent });
    }
  });
  if (columns.length === 0) return '未找到金额列';
  settleParents(columns);
  const splitCode = codeCols.length >= 2 && codeCols.every((c) => /^(类|款|项)$/.test(c.part));
  const codeCol = codeCols.length > 0 ? codeCols[0].col : -1;
  const words = headerWords(header, meta.left);

  // Each row's amounts are a copy of one template with every column key (in column order): the copy gets its final
  // shape at once, instead of growing its property store key by key.
  const template: Record<string, Amount | undefined> = {};
  for (const c of columns) template[c.key] = undefined;

  const rows: Row[] = [];
  let lastCls = '';
  let lastKuan = '';
  for (let r = header.dataStart; r <= meta.bottom; r++) {
    // A hidden row is still a line of the table when it carries a code or a name: Excel's SUM counts it and its money
    // is in the budget. A hidden row without either (check sums, lookup keys) is a helper, and a hidden note is not
    // printed: both are skipped below.
    const hidden = view.isHiddenRow(r);
    const firstText = firstNonEmpty(view, r, meta.left, meta.right);
    if (firstText === null) continue;
    if (isNoteText(firstText.text, onlyText(view, r, firstText.col, meta.right))) {
      if (!hidden) meta.notes.push({ text: firstText.text, cell: { sheet: view.name, cell: a1(r, firstText.col) } });
      continue;
    }

    let code: string | null = null;
    let codeText: string | undefined;
    let codeCell: { sheet: string; cell: string } | undefined;
    let name = nameCol >= 0 ? view.text(r, nameCol) : '';
    let nameCell = nameCol >= 0 ? { sheet: view.name, cell: a1(r, nameCol) } : undefined;
    let isTotal = false;
    let codeProblem: Row['codeProblem'];
    let unreadableCode = false;
    if (splitCode) {
      const parts = codeCols.map((c) => shownCode(view, r, c.col));
      const [cls, kuan, xiang] = [parts[0] ?? '', parts[1] ?? '', parts[2] ?? ''];
      const digits = (s: string) => /^\d+$/.test(s);
      if (digits(cls) || digits(kuan) || digits(xiang)) {
        codeText = parts.filter(Boolean).join(' ');
        // Each part is read as printed: 类 three digits, 款 and 项 two. A part printed otherwise ("2", "7") is neither
        // padded nor glued onto its neighbours: the row's code cannot be read, and no code below leans on that part.
        const bad = [cls, kuan, xiang].findIndex((p, i) => p !== '' && (!digits(p) || p.length !== (i === 0 ? 3 : 2)));
        if (cls) {
          lastCls = bad === 0 ? '?' : cls;
          lastKuan = '';
        }
        if (kuan) lastKuan = bad === 1 || lastCls === '?' ? '?' : kuan;
        const built = xiang ? (lastCls && lastKuan ? lastCls + lastKuan + xiang : '?') : kuan ? (lastCls ? lastCls + kuan : '?') : cls;
        const at = bad >= 0 ? bad : xiang ? 2 : kuan ? 1 : 0;
        codeCell = { sheet: view.name, cell: a1(r, codeCols[at].col) };
        if (bad >= 0) codeProblem = { part: (['类', '款', '项'] as const)[bad], text: parts[bad] };
        else if (built.includes('?')) unreadableCode = true;
        else code = built;
      } else if (isTotalLabel(parts.join(''))) isTotal = true;
    } else if (codeCol >= 0) {
      const v = view.value(r, codeCol);
      const t = view.text(r, codeCol);
      if (t !== '') {
        codeCell = { sheet: view.name, cell: a1(r, codeCol) };
        if (isTotalLabel(t)) isTotal = true;
        else {
          code = parseCode(v);
          codeText = t;
          if (code === null) {
            const split = splitCodeName(t);
            if (split) {
              code = split.code;
              if (!name) name = split.name;
            }
          }
        }
      }
    }
    if (!code && name) {
      const split = splitCodeName(name);
      if (split && (codeCol < 0 || view.text(r, codeCol) === '')) {
        code = split.code;
        codeText = split.code;
        codeCell = nameCell;
        name = split.name;
      }
    }
    if (isTotalLabel(name) || (firstText.col <= meta.left + 1 && isTotalLabel(firstText.text))) isTotal = true;
    if (unitNameCol >= 0 && isTotalLabel(view.text(r, unitNameCol))) isTotal = true;
    if (hidden && !code && !name && !isTotal && !(unitNameCol >= 0 && view.text(r, unitNameCol))) continue;

    const amounts = { ...template } as Record<string, Amount>;
    let any = false;
    let anyNumber = false;
    for (const c of columns) {
      const a = readAmount(view, r, c.col);
      amounts[c.key] = a;
      if (a.num !== null) anyNumber = true;
      if (a.num !== null || a.invalid) any = true;
    }
    if (!anyNumber && repeatsHeader(view, r, words)) continue;
    const unitName = unitNameCol >= 0 ? view.text(r, unitNameCol) : '';
    if (!code && !name && !isTotal && !any) continue;
    if (kind === 'project' && !name && unitName && !isTotal) {
      rows.push({
        row: r,
        code,
        codeCell,
        codeText,
        name: unitName,
        nameCell: { sheet: view.name, cell: a1(r, unitNameCol) },
        isTotal,
        amounts,
        children: [],
        isGroup: true,
      });
      continue;
    }
    if (!name && unitName && !isTotal) {
      name = unitName;
      nameCell = { sheet: view.name, cell: a1(r, unitNameCol) };
    }
    const row: Row = { row: r, code, codeCell, codeText, name, nameCell, isTotal, amounts, children: [] };
    if (codeProblem) row.codeProblem = codeProblem;
    if (codeProblem || unreadableCode) row.unreadableCode = true;
    rows.push(row);
  }
  // A table printed as one row of amounts without a label (a department's 三公, Jiangsu's 支出预算总表) is its total.
  if (rows.length === 1 && !rows[0].code && !rows[0].name) rows[0].isTotal = true;
  if (kind === 'procurement') nestProcurement(view, rows, meta.left);
  else linkHierarchy(rows, kind);
  const codeKind: RowsTable['codeKind'] =
    kind === 'gpb-basic' || kind === 'fiscal-basic' || kind === 'admin-operating'
      ? 'economic'
      : kind === 'income-summary' || kind === 'gpb-expenditure-by-unit'
        ? 'unit'
        : kind === 'procurement'
          ? 'none'
          : codeCol >= 0 || splitCode
            ? 'functional'
            : 'none';
  return { shape: 'rows', columns, rows, codeKind };
}

/** A split code part as Excel shows it: a number formatted "00" shows its leading zero ("2" → "02"). */
function shownCode(view: SheetView, r: number, c: number): string {
  const v = view.value(r, c);
  const fmt = view.numFmt(r, c);
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && fmt && /^0+$/.test(fmt)) return String(v).padStart(fmt.length, '0');
  return squash(halfWidth(view.text(r, c)));
}

/** Whether nothing after column `col` of row r holds a value. */
export function onlyText(view: SheetView, r: number, col: number, right: number): boolean {
  for (let c = col + 1; c <= right; c++) if (view.value(r, c) !== null && view.text(r, c) !== '') return false;
  return true;
}

function firstNonEmpty(view: SheetView, r: number, left: number, right: number): { text: string; col: number } | null {
  for (let c = left; c <= right; c++) {
    const t = view.text(r, c);
    if (t !== '') return { text: t, col: c };
  }
  return null;
}

/**
 * 政府采购预算表: 采购品目大类 (一、货物) in the first column, then 专项, 经济科目 and 采购物品 rows further right, with
 * levels printed flattened (a 专项 and its first 经济科目 share a row and its figure). Only the categories are sure to
 * add up to the 合计: every other row hangs under its category, whose own sum is not judged.
 */
function nestProcurement(view: SheetView, rows: Row[], left: number): void {
  let category = -1;
  rows.forEach((row, i) => {
    if (row.isTotal) return;
    if (view.text(row.row, left) !== '') {
      category = i;
      row.uncertain = true;
      return;
    }
    if (category >= 0) {
      row.parent = category;
      rows[category].children.push(i);
    }
  });
}

/** Parent of each coded row: the nearest row above whose code is a proper prefix of its code. */
function linkHierarchy(rows: Row[], kind: TableKind): void {
  const stack: number[] = [];
  let groupIndex = -1;
  rows.forEach((row, i) => {
    if (row.isTotal) {
      stack.length = 0;
      return;
    }
    if (kind === 'project') {
      if (row.isGroup) {
        groupIndex = i;
        return;
      }
      if (groupIndex >= 0) {
        row.parent = groupIndex;
        rows[groupIndex].children.push(i);
      }
      return;
    }
    if (!row.code) {
      // A row whose code cannot be read may belong under any row of the current chain: none of their sums is known.
      if (row.unreadableCode) for (const i of stack) rows[i].uncertain = true;
      return;
    }
    while (stack.length && !row.code.startsWith(rows[stack[stack.length - 1]].code as string)) stack.pop();
    const top = stack.length ? stack[stack.length - 1] : undefined;
    if (top !== undefined && rows[top].code !== row.code) {
      row.parent = top;
      rows[top].children.push(i);
    }
    stack.push(i);
  });
}
