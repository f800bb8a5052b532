import Decimal from 'decimal.js';
import type { Amount, AnyRowsTable, AnySidesTable } from '../../tables/types';
import { list } from '../../render';
import { defineRule, type RuleContext } from '../rule';
import { compareEqual } from '../support/amounts';
import { allGeneralBudget, byCode, holdsNoMoney } from '../support/funding';
import { inTable, quotedIn, tableLabel } from '../support/labels';
import { EQUAL_MESSAGES, SEPARATORS, TERMS } from '../support/messages';

/**
 * Each 类 printed in 收支总表 equals the same 类 (by code) in 支出总表; each 类 in 财政拨款收支总表 equals the same 类
 * in 一般公共预算支出表 (plus 政府性基金 / 国有资本经营预算支出表 when the department has such money) — or, when
 * 财政拨款收支总表 prints a column per fund, each fund's column equals its own table.
 * A 类 with money in the detail table but missing from the summary's list is reported too.
 */
export default defineRule({
  id: 'cross/class-amounts',
  severity: 'error',
  title: { zh: '总表各类支出与明细表一致', en: 'Class amounts in the summaries agree with the detail tables' },
  messages: {
    ...EQUAL_MESSAGES,
    missingClass: {
      zh: '{reference}列有 {code} {name} {expected}，但{subject}中没有这一类支出',
      en: '{reference} has {code} {name} at {expected}, but {subject} does not list this class',
    },
  },
  check(ctx) {
    const summary = ctx.sides('income-expenditure-summary');
    const exp = ctx.rows('expenditure-summary');
    // A detail table without codes (Jiangsu's 支出预算总表 is one line of totals) says nothing about the classes.
    if (summary && exp && hasCodes(exp)) compare(ctx, summary, [exp]);
    else if (summary && allGeneralBudget(ctx) === true) {
      // All money is 一般公共预算: the classes are those of the 财政拨款 / 一般公共预算 function table (Jiangsu).
      const detail = [ctx.rows('fiscal-expenditure'), ctx.rows('gpb-expenditure')].find((t) => t && hasCodes(t));
      if (detail) compare(ctx, summary, [detail]);
    }
    const fiscal = ctx.sides('fiscal-summary');
    const gpb = ctx.rows('gpb-expenditure');
    if (fiscal && gpb) {
      const fund = ctx.rows('gov-fund');
      const soe = ctx.rows('soe-expenditure');
      const fundCols = new Set(fiscal.columns.filter((c) => c.side === 'expenditure').map((c) => c.key));
      if (fundCols.has('gpb')) {
        // Printed per fund (Shanghai 表4: 合计 | 一般公共预算 | 政府性基金预算 | 国有资本经营预算): each column against its own table.
        compare(ctx, fiscal, [gpb], 'gpb');
        if (fund && fundCols.has('fund')) compare(ctx, fiscal, [fund], 'fund');
        if (soe && fundCols.has('soe')) compare(ctx, fiscal, [soe], 'soe');
        return;
      }
      // A line that is no figure (#REF!) may hold money: as unknown as a line with money.
      const has = (key: string) => fiscal.lines.some((l) => l.side === 'income' && l.key === key && !holdsNoMoney(l.amount));
      if (has('fund') && !fund) return; // fund money but no fund table: the class split cannot be checked
      if (has('soe') && !soe) return; // likewise for 国有资本经营预算
      compare(ctx, fiscal, [gpb, ...(fund ? [fund] : []), ...(soe ? [soe] : [])]);
    }
  },
});

function compare(ctx: RuleContext, s: AnySidesTable, details: AnyRowsTable[], key = 'amount'): void {
  const maps = details.map((d) => byCode(d));
  const listed = new Set<string>();
  for (const line of s.lines) {
    if (line.side !== 'expenditure' || line.role !== 'class' || !line.key) continue;
    const amount = line.amounts[key];
    if (!amount) continue;
    listed.add(line.key);
    const found = maps.map((m) => m.get(line.key!)?.amounts.total).filter((a): a is Amount => !!a);
    if (found.length === 0) {
      // Not in the detail tables: the summary must show nothing for it.
      if (amount.value && !amount.value.isZero()) {
        ctx.report({
          messageId: 'mismatch',
          at: amount.cell,
          table: s,
          data: {
            subject: quotedIn(tableLabel(s), line.name),
            reference: list(details.map(tableLabel), SEPARATORS.and),
            refCell: TERMS.noSuchClass,
            unit: '',
          },
          expected: new Decimal(0),
          actual: amount.value,
          difference: amount.value,
        });
      }
      continue;
    }
    const ref: Amount = found.length === 1 ? found[0] : sumAmounts(found);
    // A 类 added up here from several tables: each printed figure brings its own rounding interval.
    const from =
      found.length === 1
        ? undefined
        : maps.flatMap((m, i) => {
            const a = m.get(line.key!)?.amounts.total;
            return a ? [{ amount: a, table: details[i] }] : [];
          });
    const d = compareEqual({
      a: amount,
      aTable: s,
      b: ref,
      bTable: details[0],
      subject: quotedIn(tableLabel(s), line.name),
      reference: inTable(list(details.map(tableLabel), SEPARATORS.and), line.key),
      bFrom: from,
    });
    if (d) ctx.report(d);
  }
  if (!s.lines.some((l) => l.role === 'class')) return;
  for (let i = 0; i < details.length; i++) {
    for (const [code, row] of maps[i]) {
      if (code.length !== 3 || listed.has(code)) continue;
      const a = row.amounts.total;
      if (!a || !a.value || a.value.isZero()) continue;
      listed.add(code);
      ctx.report({
        messageId: 'missingClass',
        at: a.cell,
        related: [],
        table: details[i],
        data: { subject: tableLabel(s), reference: tableLabel(details[i]), code, name: row.name },
        expected: a.value,
      });
    }
  }
}

function hasCodes(t: AnyRowsTable): boolean {
  return t.rows.some((r) => r.code !== null);
}

/** The 类 of several tables added up; no figure when one of them is none (#REF!): the sum is then not judged. */
function sumAmounts(list: Amount[]): Amount {
  if (list.some((a) => a.invalid)) return { cell: list[0].cell, raw: list[0].raw, value: null, num: null, decimals: 0, invalid: true };
  let v: Decimal | null = null;
  for (const a of list) if (a.value) v = (v ?? new Decimal(0)).plus(a.value);
  return { cell: list[0].cell, raw: list[0].raw, value: v, num: v === null ? null : v.toNumber(), decimals: Math.max(...list.map((a) => a.decimals)) };
}
