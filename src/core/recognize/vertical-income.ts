/**
 * A 收入预算总表 printed down the rows (Jiangsu 公开02表: "项目名称 | 金额"): 收入总计, then groups — 一般公共预算资金,
 * 政府性基金, 财政专户管理资金, 其他资金, 上年结转和结余资金 — each with its 小计 line and its sources (the group's name in
 * a cell merged down the group, or printed once beside it). Each group becomes a row whose amount is its 小计 and
 * whose children are its sources; "其中：" lines are a part of their group, not one of the parts that add up to it.
 */
import { a1, SheetView } from '../grid';
import type { Amount, Column, Row, RowsTable, TableKind, TableMeta } from '../tables/types';
import { isComparison, sourceKey } from './columns';
import type { HeaderInfo } from './header';
import { readAmount } from './rows';
import { isTotalLabel, norm } from './text';

type Meta = Omit<TableMeta, 'kind'> & { kind: TableKind };

const VALUE_RE = /^(金额|预算数|合计|本年预算数?|收入预算)$/;

export function buildVerticalIncome(view: SheetView, header: HeaderInfo, meta: Meta): RowsTable | null {
  // The value column: the one amount heading; every column left of it holds labels.
  let valueCol = -1;
  header.paths.forEach((path, j) => {
    const leaf = norm(path[path.length - 1] ?? '');
    if (valueCol < 0 && VALUE_RE.test(leaf) && !isComparison(norm(path.join('/')))) valueCol = meta.left + j;
  });
  if (valueCol <= meta.left) return null;
  const labelCols: number[] = [];
  for (let c = meta.left; c < valueCol; c++) if (!view.isHiddenCol(c)) labelCols.push(c);

  interface Line {
    r: number;
    group: string;
    groupCol: number;
    item: string;
    itemCol: number;
    amount: Amount;
  }
  const lines: Line[] = [];
  for (let r = header.dataStart; r <= meta.bottom; r++) {
    const texts = labelCols.map((c) => ({ c, t: view.text(r, c), merged: String(view.merged(r, c) ?? '').trim() }));
    const filled = texts.filter((x) => x.t !== '' || x.merged !== '');
    if (filled.length === 0) continue;
    const last = texts[texts.length - 1];
    // With two label columns the first is the group (merged down, or printed once), the last the line's own label.
    const group = labelCols.length >= 2 ? texts[0].merged || texts[0].t : '';
    const item = labelCols.length >= 2 ? last.t : filled[filled.length - 1].t || filled[filled.length - 1].merged;
    lines.push({ r, group, groupCol: labelCols[0], item: item || group, itemCol: item ? last.c : labelCols[0], amount: readAmount(view, r, valueCol) });
  }
  if (!lines.some((l) => /小计$/.test(norm(l.item)))) return null;

  const column: Column = { key: 'total', path: header.paths[valueCol - meta.left] ?? ['金额'], label: '金额', col: valueCol };
  const rows: Row[] = [];
  const cell = (r: number, c: number) => ({ sheet: view.name, cell: a1(r, c) });
  // Groups start at their 小计 line; the group's name is wherever it is printed between this 小计 and the next.
  let i = 0;
  while (i < lines.length) {
    const l = lines[i];
    if (isTotalLabel(l.item) || /^收入(总计|合计)$|^总计$/.test(norm(l.item))) {
      rows.push({ row: l.r, code: null, name: l.item, nameCell: cell(l.r, l.itemCol), isTotal: true, amounts: { total: l.amount }, children: [] });
      i++;
      continue;
    }
    if (!/小计$/.test(norm(l.item))) {
      // A source outside any group: a line of its own.
      rows.push({ row: l.r, code: null, name: l.item, nameCell: cell(l.r, l.itemCol), isTotal: false, amounts: { total: l.amount }, children: [] });
      i++;
      continue;
    }
    let j = i + 1;
    while (j < lines.length && !/小计$/.test(norm(lines[j].item)) && !isTotalLabel(lines[j].item) && !/^收入(总计|合计)$/.test(norm(lines[j].item))) j++;
    const members = lines.slice(i, j);
    const named = members.find((m) => m.group !== '' && !/小计$/.test(norm(m.group)));
    const name = named?.group ?? '小计';
    const g = rows.length;
    const row: Row = {
      row: l.r,
      code: null,
      name,
      nameCell: named ? cell(named.r, named.groupCol) : cell(l.r, l.itemCol),
      isTotal: false,
      amounts: { total: l.amount },
      children: [],
    };
    const source = sourceKey(name) ?? (/上年结转|上年结余/.test(norm(name)) ? 'carry' : undefined);
    if (source) row.source = source;
    rows.push(row);
    for (const m of members.slice(1)) {
      const ofWhich = /^其中/.test(norm(m.item));
      const child: Row = {
        row: m.r,
        code: null,
        name: m.item,
        nameCell: cell(m.r, m.itemCol),
        isTotal: false,
        amounts: { total: m.amount },
        children: [],
        parent: g,
      };
      const k = rows.length;
      rows.push(child);
      if (!ofWhich) row.children.push(k);
    }
    i = j;
  }
  return { shape: 'rows', columns: [column], rows, codeKind: 'none' };
}
