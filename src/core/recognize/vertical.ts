/**
 * A “三公”经费 table printed down the rows ("项目 | 预算数": 合计, 1. 因公出国（境）费, 2. 公务接待费, 3. 公务用车购置及
 * 运行费, 其中：购置费 / 运行费), as many provinces print it. It becomes the same typed table as the across-the-columns
 * layout: one 合计 record whose amounts (total, abroad, reception, vehicle, vehicle.purchase, vehicle.operation) keep
 * the cells they were printed in, so every rule and every flag works unchanged. Each row's item and the item it adds
 * up into come from the same column roles as the across layout (threePublicColumn).
 */
import { a1, SheetView } from '../grid';
import type { Amount, Column, Row, RowsTable, TableKind, TableMeta } from '../tables/types';
import { isComparison, settleParents, threePublicColumn } from './columns';
import type { HeaderInfo } from './header';
import { readAmount } from './rows';
import { norm, stripNumbering } from './text';

type Meta = Omit<TableMeta, 'kind'> & { kind: TableKind };

const LABEL_RE = /^(项目|科目|名称|项目名称|科目名称|费用项目|支出项目)$/;
const VALUE_RE = /预算数|预算|金额|合计|小计|本年|数额/;

export function buildVerticalThreePublic(view: SheetView, header: HeaderInfo, meta: Meta): RowsTable | null {
  let labelCol = -1;
  let valueCol = -1;
  header.paths.forEach((path, j) => {
    const col = meta.left + j;
    if (view.isHiddenCol(col) || path.length === 0) return;
    const leaf = norm(path[path.length - 1]);
    const all = norm(path.join('/'));
    if (labelCol < 0 && LABEL_RE.test(leaf)) labelCol = col;
    else if (labelCol >= 0 && valueCol < 0 && VALUE_RE.test(leaf) && !isComparison(all)) valueCol = col;
  });
  if (labelCol < 0 || valueCol < 0) return null;

  const found = new Map<string, { amount: Amount; label: string; row: number; parent?: string }>();
  for (let r = header.dataStart; r <= meta.bottom; r++) {
    if (view.isHiddenRow(r)) continue;
    const label = view.text(r, labelCol);
    if (!label) continue;
    const name = stripNumbering(label).replace(/[（(]\s*[)）]$/, '');
    const role = threePublicColumn(norm(name), [norm(name)], false);
    if (role.role !== 'amount' || found.has(role.key)) continue;
    found.set(role.key, { amount: readAmount(view, r, valueCol), label, row: r, parent: role.parent });
  }
  const items = ['abroad', 'reception', 'vehicle', 'vehicle.purchase', 'vehicle.operation'].filter((k) => found.has(k));
  if (items.length < 2) return null;

  const columns: Column[] = [];
  for (const key of ['total', ...items]) {
    const f = found.get(key);
    if (!f) continue;
    columns.push({ key, path: [f.label], label: f.label, col: valueCol, parent: f.parent });
  }
  settleParents(columns);
  const amounts: Record<string, Amount> = {};
  for (const c of columns) amounts[c.key] = found.get(c.key)!.amount;
  const first = found.get('total') ?? found.get(items[0])!;
  const row: Row = {
    row: first.row,
    code: null,
    name: '合计',
    nameCell: { sheet: view.name, cell: a1(first.row, labelCol) },
    isTotal: true,
    amounts,
    children: [],
  };
  return { shape: 'rows', columns, rows: [row], codeKind: 'none' };
}
