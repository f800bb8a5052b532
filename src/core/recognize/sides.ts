/**
 * 收支总表 and 财政拨款收支总表: an income side and an expenditure side in one row ("项目 | 预算数 | 项目 | 预算数").
 * Each printed line becomes a Line with a role (source, class, 本年合计, 结转, 总计) and its amount cell.
 */
import { a1, SheetView } from '../grid';
import type { Amount, Line, LineRole, SidesTable, TableKind, TableMeta } from '../tables/types';
import type { ClassResolver } from './classes';
import { sourceKey } from './columns';
import { HeaderInfo, headerWords, repeatsHeader } from './header';
import { onlyText, readAmount } from './rows';
import { isNoteText, norm, numberingOf, stripNumbering } from './text';

type Meta = Omit<TableMeta, 'kind'> & { kind: TableKind };

interface Side {
  side: 'income' | 'expenditure';
  /** Jiangsu's 收支预算总表 prints spending twice: by 功能分类 and by 支出用途 (基本支出, 项目支出, 单位预留机动经费). */
  use?: boolean;
  labelCol: number;
  amountCols: { col: number; key: string }[];
}

function amountKey(path: string[], index: number, side: 'income' | 'expenditure'): string {
  const leaf = norm(path[path.length - 1] ?? '');
  if (index === 0 || /^(预算数|合计|小计|金额|本年预算数?)$/.test(leaf)) return 'amount';
  // The spending side split by use (a Shanghai 单位预算 表1: 合计 | 基本支出 (人员经费 | 公用经费) | 项目支出): the same
  // keys as the expenditure tables' columns, so the split can be compared with them.
  if (side === 'expenditure') {
    if (/^人员经费/.test(leaf)) return 'basic.personnel';
    if (/^公用经费/.test(leaf)) return 'basic.public';
    if (/^基本支出/.test(leaf)) return 'basic';
    if (/^项目支出/.test(leaf)) return 'project';
  }
  return sourceKey(leaf) ?? leaf;
}

export function buildSidesTable(view: SheetView, header: HeaderInfo, meta: Meta, classCode: ClassResolver): SidesTable | string {
  // Label columns are those headed 项目 (or 收入项目 / 支出项目 / 功能分类科目); the second one starts the expenditure side.
  const labelCols: number[] = [];
  header.paths.forEach((p, j) => {
    const leaf = norm(p[p.length - 1] ?? '');
    const all = norm(p.join('/'));
    if (/^(项目|收入项目|支出项目|科目|科目名称|项目名称|功能科目名称|功能分类科目名称)$|功能分类/.test(leaf) && !/预算数|金额/.test(leaf))
      labelCols.push(meta.left + j);
    else if (/^(收入|支出)$/.test(leaf) && !/预算数/.test(all)) labelCols.push(meta.left + j);
  });
  if (labelCols.length < 2) return '未找到收入、支出两栏（项目 | 预算数）';
  const sides: Side[] = [];
  // Two sides (收入 | 支出), or three when spending is printed by function and by use (收入 | 功能分类 | 支出用途).
  const count = labelCols.length >= 3 && /支出用途|用途/.test(norm((header.paths[labelCols[2] - meta.left] ?? []).join('/'))) ? 3 : 2;
  for (let i = 0; i < count; i++) {
    const labelCol = labelCols[i];
    const next = i + 1 < labelCols.length ? labelCols[i + 1] : meta.right + 1;
    const amountCols: { col: number; key: string }[] = [];
    for (let c = labelCol + 1; c < next; c++) {
      if (view.isHiddenCol(c)) continue;
      const path = header.paths[c - meta.left] ?? [];
      if (path.length === 0) continue;
      amountCols.push({ col: c, key: amountKey(path, amountCols.length, i === 0 ? 'income' : 'expenditure') });
    }
    if (amountCols.length === 0) return '未找到预算数列';
    sides.push({ side: i === 0 ? 'income' : 'expenditure', labelCol, amountCols, use: i === 2 });
  }

  const lines: Line[] = [];
  const state = { income: 'current' as 'current' | 'carry' | 'done', expenditure: 'current' as 'current' | 'done' };
  const words = headerWords(header, meta.left);
  for (let r = header.dataStart; r <= meta.bottom; r++) {
    // The header printed again on a continuation page is not a line.
    if (repeatsHeader(view, r, words)) continue;
    // A hidden line still counts (Excel's SUM counts it); a hidden note is not printed, so it is no 说明.
    const first = view.text(r, sides[0].labelCol);
    if (first && isNoteText(first, onlyText(view, r, sides[0].labelCol, meta.right))) {
      if (!view.isHiddenRow(r)) meta.notes.push({ text: first, cell: { sheet: view.name, cell: a1(r, sides[0].labelCol) } });
      continue;
    }
    for (let si = 0; si < sides.length; si++) {
      const s = sides[si];
      const label = view.text(r, s.labelCol);
      if (!label) continue;
      const amounts: Record<string, Amount> = {};
      for (const ac of s.amountCols) amounts[ac.key] = readAmount(view, r, ac.col);
      // A closing line printed across the next side ("当年支出小计" under 功能分类 with its figure under 支出用途, the
      // label cell merged over both): the figure is the next side's when this side's cell is blank and that side
      // prints no label of its own on this row.
      const after = sides[si + 1];
      if (
        after &&
        after.side === s.side &&
        amounts[s.amountCols[0].key].num === null &&
        !amounts[s.amountCols[0].key].invalid &&
        !view.text(r, after.labelCol)
      ) {
        const own = readAmount(view, r, after.amountCols[0].col);
        if (own.num !== null || own.invalid) amounts[s.amountCols[0].key] = own;
      }
      const amount = amounts[s.amountCols[0].key];
      const name = stripNumbering(label).replace(/其它/g, '其他');
      const { role, key } = classify(s.side, name, label, state, classCode);
      const line: Line = { side: s.side, role, key, label, name, labelCell: { sheet: view.name, cell: a1(r, s.labelCol) }, amount, amounts };
      if (s.use) line.byUse = true;
      lines.push(line);
    }
  }
  nestSubItems(lines);
  const columns = sides.flatMap((s) =>
    s.amountCols.map((ac) => {
      const path = header.paths[ac.col - meta.left] ?? [];
      return {
        side: s.side,
        key: ac.key,
        label: norm(path[path.length - 1] ?? ''),
        cell: { sheet: view.name, cell: a1(header.rows[header.rows.length - 1], ac.col) },
      };
    }),
  );
  return { shape: 'sides', lines, columns };
}

/** The kind of numbering a label carries: 一、 / (一) / 1. / (1) / ① / none. */
function numberingStyle(label: string): string {
  const n = numberingOf(label);
  if (!n) return '';
  if (/^\(\d/.test(n)) return '(1)';
  if (/^\(/.test(n)) return '(一)';
  if (/^\d/.test(n)) return '1.';
  if (/^[①-⑳]/.test(n)) return '①';
  return '一、';
}

/**
 * Income sources printed under another source they are part of: "一、财政拨款收入" followed by "1. 一般公共预算资金",
 * "2. 政府性基金" (Shanghai's 财务收支预算总表), or "其中：…" lines. They become sub-items of that line, so the
 * 本年收入 / 收入总计 sums count the line once and the line itself must equal its sub-items.
 */
function nestSubItems(lines: Line[]): void {
  let group = -1;
  let groupStyle = '';
  lines.forEach((l, i) => {
    if (l.side !== 'income') return;
    if (l.role !== 'item') {
      group = -1;
      return;
    }
    const style = numberingStyle(l.label);
    const ofWhich = /^其中/.test(norm(l.label));
    if (group >= 0 && (ofWhich || (style !== '' && style !== groupStyle))) {
      l.role = 'sub-item';
      l.parent = group;
      if (ofWhich) l.ofWhich = true;
      return;
    }
    group = i;
    groupStyle = style;
  });
}

/** A line of spending by use → the expenditure tables' column key. */
export function useKey(name: string): string | undefined {
  if (/^基本支出$/.test(name)) return 'basic';
  if (/^项目支出$/.test(name)) return 'project';
  if (/^单位预留机动经费$|^预留机动经费$/.test(name)) return 'reserve';
  if (/^事业单位经营支出$/.test(name)) return 'operating';
  if (/^上缴上级支出$/.test(name)) return 'superior';
  if (/^对附属单位补助支出$/.test(name)) return 'affiliated';
  return undefined;
}

function classify(
  side: 'income' | 'expenditure',
  name: string,
  label: string,
  state: { income: 'current' | 'carry' | 'done'; expenditure: 'current' | 'done' },
  classCode: ClassResolver,
): { role: LineRole; key?: string } {
  if (side === 'income') {
    if (/^收入总计$|^收入合计$|^总计$/.test(name)) {
      state.income = 'done';
      return { role: 'grand-total' };
    }
    if (/^(本年|当年)收入(合计|小计)?$|^收入小计$/.test(name)) {
      state.income = 'current';
      return { role: 'current-total' };
    }
    if (/^上年结转(结余)?(资金)?$|^上年结余$|^上年结转和结余(资金)?$|^上年结转结余收入$/.test(name)) {
      state.income = 'carry';
      return { role: 'carry' };
    }
    const k = sourceKey(name);
    if (k) return { role: state.income === 'carry' ? 'carry-item' : 'item', key: k };
    return { role: 'other' };
  }
  if (/^支出总计$|^支出合计$|^总计$/.test(name)) return { role: 'grand-total' };
  if (/^(本年|当年)支出(合计|小计)?$|^支出小计$/.test(name)) return { role: 'current-total' };
  if (/^年终结转(结余)?$|^年末结转(和)?结余$|^结转下年(资金)?$|^年终结余$/.test(name)) return { role: 'year-end' };
  // Spending by use (Jiangsu: 一、基本支出 二、项目支出 三、单位预留机动经费).
  const use = useKey(name);
  if (use) return { role: 'use', key: use };
  const code = classCode(label);
  if (code) return { role: 'class', key: code };
  return { role: 'other' };
}
