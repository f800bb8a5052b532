import type { AnySidesTable, Line } from '../../tables/types';
import type { Value } from '../../render';
import { defineRule, type RuleContext } from '../rule';
import { compareSum } from '../support/amounts';
import { cellOf, inTable, lineLabel, tableLabel } from '../support/labels';
import { SUM_MESSAGES, TERMS } from '../support/messages';

/**
 * 收支总表 / 财政拨款收支总表: 本年收入合计 = Σ income sources, a source = Σ the sources printed under it, 上年结转 =
 * Σ its sources, 本年支出合计 = Σ classes, each 总计 = 本年 + 结转, and 收入总计 = 支出总计.
 */
export default defineRule({
  id: 'sum/sides',
  severity: 'error',
  title: { zh: '收支总表各合计、总计平衡', en: 'Summary tables add up and balance' },
  messages: SUM_MESSAGES,
  check(ctx) {
    for (const t of ctx.tables) if (t.shape === 'sides') checkTable(ctx, t);
  },
});

function checkTable(ctx: RuleContext, t: AnySidesTable): void {
  const T = tableLabel(t);
  const one = (side: 'income' | 'expenditure', role: Line['role']) => t.lines.find((l) => l.side === side && l.role === role);
  const many = (side: 'income' | 'expenditure', role: Line['role']) => t.lines.filter((l) => l.side === side && l.role === role);
  const P = TERMS.parts;
  const sum = (total: Line | undefined, parts: Line[], partsDesc: Value) => {
    if (!total || parts.length === 0) return;
    for (const key of Object.keys(total.amounts)) {
      if (!parts.every((p) => p.amounts[key])) continue;
      const d = compareSum({
        table: t,
        total: total.amounts[key],
        parts: parts.map((p) => ({ amount: p.amounts[key], label: lineLabel(p) })),
        subject: key === 'amount' ? inTable(T, lineLabel(total)) : cellOf(T, lineLabel(total), columnHeader(t, total.side, key)),
        partsDesc,
      });
      if (d) ctx.report(d);
    }
  };
  const incomeCurrent = one('income', 'current-total');
  const items = many('income', 'item');
  sum(incomeCurrent, items, P.incomeItems);
  // "一、财政拨款收入" = "1. 一般公共预算资金" + "2. 政府性基金" + "3. 国有资本经营预算" ("其中：" lines are only a part).
  t.lines.forEach((group, i) => {
    const subs = t.lines.filter((l) => l.role === 'sub-item' && l.parent === i);
    if (subs.length > 0 && !subs.some((l) => l.ofWhich)) sum(group, subs, P.listedItems);
  });
  const carry = one('income', 'carry');
  const carryItems = many('income', 'carry-item');
  sum(carry, carryItems, P.carryItems);
  const incomeGrand = one('income', 'grand-total');
  const incomeParts = [incomeCurrent ?? null, carry ?? null].filter((x): x is Line => x !== null);
  if (incomeCurrent) sum(incomeGrand, incomeParts, P.incomeAndCarry);
  else sum(incomeGrand, [...items, ...(carry ? [carry] : [])], P.itemsAndCarry);

  const expCurrent = one('expenditure', 'current-total');
  const classes = many('expenditure', 'class');
  sum(expCurrent, classes, P.spendingClasses);
  const yearEnd = one('expenditure', 'year-end');
  const expGrand = one('expenditure', 'grand-total');
  if (expCurrent) sum(expGrand, [expCurrent, ...(yearEnd ? [yearEnd] : [])], P.spendingAndYearEnd);
  else sum(expGrand, [...classes, ...(yearEnd ? [yearEnd] : [])], P.classesAndYearEnd);
  // Spending by use (基本支出, 项目支出, 单位预留机动经费), printed beside or instead of the classes: it adds up too.
  const uses = many('expenditure', 'use');
  if (uses.length >= 2) {
    if (expCurrent) sum(expCurrent, uses, P.uses);
    else sum(expGrand, [...uses, ...(yearEnd ? [yearEnd] : [])], P.usesAndCarry);
  }

  if (incomeGrand && expGrand) {
    const d = compareSum({
      table: t,
      total: expGrand.amount,
      parts: [{ amount: incomeGrand.amount, label: lineLabel(incomeGrand) }],
      subject: inTable(T, lineLabel(expGrand)),
      partsDesc: P.incomeTotal,
    });
    if (d) ctx.report(d);
  }
}

/** A further amount column of a side, named by its header as printed (一般公共预算), not by the key read from it (gpb). */
function columnHeader(t: AnySidesTable, side: Line['side'], key: string): string {
  return t.columns.find((c) => c.side === side && c.key === key)?.label ?? key;
}
