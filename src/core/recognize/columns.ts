/**
 * Column roles: from the header words of a column (top to bottom) to a semantic key and the column it adds up into.
 * Keys are shared across layouts so cross-table rules can say "basic" or "income.gpb" whatever the header says.
 */
import type { Column, TableKind } from '../tables/types';
import { norm } from './text';

export type ColumnRole = { role: 'code' } | { role: 'name' } | { role: 'unit-name' } | { role: 'amount'; key: string; parent?: string } | { role: 'ignore' };

/** Income sources as printed in 收入总表 columns and 收支总表 lines → key. */
export function sourceKey(label: string): string | undefined {
  const s = norm(label).replace(/其它/g, '其他');
  if (/一般公共预算|公共财政预算|财政拨款\(补助\)/.test(s)) return 'gpb';
  // 财政拨款 is all three funds (一般公共预算 + 政府性基金 + 国有资本经营), not 一般公共预算 alone.
  if (/^财政拨款(收入|资金)?$/.test(s)) return 'fiscal';
  if (/政府性基金/.test(s)) return 'fund';
  if (/国有资本经营/.test(s)) return 'soe';
  if (/财政专户/.test(s)) return 'special';
  if (/事业单位经营/.test(s)) return 'operating';
  if (/^事业收入|^事业收入\b/.test(s)) return 'business';
  if (/上级补助/.test(s)) return 'superior';
  if (/附属单位上缴/.test(s)) return 'affiliated';
  if (/单位资金/.test(s)) return 'unit-funds';
  if (/事业基金|弥补收支差额/.test(s)) return 'fund-cover';
  if (/^其他收入$|^其他$|^其他资金$/.test(s)) return 'other';
  return undefined;
}

const CODE_RE = /(科目)?编码$|代码$|^科目代码|^(功能|经济)?分类?科目编码|^编号$/;
const NAME_RE = /名称$|^科目$|^项目$|^项目\(科目\)$/;

/** Is the label a comparison, not an amount of this year (上年数, 增减, 比上年, %)? Such columns take no part in sums. */
export function isComparison(s: string): boolean {
  return /上年(预算|执行|决算)?数|增减|比上年|增长|变动|%|百分比|备注|说明/.test(s);
}

export function classifyColumn(kind: TableKind, path: string[]): ColumnRole {
  const parts = path.map((p) => norm(p)).filter((p) => p !== '');
  if (parts.length === 0) return { role: 'ignore' };
  const leaf = parts[parts.length - 1];
  const group = parts.length > 1 ? parts[0] : '';
  const all = parts.join('/');

  if (/项目名称$/.test(leaf) && kind === 'project') return { role: 'name' };
  if (/单位名称$|部门(\(单位\))?名称$/.test(leaf) && (kind === 'project' || kind === 'three-public')) return { role: 'unit-name' };
  if (CODE_RE.test(leaf) || /^(类|款|项)$/.test(leaf)) return { role: 'code' };
  if (NAME_RE.test(leaf)) return { role: 'name' };
  if (isComparison(all)) return { role: 'ignore' };

  const isSub = /^(小计|合计|总计)$/.test(leaf);
  switch (kind) {
    case 'expenditure-summary':
    case 'fiscal-expenditure':
    case 'gpb-expenditure':
    case 'gpb-expenditure-by-unit':
    case 'gov-fund':
    case 'soe-expenditure':
      return expenditureColumn(parts, leaf, group, isSub);
    case 'gpb-basic':
    case 'fiscal-basic':
    case 'admin-operating':
      // A single amount column ("金额", "机关运行经费支出") is the row's total.
      if (/^(合计|小计|总计|金额|预算数|基本支出|机关运行经费(支出)?(预算数)?)$/.test(leaf)) return { role: 'amount', key: 'total' };
      if (/人员经费/.test(leaf)) return { role: 'amount', key: 'personnel', parent: 'total' };
      if (/公用经费/.test(leaf)) return { role: 'amount', key: 'public', parent: 'total' };
      return { role: 'ignore' };
    case 'income-summary':
      return incomeColumn(leaf, group, isSub);
    case 'three-public':
      return threePublicColumn(leaf, parts, isSub);
    case 'project':
      return projectColumn(leaf, group, isSub);
    case 'procurement':
      return /^(合计|总计|金额|预算数|采购预算)$/.test(leaf) ? { role: 'amount', key: 'total' } : { role: 'ignore' };
    default:
      return { role: 'ignore' };
  }
}

function expenditureColumn(parts: string[], leaf: string, group: string, isSub: boolean): ColumnRole {
  const g = group;
  if (/^基本支出/.test(g)) {
    if (isSub) return { role: 'amount', key: 'basic', parent: 'total' };
    if (/人员经费|工资福利|对个人和家庭/.test(leaf)) return { role: 'amount', key: 'basic.personnel', parent: 'basic' };
    if (/公用经费|商品和服务/.test(leaf)) return { role: 'amount', key: 'basic.public', parent: 'basic' };
    return { role: 'amount', key: 'basic.' + leaf, parent: 'basic' };
  }
  if (/^项目支出/.test(g)) {
    if (isSub) return { role: 'amount', key: 'project', parent: 'total' };
    return { role: 'amount', key: 'project.' + leaf, parent: 'project' };
  }
  if (/^(合计|总计|支出合计|本年支出合计|预算数|金额)$/.test(leaf) && parts.length <= 2) return { role: 'amount', key: 'total' };
  if (/^基本支出/.test(leaf)) return { role: 'amount', key: 'basic', parent: 'total' };
  if (/^人员经费/.test(leaf)) return { role: 'amount', key: 'basic.personnel', parent: 'basic' };
  if (/^公用经费/.test(leaf)) return { role: 'amount', key: 'basic.public', parent: 'basic' };
  if (/^项目支出/.test(leaf)) return { role: 'amount', key: 'project', parent: 'total' };
  if (/事业单位经营支出/.test(leaf)) return { role: 'amount', key: 'operating', parent: 'total' };
  if (/上缴上级支出/.test(leaf)) return { role: 'amount', key: 'superior', parent: 'total' };
  if (/对附属单位补助支出/.test(leaf)) return { role: 'amount', key: 'affiliated', parent: 'total' };
  if (/^(单位)?预留机动经费/.test(leaf)) return { role: 'amount', key: 'reserve', parent: 'total' };
  if (/^结转下年/.test(leaf)) return { role: 'amount', key: 'year-end', parent: 'total' };
  return { role: 'ignore' };
}

function incomeColumn(leaf: string, group: string, isSub: boolean): ColumnRole {
  const inCurrent = /^本年(收入)?|^本年预算/.test(group);
  const inCarry = /^上年结转|^上年结余|^结转/.test(group);
  // 合计 on its own or under a group that is the whole table's ("收入预算 / 合计" in Shanghai's 收入预算总表).
  if ((!group || (!inCurrent && !inCarry)) && /^(合计|总计|收入合计|收入总计)$/.test(leaf)) return { role: 'amount', key: 'total' };
  if (inCurrent) {
    if (isSub) return { role: 'amount', key: 'current', parent: 'total' };
    const k = sourceKey(leaf) ?? leaf;
    return { role: 'amount', key: 'current.' + k, parent: 'current' };
  }
  if (inCarry) {
    if (isSub) return { role: 'amount', key: 'carry', parent: 'total' };
    const k = sourceKey(leaf) ?? leaf;
    return { role: 'amount', key: 'carry.' + k, parent: 'carry' };
  }
  if (/^本年收入(小计|合计)?$/.test(leaf)) return { role: 'amount', key: 'current', parent: 'total' };
  if (/^上年结转(结余)?$|^上年结余$/.test(leaf)) return { role: 'amount', key: 'carry', parent: 'total' };
  const k = sourceKey(leaf);
  if (k) return { role: 'amount', key: 'current.' + k, parent: 'total' };
  return { role: 'ignore' };
}

export function threePublicColumn(leaf: string, parts: string[], isSub: boolean): ColumnRole {
  // 公务用车购置及运行费 may sit under a further group ("“三公”经费预算数 / 公务用车购置及运行费 / 小计").
  const vehicleGroup = parts.slice(0, -1).some((p) => /公务用车/.test(p));
  if (vehicleGroup && isSub) return { role: 'amount', key: 'vehicle', parent: 'three' };
  // Jiangsu: 合计 | “三公”经费 (小计 | …) | 会议费 | 培训费 — the 三公 小计 is a part of the 合计, and so are 会议费, 培训费.
  const threeGroup = parts.slice(0, -1).some((p) => /三公/.test(p));
  if (threeGroup && /^小计$/.test(leaf)) return { role: 'amount', key: 'three', parent: 'total' };
  if (/^会议费$/.test(leaf)) return { role: 'amount', key: 'meeting', parent: 'total' };
  if (/^培训费$/.test(leaf)) return { role: 'amount', key: 'training', parent: 'total' };
  // Shanghai's table 9 prints 机关运行经费 beside the 三公: a figure of its own, not a part of the 三公 total.
  if (/机关运行经费/.test(leaf)) return { role: 'amount', key: 'admin-operating' };
  if (/^(合计|总计|三公经费合计|小计)$/.test(leaf) && !vehicleGroup) return { role: 'amount', key: 'total' };
  if (/因公出国/.test(leaf)) return { role: 'amount', key: 'abroad', parent: 'three' };
  if (/公务接待/.test(leaf)) return { role: 'amount', key: 'reception', parent: 'three' };
  if (/公务用车购置及运行/.test(leaf)) return { role: 'amount', key: 'vehicle', parent: 'three' };
  if (/购置/.test(leaf) && (vehicleGroup || /公务用车/.test(leaf))) return { role: 'amount', key: 'vehicle.purchase', parent: 'vehicle' };
  if (/运行/.test(leaf) && (vehicleGroup || /公务用车/.test(leaf))) return { role: 'amount', key: 'vehicle.operation', parent: 'vehicle' };
  return { role: 'ignore' };
}

function projectColumn(leaf: string, group: string, isSub: boolean): ColumnRole {
  if (!group && /^(合计|总计|预算数|金额|项目金额)$/.test(leaf)) return { role: 'amount', key: 'total' };
  if (group && isSub) return { role: 'amount', key: 'total' };
  const k = sourceKey(leaf);
  if (k) return { role: 'amount', key: 'src.' + k, parent: 'total' };
  return { role: 'ignore' };
}

/** Makes parents point at columns that exist: a group without a 小计 column hands its parts to its own parent. */
export function settleParents(columns: Column[]): void {
  const keys = new Set(columns.map((c) => c.key));
  const parentOf: Record<string, string | undefined> = {
    basic: 'total',
    project: 'total',
    current: 'total',
    carry: 'total',
    vehicle: 'three',
    three: 'total',
  };
  for (const c of columns) {
    let p = c.parent;
    while (p && !keys.has(p)) p = parentOf[p];
    c.parent = p;
  }
}
