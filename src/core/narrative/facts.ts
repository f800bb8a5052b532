/**
 * This year's figures the explanation needs, read from the typed tables (all in 万元), and the small formatting
 * helpers the generator and the checker share.
 */
import Decimal from 'decimal.js';
import type { CellRef } from '../grid';
import { toWan as toWanExact } from '../money';
import type { AnyRowsTable, AnySidesTable, Row, Table, TableKind } from '../tables/types';

export interface Named {
  name: string;
  amount: Decimal;
  /** The table cell the amount was read from. */
  cell?: CellRef;
  /** A line printed under another it is part of ("1. 一般公共预算资金" under "一、财政拨款收入"). */
  sub?: boolean;
}

/** The table cells this year's figures come from, so a finding can point at them (its `related` cells). */
export type FactCells = Partial<
  Record<
    | 'incomeTotal'
    | 'expenditureTotal'
    | 'operating'
    | 'publicExpenses'
    | 'adminOperating'
    | 'threePublic'
    | 'abroad'
    | 'vehicle'
    | 'vehiclePurchase'
    | 'vehicleOperation'
    | 'reception'
    | 'fiscalIncome'
    | 'fiscalExpenditure'
    | 'gpb'
    | 'govFund'
    | 'soe'
    | 'projectTotal',
    CellRef
  >
>;

export interface CurrentFacts {
  year: number | null;
  org: string | null;
  /** Whose disclosure it is, as the tables' titles and sheet names say: 部门预算 or 单位预算; null when they do not say. */
  scope: Scope | null;
  incomeTotal: Decimal | null;
  expenditureTotal: Decimal | null;
  /** Income sources with money (the generator lists them). */
  incomeItems: Named[];
  /** Every income source printed, 0 included (a blank summary line takes the 收入总表 total column): for the checker. */
  incomeLines: Named[];
  classes: Named[];
  /**
   * 机关运行经费: the 三公 table's 机关运行经费 column when it has one (Shanghai 表9), else 公用经费 of the 基本支出表.
   * The two differ legitimately when the department has 事业单位 (机关运行经费 covers 行政 and 参公 units only).
   */
  operating: Decimal | null;
  /** Where operating comes from. */
  operatingSource: 'admin-operating' | 'public' | null;
  /** 公用经费 of the 基本支出表 (its items are operatingItems). */
  publicExpenses: Decimal | null;
  operatingItems: Named[];
  /** null when there is no “三公”经费 table. vehicle = 公务用车购置及运行费. */
  threePublic: { total: Decimal; abroad: Decimal; vehicle: Decimal; vehiclePurchase: Decimal; vehicleOperation: Decimal; reception: Decimal } | null;
  /** 财政拨款 income and expenditure (财政拨款收支总表, else the 财政拨款收入 line of the 收支总表). */
  fiscalIncome: Decimal | null;
  fiscalExpenditure: Decimal | null;
  /** 一般公共预算 (拨款) expenditure. */
  gpb: Decimal | null;
  govFund: Decimal | null;
  /** 国有资本经营预算 expenditure; null when no table states it. */
  soe: Decimal | null;
  /** The 附表-8 is there and holds no figures (空表). */
  govFundEmptyTable: boolean;
  projectTotal: Decimal | null;
  /** null when there is no 附表-9. */
  projects: Named[] | null;
  /** Every name printed in the tables (类 names, economic items, projects), for the name check. */
  names: string[];
  cells: FactCells;
}

/** "0.4", "10.3", "1205.56": at most two decimals, trailing zeros dropped, never exponent notation. */
export function fmtWan(d: Decimal): string {
  return d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed().replace(/^-0$/, '0');
}

/** A percentage to two decimals from exact decimals; a whole number drops ".00" ("100%", "58.32%"). */
export function fmtPct(d: Decimal): string {
  const s = d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
  return (s.endsWith('.00') ? s.slice(0, -3) : s) + '%';
}

/** |change| ÷ base × 100, or null when the base is 0. */
export function pctOf(part: Decimal, base: Decimal): Decimal | null {
  if (base.isZero()) return null;
  return part.abs().div(base.abs()).times(100);
}

const YEAR = /(20\d{2})\s*年/g;

/** The budget year printed in titles, notes or sheet names ("2024年…"): the most frequent one, else null. */
export function budgetYearOf(tables: Table[]): number | null {
  const count = new Map<number, number>();
  for (const t of tables) {
    for (const s of [t.title, t.sheet, ...t.notes.map((n) => n.text)]) {
      for (const m of s.matchAll(YEAR)) count.set(Number(m[1]), (count.get(Number(m[1])) ?? 0) + 1);
    }
  }
  let best: number | null = null;
  for (const [y, n] of count) if (best === null || n > count.get(best)! || (n === count.get(best)! && y > best)) best = y;
  return best;
}

function toWan(v: Decimal | null, unit: string | null): Decimal | null {
  return v === null ? null : toWanExact(v, unit);
}

export type Scope = '部门' | '单位';

/** “2026年部门收支总表”, “单位财政拨款收支总表”, “XX局部门预算…”: the word a table's title (or sheet) starts its kind with. */
const SCOPE_WORD = /(部门|单位)(?:预算)?(?:收支|收入|支出|财政拨款|一般公共预算|政府性基金|国有资本经营|“三公”|"三公"|三公|项目|基本支出|政府采购)/;

/**
 * 部门 or 单位: the word most titles (else sheet names) use, when every table that says one says the same; a workbook
 * whose tables say both, or neither, gives null (the text then keeps the layout's default wording).
 */
export function scopeOf(tables: Table[]): Scope | null {
  const seen = new Set<Scope>();
  for (const t of tables) {
    const m = SCOPE_WORD.exec(t.title) ?? SCOPE_WORD.exec(t.sheet);
    if (m) seen.add(m[1] as Scope);
  }
  return seen.size === 1 ? [...seen][0] : null;
}

const rowsOf = (tables: Table[], kind: TableKind) => tables.find((t) => t.kind === kind && t.shape === 'rows') as AnyRowsTable | undefined;
const sidesOf = (tables: Table[], kind: TableKind) => tables.find((t) => t.kind === kind && t.shape === 'sides') as AnySidesTable | undefined;

function amt(t: AnyRowsTable, r: Row | undefined, key: string): Decimal | null {
  return r ? toWan(r.amounts[key]?.value ?? null, t.unit) : null;
}

function cellOf(r: Row | undefined, key: string): CellRef | undefined {
  const a = r?.amounts[key];
  return a && a.value !== null ? a.cell : undefined;
}

function totalRow(t: AnyRowsTable): Row | undefined {
  return t.rows.find((r) => r.isTotal) ?? (t.rows.length === 1 ? t.rows[0] : undefined);
}

export function currentFacts(tables: Table[]): CurrentFacts {
  const names = new Set<string>();
  const cells: FactCells = {};
  const sides = sidesOf(tables, 'income-expenditure-summary') ?? sidesOf(tables, 'fiscal-summary');
  let incomeTotal: Decimal | null = null;
  let expenditureTotal: Decimal | null = null;
  const incomeItems: Named[] = [];
  let classes: Named[] = [];
  let fundFromSides: Decimal | null = null;
  const incomeLines: Named[] = [];
  const inc = rowsOf(tables, 'income-summary');
  const incTotal = inc ? totalRow(inc) : undefined;
  const INCOME_COLUMN: Record<string, string> = {
    fiscal: 'current.fiscal',
    business: 'current.business',
    operating: 'current.operating',
    other: 'current.other',
  };
  if (sides) {
    const line = (side: string, role: string) => sides.lines.find((l) => l.side === side && l.role === role && l.amount.value !== null);
    const incLine = line('income', 'grand-total') ?? line('income', 'current-total');
    const expLine = line('expenditure', 'grand-total') ?? line('expenditure', 'current-total');
    incomeTotal = toWan(incLine?.amount.value ?? null, sides.unit);
    expenditureTotal = toWan(expLine?.amount.value ?? null, sides.unit);
    if (incLine) cells.incomeTotal = incLine.amount.cell;
    if (expLine) cells.expenditureTotal = expLine.amount.cell;
    for (const l of sides.lines) {
      const v = toWan(l.amount.value, sides.unit);
      if (l.role === 'class') names.add(l.name);
      if (l.side === 'income' && (l.role === 'item' || l.role === 'sub-item') && l.key === 'fund') {
        fundFromSides = v ?? new Decimal(0);
        if (v !== null) cells.govFund = l.amount.cell;
      }
      if (l.side === 'income' && (l.role === 'item' || l.role === 'sub-item')) {
        // A blank line of the summary: the 收入总表 column of the same source, when it prints one.
        const col = l.key ? INCOME_COLUMN[l.key] : undefined;
        const w = v ?? (inc && col ? amt(inc, incTotal, col) : null);
        const cell = v !== null ? l.amount.cell : inc && col ? cellOf(incTotal, col) : undefined;
        if (w !== null) incomeLines.push({ name: l.name, amount: w, cell, ...(l.role === 'sub-item' ? { sub: true } : {}) });
      }
      if (v === null || v.isZero()) continue;
      if (l.side === 'income' && l.role === 'item') incomeItems.push({ name: l.name, amount: v, cell: l.amount.cell });
      if (l.side === 'expenditure' && l.role === 'class') classes.push({ name: l.name, amount: v, cell: l.amount.cell });
    }
  }
  const exp = rowsOf(tables, 'expenditure-summary') ?? rowsOf(tables, 'gpb-expenditure');
  if (exp) {
    for (const r of exp.rows) if (r.name && !r.isTotal) names.add(r.name);
    if (classes.length === 0) {
      classes = exp.rows
        .filter((r) => r.code?.length === 3 && !r.isTotal)
        .map((r) => ({ name: r.name, amount: amt(exp, r, 'total') ?? new Decimal(0), cell: cellOf(r, 'total') }))
        .filter((x) => !x.amount.isZero());
    }
    if (expenditureTotal === null) {
      expenditureTotal = amt(exp, totalRow(exp), 'total');
      cells.expenditureTotal = cellOf(totalRow(exp), 'total');
    }
  }
  if (incomeTotal === null && inc) {
    incomeTotal = amt(inc, totalRow(inc), 'total');
    cells.incomeTotal = cellOf(totalRow(inc), 'total');
  }

  let publicExpenses: Decimal | null = null;
  const operatingItems: Named[] = [];
  const basic = rowsOf(tables, 'gpb-basic');
  if (basic) {
    publicExpenses = amt(basic, totalRow(basic), 'public');
    cells.publicExpenses = cellOf(totalRow(basic), 'public');
    for (const r of basic.rows) {
      if (r.name && !r.isTotal) names.add(r.name);
      if (r.isTotal || !r.code || r.code.length !== 5 || r.children.length > 0) continue;
      const v = amt(basic, r, 'public');
      if (v !== null && !v.isZero()) operatingItems.push({ name: r.name, amount: v, cell: cellOf(r, 'public') });
    }
  } else {
    const g = rowsOf(tables, 'gpb-expenditure');
    if (g) {
      publicExpenses = amt(g, totalRow(g), 'basic.public');
      cells.publicExpenses = cellOf(totalRow(g), 'basic.public');
    }
  }

  let threePublic: CurrentFacts['threePublic'] = null;
  let adminOperating: Decimal | null = null;
  const tp = rowsOf(tables, 'three-public');
  if (tp) {
    const r = totalRow(tp) ?? tp.rows[0];
    const z = (k: string) => amt(tp, r, k) ?? new Decimal(0);
    const purchase = z('vehicle.purchase');
    const operation = z('vehicle.operation');
    const abroad = z('abroad');
    const reception = z('reception');
    const vehicle = amt(tp, r, 'vehicle') ?? purchase.plus(operation);
    // Jiangsu's table adds 会议费 and 培训费 to its 合计: the 三公 total is then its own “三公”经费 小计 column.
    const threeKey = tp.columns.some((c) => c.key === 'three') ? 'three' : 'total';
    const total = amt(tp, r, threeKey) ?? abroad.plus(vehicle).plus(reception);
    threePublic = { total, abroad, vehicle, vehiclePurchase: purchase, vehicleOperation: operation, reception };
    cells.threePublic = cellOf(r, threeKey);
    cells.vehicle = cellOf(r, 'vehicle');
    adminOperating = amt(tp, r, 'admin-operating');
    cells.adminOperating = cellOf(r, 'admin-operating');
    cells.abroad = cellOf(r, 'abroad');
    cells.vehiclePurchase = cellOf(r, 'vehicle.purchase');
    cells.vehicleOperation = cellOf(r, 'vehicle.operation');
    cells.reception = cellOf(r, 'reception');
  }

  let govFund: Decimal | null = fundFromSides;
  let govFundEmptyTable = false;
  const gf = rowsOf(tables, 'gov-fund');
  if (gf) {
    const values = gf.rows.flatMap((r) => Object.values(r.amounts).map((a) => a.value)).filter((v): v is Decimal => v !== null);
    if (values.every((v) => v.isZero())) {
      govFundEmptyTable = true;
      govFund = new Decimal(0);
    } else {
      const v = amt(gf, totalRow(gf), 'total');
      if (v !== null) {
        govFund = v;
        cells.govFund = cellOf(totalRow(gf), 'total');
      }
    }
  }

  // 财政拨款 and its funds: the 财政拨款收支总表 first, else the 收支总表's 财政拨款 lines.
  let fiscalIncome: Decimal | null = null;
  let fiscalExpenditure: Decimal | null = null;
  let gpb: Decimal | null = null;
  let soe: Decimal | null = null;
  const fiscal = sidesOf(tables, 'fiscal-summary');
  const summary = sidesOf(tables, 'income-expenditure-summary');
  const lineOf = (t: AnySidesTable | undefined, side: string, pred: (l: AnySidesTable['lines'][number]) => boolean) =>
    t?.lines.find((l) => l.side === side && pred(l) && l.amount.value !== null);
  {
    const fi =
      lineOf(fiscal, 'income', (l) => l.role === 'grand-total') ??
      lineOf(fiscal, 'income', (l) => l.role === 'current-total') ??
      lineOf(summary, 'income', (l) => l.key === 'fiscal');
    const fe = lineOf(fiscal, 'expenditure', (l) => l.role === 'grand-total') ?? lineOf(fiscal, 'expenditure', (l) => l.role === 'current-total');
    if (fi) {
      fiscalIncome = toWan(fi.amount.value, fi === lineOf(summary, 'income', (l) => l.key === 'fiscal') ? summary!.unit : fiscal!.unit);
      cells.fiscalIncome = fi.amount.cell;
    }
    if (fe && fiscal) {
      fiscalExpenditure = toWan(fe.amount.value, fiscal.unit);
      cells.fiscalExpenditure = fe.amount.cell;
    }
    const gi = lineOf(fiscal, 'income', (l) => l.key === 'gpb') ?? lineOf(summary, 'income', (l) => l.key === 'gpb');
    if (gi) {
      gpb = toWan(gi.amount.value, (fiscal?.lines.includes(gi) ? fiscal : summary)!.unit);
      cells.gpb = gi.amount.cell;
    } else {
      const g = rowsOf(tables, 'gpb-expenditure');
      if (g) {
        gpb = amt(g, totalRow(g), 'total');
        cells.gpb = cellOf(totalRow(g), 'total');
      }
    }
    const st = rowsOf(tables, 'soe-expenditure');
    if (st) {
      const values = st.rows.flatMap((r) => Object.values(r.amounts).map((a) => a.value)).filter((v): v is Decimal => v !== null);
      soe = values.every((v) => v.isZero()) ? new Decimal(0) : amt(st, totalRow(st), 'total');
      const c = totalRow(st)?.amounts.total?.cell;
      if (c) cells.soe = c;
    } else {
      const si = lineOf(fiscal, 'income', (l) => l.key === 'soe') ?? lineOf(summary, 'income', (l) => l.key === 'soe');
      if (si) {
        soe = toWan(si.amount.value, (fiscal?.lines.includes(si) ? fiscal : summary)!.unit);
        cells.soe = si.amount.cell;
      }
    }
  }
  if (!cells.govFund && gf) {
    const c = totalRow(gf)?.amounts.total?.cell;
    if (c) cells.govFund = c;
  }

  let projectTotal: Decimal | null = null;
  let projects: Named[] | null = null;
  const pj = rowsOf(tables, 'project');
  if (pj) {
    projects = [];
    for (const r of pj.rows) {
      if (r.isTotal || r.isGroup || !r.name) continue;
      names.add(r.name);
      const v = amt(pj, r, 'total');
      if (v !== null && !v.isZero()) projects.push({ name: r.name, amount: v, cell: cellOf(r, 'total') });
    }
    projectTotal = amt(pj, totalRow(pj), 'total') ?? projects.reduce((s, p) => s.plus(p.amount), new Decimal(0));
    cells.projectTotal = cellOf(totalRow(pj), 'total');
  } else {
    const e = rowsOf(tables, 'expenditure-summary') ?? rowsOf(tables, 'gpb-expenditure');
    if (e) {
      projectTotal = amt(e, totalRow(e), 'project');
      cells.projectTotal = cellOf(totalRow(e), 'project');
    }
  }

  const orgs = new Map<string, number>();
  for (const t of tables) if (t.org) orgs.set(t.org, (orgs.get(t.org) ?? 0) + 1);
  const org = [...orgs.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;

  return {
    year: budgetYearOf(tables),
    org,
    scope: scopeOf(tables),
    incomeTotal,
    expenditureTotal,
    incomeItems,
    incomeLines,
    classes,
    operating: adminOperating ?? publicExpenses,
    operatingSource: adminOperating !== null ? 'admin-operating' : publicExpenses !== null ? 'public' : null,
    publicExpenses,
    operatingItems,
    threePublic,
    fiscalIncome,
    fiscalExpenditure,
    gpb,
    govFund,
    soe,
    govFundEmptyTable,
    projectTotal,
    projects,
    names: [...names],
    cells: { ...cells, operating: adminOperating !== null ? cells.adminOperating : cells.publicExpenses },
  };
}
