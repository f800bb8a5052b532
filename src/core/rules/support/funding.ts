/** Facts about the department's money that decide which cross-table comparisons are valid. */
import type { Amount, AnyRowsTable, Row } from '../../tables/types';
import type { RuleContext } from '../rule';

/** A line or cell known to hold no money: blank or 0. A cell that is no figure (#REF!, text) may hold any: not this. */
export function holdsNoMoney(a: Amount | undefined): boolean {
  return !a || (!a.invalid && (a.value === null || a.value.isZero()));
}

/**
 * True when all of this year's money is 一般公共预算 (no other source, no carry-over): then 支出总表 and
 * 一般公共预算支出表 must agree line by line. False when another source has money; undefined when unknown.
 */
export function allGeneralBudget(ctx: RuleContext): boolean | undefined {
  const summary = ctx.sides('income-expenditure-summary');
  if (summary) {
    // The finest lines printed: a source with its parts listed under it ("一、财政拨款收入" → "1. 一般公共预算资金" …)
    // counts through its parts.
    const split = new Set(summary.lines.filter((l) => l.role === 'sub-item' && !l.ofWhich).map((l) => l.parent));
    const lines = summary.lines.filter(
      (l, i) =>
        l.side === 'income' && ((l.role === 'item' && !split.has(i)) || (l.role === 'sub-item' && !l.ofWhich) || l.role === 'carry' || l.role === 'carry-item'),
    );
    if (lines.length > 0) {
      // "财政拨款收入" printed as one line is 一般公共预算 only when the 财政拨款收支总表 shows no 政府性基金 or
      // 国有资本经营 money.
      const fiscalIsGpb = fiscalOnlyGeneralBudget(ctx);
      return lines.every(
        (l) => ((l.role === 'item' || l.role === 'sub-item') && (l.key === 'gpb' || (l.key === 'fiscal' && fiscalIsGpb))) || holdsNoMoney(l.amount),
      );
    }
  }
  const income = ctx.rows('income-summary');
  const total = income ? totalRow(income) : undefined;
  if (income && total) {
    const others = income.columns.filter((c) => c.key !== 'total' && c.key !== 'current' && c.key !== 'current.gpb' && !/^carry$/.test(c.key));
    return others.every((c) => holdsNoMoney(total.amounts[c.key]));
  }
  return undefined;
}

/** The 财政拨款收支总表 lists its funds and only 一般公共预算 has money this year (false when unknown). */
function fiscalOnlyGeneralBudget(ctx: RuleContext): boolean {
  const fiscal = ctx.sides('fiscal-summary');
  if (!fiscal) return false;
  const items = fiscal.lines.filter((l) => l.side === 'income' && (l.role === 'item' || l.role === 'sub-item') && l.key);
  if (!items.some((l) => l.key === 'gpb')) return false;
  return items.every((l) => l.key === 'gpb' || holdsNoMoney(l.amount));
}

export function totalRow(t: AnyRowsTable): Row | undefined {
  const totals = t.rows.filter((r) => r.isTotal);
  if (totals.length === 1) return totals[0];
  return undefined;
}

/** The 合计 row, or the one row of a table printed as a single line of figures (a department's 三公). */
export function totalOrOnlyRow(t: AnyRowsTable): Row | undefined {
  return totalRow(t) ?? (t.rows.length === 1 ? t.rows[0] : undefined);
}

/** Rows by code (first occurrence). */
export function byCode(t: AnyRowsTable): Map<string, Row> {
  const m = new Map<string, Row>();
  for (const r of t.rows) if (r.code && !m.has(r.code)) m.set(r.code, r);
  return m;
}
