import type { AnyRowsTable, AnySidesTable, Line } from '../../tables/types';
import type { Value } from '../../render';
import { defineRule, type RuleContext } from '../rule';
import { compareEqual } from '../support/amounts';
import { holdsNoMoney, totalRow } from '../support/funding';
import { cellOf, columnLabel, inTable, quotedIn, tableLabel } from '../support/labels';
import { EQUAL_MESSAGES, TERMS } from '../support/messages';

/**
 * Spending by use (基本支出, 项目支出, 单位预留机动经费) printed as lines of the summaries (Jiangsu 公开01/04表) against the
 * tables that print the same money: 收支预算总表's uses = 支出预算总表's columns; 财政拨款收支预算总表's 基本支出 = 财政拨款
 * 基本支出表 合计, its 支出合计 = 财政拨款支出表 合计, its 一般公共预算 收入 = 一般公共预算支出表 合计 — and, when 一般公共预算 is
 * its only money, its 基本支出 = 一般公共预算基本支出表 合计.
 */
export default defineRule({
  id: 'cross/use-totals',
  severity: 'error',
  title: { zh: '总表支出用途与各支出表合计一致', en: 'Spending by use in the summaries agrees with the expenditure tables' },
  messages: EQUAL_MESSAGES,
  check(ctx) {
    const summary = ctx.sides('income-expenditure-summary');
    const exp = ctx.rows('expenditure-summary');
    const et = exp ? totalRow(exp) : undefined;
    if (summary && exp && et) {
      for (const line of uses(summary)) {
        const col = exp.columns.find((c) => c.key === line.key);
        const b = col ? et.amounts[col.key] : undefined;
        if (col && b) equal(ctx, summary, line, exp, b, cellOf(tableLabel(exp), TERMS.totalRow, columnLabel(col)));
      }
    }
    const fiscal = ctx.sides('fiscal-summary');
    if (!fiscal) return;
    const basicLine = uses(fiscal).find((l) => l.key === 'basic');
    const against = (t: AnyRowsTable | undefined, line: Line | undefined) => {
      const tt = t ? totalRow(t) : undefined;
      if (t && tt && line && tt.amounts.total) equal(ctx, fiscal, line, t, tt.amounts.total, inTable(tableLabel(t), TERMS.totalRow));
    };
    against(ctx.rows('fiscal-basic'), basicLine);
    const spent =
      fiscal.lines.find((l) => l.side === 'expenditure' && l.role === 'current-total') ??
      fiscal.lines.find((l) => l.side === 'expenditure' && l.role === 'grand-total');
    against(ctx.rows('fiscal-expenditure'), spent);
    const gpbIncome = fiscal.lines.find((l) => l.side === 'income' && (l.role === 'item' || l.role === 'sub-item') && l.key === 'gpb');
    against(ctx.rows('gpb-expenditure'), gpbIncome);
    const others = fiscal.lines.filter((l) => l.side === 'income' && (l.role === 'item' || l.role === 'sub-item') && l.key && l.key !== 'gpb');
    const onlyGpb = !!gpbIncome && others.every((l) => holdsNoMoney(l.amount));
    if (onlyGpb) against(ctx.rows('gpb-basic'), basicLine);
  },
});

function uses(t: AnySidesTable): Line[] {
  return t.lines.filter((l) => l.side === 'expenditure' && l.role === 'use' && l.key);
}

function equal(ctx: RuleContext, s: AnySidesTable, line: Line, t: AnyRowsTable, b: Line['amount'], reference: Value): void {
  const d = compareEqual({ a: line.amount, aTable: s, b, bTable: t, subject: quotedIn(tableLabel(s), line.name), reference });
  if (d) ctx.report(d);
}
