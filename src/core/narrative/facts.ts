/**
 * This year's figures the explanation needs, read from the typed tables (all in 万元), and the small formatting
 * helpers the generator and the checker share.
 */
import Decimal from 'decimal.js';
import type { CellRef } from '../grid';
import type { AnyRowsTable, AnySidesTable, Row, Table, TableKind } from '../tables/types';

export interface Named {
  name: string;
  amount: Decimal;
  /** The table cell the amount was read from. */
  cell?: CellRef;
}

/** The table cells this year's figures come from, so a finding can point at them (its `related` cells). */
export type FactCells = Partial<
  Record<'incomeTotal' | 'expenditureTotal' | 'operating' | 'threePublic' | 'abroad' | 'vehiclePurchase' | 'vehicleOperation' | 'reception' | 'govFund' | 'projectTotal', CellRef>
>;

export interface CurrentFacts {
  year: number | null;
  org: string | null;
  incomeTotal: Decimal | null;
  expenditureTotal: Decimal | null;
  incomeItems: Named[];
  classes: Named[];
  operating: Decimal | null;
  operatingItems: Named[];
  /** null when there is no 附表-7. */
  threePublic: { total: Decimal; abroad: Decimal; vehiclePurchase: Decimal; vehicleOperation: Decimal; reception: Decimal } | null;
  govFund: Decimal | null;
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
  if (v === null) return null;
  if (unit === '元') return v.div(10000).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  if (unit === '千元') return v.div(10).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  if (unit === '亿元') return v.times(10000);
  return v;
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
  const inc = rowsOf(tables, 'income-summary');
  if (incomeTotal === null && inc) {
    incomeTotal = amt(inc, totalRow(inc), 'total');
    cells.incomeTotal = cellOf(totalRow(inc), 'total');
  }

  let operating: Decimal | null = null;
  const operatingItems: Named[] = [];
  const basic = rowsOf(tables, 'gpb-basic');
  if (basic) {
    operating = amt(basic, totalRow(basic), 'public');
    cells.operating = cellOf(totalRow(basic), 'public');
    for (const r of basic.rows) {
      if (r.name && !r.isTotal) names.add(r.name);
      if (r.isTotal || !r.code || r.code.length !== 5 || r.children.length > 0) continue;
      const v = amt(basic, r, 'public');
      if (v !== null && !v.isZero()) operatingItems.push({ name: r.name, amount: v, cell: cellOf(r, 'public') });
    }
  } else {
    const g = rowsOf(tables, 'gpb-expenditure');
    if (g) {
      operating = amt(g, totalRow(g), 'basic.public');
      cells.operating = cellOf(totalRow(g), 'basic.public');
    }
  }

  let threePublic: CurrentFacts['threePublic'] = null;
  const tp = rowsOf(tables, 'three-public');
  if (tp) {
    const r = totalRow(tp) ?? tp.rows[0];
    const z = (k: string) => amt(tp, r, k) ?? new Decimal(0);
    const purchase = z('vehicle.purchase');
    const operation = z('vehicle.operation');
    const abroad = z('abroad');
    const reception = z('reception');
    const total = amt(tp, r, 'total') ?? abroad.plus(purchase).plus(operation).plus(reception);
    threePublic = { total, abroad, vehiclePurchase: purchase, vehicleOperation: operation, reception };
    cells.threePublic = cellOf(r, 'total');
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
    incomeTotal,
    expenditureTotal,
    incomeItems,
    classes,
    operating,
    operatingItems,
    threePublic,
    govFund,
    govFundEmptyTable,
    projectTotal,
    projects,
    names: [...names],
    cells,
  };
}
