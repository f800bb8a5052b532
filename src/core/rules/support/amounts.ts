/**
 * The arithmetic every sum rule shares: compare a total with its parts under the rounding interval of DESIGN.md,
 * keep blank apart from 0, and suggest a 舍位平衡 fix for a 尾差.
 */
import Decimal from 'decimal.js';
import type { CellRef } from '../../grid';
import { formatAmount, wanPower as unitPower } from '../../money';
import { phrase, type Phrase, type Value } from '../../render';
import type { Amount, Table } from '../../tables/types';
import type { ReportDescriptor } from '../rule';
import { EQUAL_MESSAGES, EXCEEDS_MESSAGE, PHRASES, SUM_MESSAGES, TERMS } from './messages';

export interface Part {
  amount: Amount;
  /** How the part is named in messages, e.g. "30201 办公费" (a function: built only when there is something to report). */
  label: Value | (() => Value);
}

export interface SumCheck {
  table: Table;
  total: Amount;
  parts: Part[];
  /** e.g. "302 商品和服务支出·公用经费" (a function: built only when there is something to report). */
  subject: Value | (() => Value);
  /** e.g. TERMS.parts.childCodes ("下级科目"), or a list of the part columns as printed. */
  partsDesc: Value;
}

export function cellName(c: CellRef): string {
  return `${c.sheet}!${c.cell}`;
}

/** Power of ten from the table's unit to 万元 (元 → 4, 千元 → 1, 万元 → 0, 百万元 → -2, 亿元 → -4): money.ts's one conversion. */
function wanPower(table: Table): number {
  return unitPower(table.unit);
}

/**
 * Amount in 万元 (tables in 元 are converted), with the decimals its table prints in 万元 (for showing it; the rounding
 * interval is the figure's own: see halfIntervalWan).
 */
export function inWan(a: Amount, table: Table): { value: Decimal | null; decimals: number } {
  const factor = wanPower(table);
  if (a.value === null) return { value: null, decimals: table.decimals + factor };
  return { value: factor === 0 ? a.value : a.value.div(new Decimal(10).pow(factor)), decimals: table.decimals + factor };
}

/** Decimals a figure is printed with (its own, not its table's), capped as the table's are. */
export function figureDecimals(a: Amount): number {
  return Math.min(Math.max(0, a.decimals), 6);
}

/** A figure kept exactly: in 元 and shown to the 分 (its own decimals ≥ 2). */
export function isExactFigure(a: Amount, table: Table): boolean {
  return table.unit === '元' && figureDecimals(a) >= 2;
}

const HALF = new Decimal(0.5);
const ZERO = new Decimal(0);

/**
 * Half the width of the interval a printed figure stands for, in its table's unit (XBRL Calculations 1.1: a figure
 * shown with d decimals is ±½·10⁻ᵈ): 0 for a figure kept exactly (元 to the 分) and for a blank (nothing printed).
 */
export function halfInterval(a: Amount, table: Table): Decimal {
  if (a.value === null || isExactFigure(a, table)) return ZERO;
  return HALF.times(new Decimal(10).pow(-figureDecimals(a)));
}

/** The same interval in 万元 (for figures of tables in different units). */
export function halfIntervalWan(a: Amount, table: Table): Decimal {
  const h = halfInterval(a, table);
  const factor = wanPower(table);
  return factor === 0 || h.isZero() ? h : h.div(new Decimal(10).pow(factor));
}

/** A printed figure and the table it is printed in. */
export interface Figure {
  amount: Amount;
  table: Table;
}

/**
 * Half interval in 万元 of one side of a comparison: a printed figure, or a sum made here of several (each non-zero
 * figure brings its own interval). For a side that is 0, the interval of its coarsest figure.
 */
function sideHalfWan(figures: Figure[]): { half: Decimal; zero: boolean } {
  let half = ZERO;
  let zeroHalf = ZERO;
  let zero = true;
  for (const f of figures) {
    const v = f.amount.value;
    if (v === null || f.amount.invalid) continue;
    const h = halfIntervalWan(f.amount, f.table);
    if (v.isZero()) {
      if (h.gt(zeroHalf)) zeroHalf = h;
    } else {
      half = half.plus(h);
      zero = false;
    }
  }
  return zero ? { half: zeroHalf, zero } : { half, zero };
}

/**
 * How far apart (in 万元) the figures of two sides — each one printed figure, or a sum of printed figures — can be by
 * rounding alone: the sum of their intervals, each figure its own (½·10⁻ᵈ; 0 for 元 to the 分). A side printed as 0
 * (or "-", which shows no decimals at all) is nothing: it is allowed no coarser an interval than the other side's.
 * With one figure on each side at the same d this is 10⁻ᵈ, one rounding step.
 */
export function betweenWan(a: Figure | Figure[], b: Figure | Figure[]): Decimal {
  const x = sideHalfWan(Array.isArray(a) ? a : [a]);
  const y = sideHalfWan(Array.isArray(b) ? b : [b]);
  const hx = x.zero ? Decimal.min(x.half, y.half) : x.half;
  const hy = y.zero ? Decimal.min(x.half, y.half) : y.half;
  return hx.plus(hy);
}

/** Decimals to print figures with: the most any of them shows (the table's when none is printed). */
export function printDecimals(figures: Amount[], fallback: number): number {
  let d = -1;
  for (const a of figures) if (a.value !== null && !a.invalid) d = Math.max(d, figureDecimals(a));
  return d < 0 ? fallback : d;
}

/**
 * Exact check in scaled integers: true when total = Σ parts to the table's decimals (or both are blank/zero).
 * Most relations hold, so this spares building Decimals and messages for them; anything else takes the exact
 * Decimal path below.
 */
function holdsFast(total: Amount, parts: Part[], decimals: number): boolean {
  return sumHolds(
    total,
    parts.map((p) => p.amount),
    decimals,
  );
}

/** total = Σ parts exactly (scaled integers), or something is invalid (reported elsewhere). Cheap: call it first. */
export function sumHolds(total: Amount, parts: Amount[], decimals: number): boolean {
  const scale = 10 ** decimals;
  let s = 0;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (p.invalid) return true; // reported by amount/invalid
    if (p.num !== null) s += Math.round(p.num * scale);
  }
  if (total.invalid) return true;
  const t = total.num === null ? null : Math.round(total.num * scale);
  if (!Number.isSafeInteger(s) || (t !== null && !Number.isSafeInteger(t))) return false;
  return t === null ? false : t === s;
}

type SumMessageId = keyof typeof SUM_MESSAGES;
type EqualMessageId = keyof typeof EQUAL_MESSAGES;
type ExceedsMessageId = keyof typeof EXCEEDS_MESSAGE;

/** Checks total = Σ parts. Returns the descriptor to report (SUM_MESSAGES), or null when the relation holds. */
export function compareSum(c: SumCheck): ReportDescriptor<SumMessageId> | null {
  if (holdsFast(c.total, c.parts, c.table.decimals)) return null;
  if (c.total.invalid || c.parts.some((p) => p.amount.invalid)) return null;
  const present = c.parts.filter((p) => p.amount.value !== null);
  let expected = new Decimal(0);
  for (const p of present) expected = expected.plus(p.amount.value as Decimal);
  // Amounts are printed with the most decimals any figure of this relation shows.
  const d = printDecimals([c.total, ...c.parts.map((p) => p.amount)], c.table.decimals);
  const related = c.parts.map((p) => p.amount.cell);
  const blankParts = c.parts.filter((p) => p.amount.value === null).map((p) => p.amount.cell);
  const base = {
    table: c.table,
    related,
    decimals: d,
    data: { subject: typeof c.subject === 'function' ? c.subject() : c.subject, parts: c.partsDesc, cell: cellName(c.total.cell) } as Record<string, Value>,
  };
  if (c.total.value === null) {
    if (expected.isZero()) return null;
    return {
      ...base,
      messageId: 'blank' as const,
      at: c.total.cell,
      severity: 'error',
      category: 'blank',
      expected,
      actual: '',
      blankParts,
    };
  }
  const diff = c.total.value.minus(expected);
  if (diff.isZero()) return null;
  const tol = sumTolerance(c.table, c.total, present);
  if (diff.abs().lte(tol)) {
    const fix = balanceFix(c, diff, d);
    return {
      ...base,
      data: { ...base.data, tolerance: formatAmount(tol, d), fix: fix ? fix.text : '' },
      messageId: 'rounding' as const,
      at: c.total.cell,
      severity: 'warning',
      category: 'rounding',
      expected,
      actual: c.total.value,
      difference: diff,
      suggestion: fix ?? undefined,
      blankParts,
    };
  }
  return {
    ...base,
    messageId: 'mismatch' as const,
    at: c.total.cell,
    severity: 'error',
    category: 'mismatch',
    expected,
    actual: c.total.value,
    difference: diff,
    blankParts,
  };
}

/**
 * The largest gap rounding alone explains between a total and its printed parts: the sum of the intervals of the
 * figures as printed (XBRL Calculations 1.1), each its own — ½·10⁻ᵈ for a figure shown with d decimals, nothing for a
 * figure kept exactly (元 to the 分). Parts printed as 0 are nothing, not rounded figures: only non-zero parts widen
 * the interval; with none, one part as coarse as the coarsest printed is allowed (as ½·10⁻ᵈ·(n+1) does with n = 1).
 * With every figure at the same d this is ½·10⁻ᵈ·(n+1).
 */
export function sumTolerance(table: Table, total: Amount, parts: Part[]): Decimal {
  const own = halfInterval(total, table);
  let tol = ZERO;
  let rounded = 0;
  let widest = ZERO;
  let coarsestZero: Decimal | null = null;
  for (const p of parts) {
    const a = p.amount;
    if (a.value === null) continue;
    const h = halfInterval(a, table);
    if (!a.value.isZero()) {
      tol = tol.plus(h);
      rounded++;
      if (h.gt(widest)) widest = h;
    } else if (coarsestZero === null || h.gt(coarsestZero)) coarsestZero = h;
  }
  // A total printed as 0 (or "-", which shows no decimals) is nothing: no coarser than its coarsest part.
  const totalZero = total.value !== null && total.value.isZero();
  tol = tol.plus(totalZero && rounded > 0 ? Decimal.min(own, widest) : own);
  if (rounded === 0) tol = tol.plus(coarsestZero === null ? own : Decimal.min(coarsestZero, own));
  return tol;
}

/** 舍位平衡: move the gap onto the largest part, so the parts add up to the printed total. */
function balanceFix(c: SumCheck, diff: Decimal, d: number): { cell: CellRef; from: string; to: string; text: Phrase } | null {
  let best: Part | null = null;
  for (const p of c.parts) {
    if (p.amount.value === null) continue;
    if (!best || p.amount.value.abs().gt((best.amount.value as Decimal).abs())) best = p;
  }
  if (!best || best.amount.value === null) return null;
  const from = formatAmount(best.amount.value, d);
  const to = formatAmount(best.amount.value.plus(diff), d);
  return {
    cell: best.amount.cell,
    from,
    to,
    text: phrase(PHRASES.balance, {
      part: typeof best.label === 'function' ? best.label() : best.label,
      cell: cellName(best.amount.cell),
      from,
      to,
      total: formatAmount((c.total.value as Decimal).minus(diff), d),
    }),
  };
}

export interface EqualCheck {
  /** The figure reported as wrong, and its table. */
  a: Amount;
  aTable: Table;
  /** The figure it must equal, and its table. */
  b: Amount;
  bTable: Table;
  subject: Value;
  reference: Value;
  /** When `a` is a sum made by the rule (人员经费 + 公用经费): the printed figures it adds, for their rounding intervals. */
  aFrom?: Figure[];
  /** Likewise for `b` (a 类 of several tables). */
  bFrom?: Figure[];
}

/** Checks that the same figure printed in two tables agrees (after converting 元/万元), within the figures' rounding intervals. */
export function compareEqual(c: EqualCheck): ReportDescriptor<EqualMessageId> | null {
  if (c.a.invalid || c.b.invalid) return null;
  if ((c.aTable.unit ?? '万元') === (c.bTable.unit ?? '万元')) {
    const scale = 10 ** Math.max(c.aTable.decimals, c.bTable.decimals);
    const x = Math.round((c.a.num ?? 0) * scale);
    const y = Math.round((c.b.num ?? 0) * scale);
    if (Number.isSafeInteger(x) && Number.isSafeInteger(y) && x === y) return null;
  }
  const a = inWan(c.a, c.aTable);
  const b = inWan(c.b, c.bTable);
  const av = a.value ?? new Decimal(0);
  const bv = b.value ?? new Decimal(0);
  const sameUnit = (c.aTable.unit ?? '万元') === (c.bTable.unit ?? '万元');
  const scale = (v: Decimal) => (sameUnit ? inverseWan(v, c.aTable) : v);
  const unitLabel: Value = sameUnit ? '' : TERMS.inWan;
  const decimals = Math.min(a.decimals, b.decimals);
  const data = {
    subject: c.subject,
    reference: c.reference,
    refCell: cellName(c.b.cell),
    unit: unitLabel,
  };
  const diff = av.minus(bv);
  const blankParts = [c.a, c.b].filter((x) => x.value === null).map((x) => x.cell);
  if (diff.isZero()) {
    return null;
  }
  const aFigures = c.aFrom ?? [{ amount: c.a, table: c.aTable }];
  const bFigures = c.bFrom ?? [{ amount: c.b, table: c.bTable }];
  const tol = betweenWan(aFigures, bFigures);
  const printDec = sameUnit
    ? printDecimals(
        [...aFigures, ...bFigures].map((f) => f.amount),
        c.aTable.decimals,
      )
    : decimals;
  const base: ReportDescriptor<EqualMessageId> = {
    messageId: 'mismatch',
    table: c.aTable,
    at: c.a.cell,
    related: [c.b.cell],
    data,
    expected: scale(bv),
    actual: c.a.value === null ? '' : scale(av),
    difference: scale(diff),
    decimals: printDec,
    blankParts,
  };
  if (diff.abs().lte(tol) && c.a.value !== null && c.b.value !== null) {
    return { ...base, messageId: 'rounding', severity: 'warning', category: 'rounding' };
  }
  // Exactly 10,000 times apart (within rounding): a table in 元 labelled 万元, or figures typed in the wrong unit.
  if (!av.isZero() && !bv.isZero()) {
    const wide = tol.times(10000).plus(tol);
    if (av.minus(bv.times(10000)).abs().lte(wide) || bv.minus(av.times(10000)).abs().lte(wide)) {
      return { ...base, messageId: 'unitSuspect', severity: 'error', category: 'mismatch' };
    }
  }
  return { ...base, severity: 'error', category: 'mismatch' };
}

function inverseWan(v: Decimal, table: Table): Decimal {
  const factor = wanPower(table);
  return factor === 0 ? v : v.times(new Decimal(10).pow(factor));
}

/**
 * A part (the 一般公共预算 share) may not exceed the whole it is part of, beyond what the two figures' rounding
 * intervals allow (each its own, in 万元). Returns the 'exceeds' descriptor (EXCEEDS_MESSAGE), or null.
 */
export function compareNotAbove(c: {
  part: Amount;
  partTable: Table;
  whole: Amount;
  wholeTable: Table;
  subject: Value;
  reference: Value;
}): ReportDescriptor<ExceedsMessageId> | null {
  if (c.part.invalid || c.whole.invalid) return null; // reported by amount/invalid
  const pv = inWan(c.part, c.partTable).value ?? new Decimal(0);
  const wv = inWan(c.whole, c.wholeTable).value ?? new Decimal(0);
  if (!pv.minus(wv).gt(betweenWan({ amount: c.part, table: c.partTable }, { amount: c.whole, table: c.wholeTable }))) return null;
  return {
    messageId: 'exceeds',
    at: c.part.cell,
    related: [c.whole.cell],
    table: c.partTable,
    data: { subject: c.subject, reference: c.reference, refCell: cellName(c.whole.cell) },
    expected: c.whole.value ?? new Decimal(0),
    actual: c.part.value ?? new Decimal(0),
  };
}
