import Decimal from 'decimal.js';
import type { Amount } from '../../tables/types';
import { defineRule } from '../rule';
import { compareEqual, compareNotAbove, type Figure } from '../support/amounts';
import { allGeneralBudget, byCode, totalRow } from '../support/funding';
import { cellOf, quotedColumn, tableLabel } from '../support/labels';
import { EQUAL_MESSAGES, EXCEEDS_MESSAGE, TERMS } from '../support/messages';

/**
 * 收支总表 whose spending side prints 人员经费 | 公用经费 (a Shanghai 单位预算 表1) against the tables that print them too:
 * its total line = 基本支出表 合计行 人员经费 / 公用经费 when all money is 一般公共预算 (else the 一般公共预算 part may not
 * exceed the whole), and each 类 line's 基本支出 = 支出总表's for the same 类 (both cover all money).
 */
export default defineRule({
  id: 'cross/summary-basic',
  severity: 'error',
  title: { zh: '收支总表人员经费、公用经费与基本支出表一致', en: 'Personnel and public costs in the summary agree with the basic expenditure table' },
  messages: {
    ...EQUAL_MESSAGES,
    ...EXCEEDS_MESSAGE,
  },
  check(ctx) {
    const s = ctx.sides('income-expenditure-summary');
    if (!s || !s.columns.some((c) => c.side === 'expenditure' && (c.key === 'basic.personnel' || c.key === 'basic.public'))) return;
    const total =
      s.lines.find((l) => l.side === 'expenditure' && l.role === 'current-total') ?? s.lines.find((l) => l.side === 'expenditure' && l.role === 'grand-total');
    const basic = ctx.rows('gpb-basic');
    const bt = basic ? totalRow(basic) : undefined;
    if (total && basic && bt) {
      const all = allGeneralBudget(ctx);
      for (const [sk, bk] of [
        ['basic.personnel', 'personnel'],
        ['basic.public', 'public'],
      ] as const) {
        const name = TERMS.columns[sk];
        const a = total.amounts[sk];
        const b = bt.amounts[bk];
        if (!a || !b) continue;
        if (all === true) {
          const d = compareEqual({
            a,
            aTable: s,
            b,
            bTable: basic,
            subject: quotedColumn(tableLabel(s), total.name, name),
            reference: cellOf(tableLabel(basic), TERMS.totalRow, name),
          });
          if (d) ctx.report(d);
        } else {
          const d = compareNotAbove({
            part: b,
            partTable: basic,
            whole: a,
            wholeTable: s,
            subject: cellOf(tableLabel(basic), TERMS.totalRow, name),
            reference: quotedColumn(tableLabel(s), total.name, name),
          });
          if (d) ctx.report(d);
        }
      }
    }
    const exp = ctx.rows('expenditure-summary');
    if (!exp || !exp.columns.some((c) => c.key === 'basic')) return;
    const rows = byCode(exp);
    for (const line of s.lines) {
      if (line.side !== 'expenditure' || line.role !== 'class' || !line.key) continue;
      const r = rows.get(line.key);
      const a = basicOf(line.amounts);
      if (!r || !a || !r.amounts.basic) continue;
      // 基本支出 added up here from 人员经费 + 公用经费: each printed figure brings its own rounding interval.
      const aFrom: Figure[] | undefined = line.amounts.basic
        ? undefined
        : [line.amounts['basic.personnel'], line.amounts['basic.public']].map((x) => ({ amount: x, table: s }));
      const d = compareEqual({
        a,
        aTable: s,
        b: r.amounts.basic,
        bTable: exp,
        subject: quotedColumn(tableLabel(s), line.name, TERMS.columns.basic),
        reference: cellOf(tableLabel(exp), line.key, TERMS.columns.basic),
        aFrom,
      });
      if (d) ctx.report(d);
    }
  },
});

/** 基本支出 of a line: its own column, else 人员经费 + 公用经费 (both printed). */
function basicOf(amounts: Record<string, Amount>): Amount | undefined {
  if (amounts.basic) return amounts.basic;
  const p = amounts['basic.personnel'];
  const q = amounts['basic.public'];
  if (!p || !q || p.invalid || q.invalid) return undefined;
  if (p.value === null && q.value === null) return p;
  const v = (p.value ?? new Decimal(0)).plus(q.value ?? new Decimal(0));
  return { cell: p.cell, raw: p.raw, value: v, num: v.toNumber(), decimals: Math.max(p.decimals, q.decimals) };
}
