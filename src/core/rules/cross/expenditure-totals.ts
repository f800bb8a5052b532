import { defineRule } from '../rule';
import { compareEqual, compareNotAbove } from '../support/amounts';
import { allGeneralBudget, byCode, totalRow } from '../support/funding';
import { phrase } from '../../render';
import { cellOf, columnLabel, quotedIn, rowLabel, tableLabel } from '../support/labels';
import { EQUAL_MESSAGES, EXCEEDS_MESSAGE, PHRASES, TERMS } from '../support/messages';

/**
 * 支出总表 合计 = 收支总表 本年支出合计; when all money is 一般公共预算, 支出总表 = 一般公共预算支出表 line by line
 * (合计, 基本支出, 项目支出 and every code). With other money, only the 一般公共预算 part can be compared: it may not
 * exceed the whole.
 */
export default defineRule({
  id: 'cross/expenditure-totals',
  severity: 'error',
  title: { zh: '支出总表与收支总表、一般公共预算支出表一致', en: 'Expenditure summary agrees with the summary and the general budget table' },
  messages: {
    ...EQUAL_MESSAGES,
    ...EXCEEDS_MESSAGE,
  },
  check(ctx) {
    const exp = ctx.rows('expenditure-summary');
    const summary = ctx.sides('income-expenditure-summary');
    const gpb = ctx.rows('gpb-expenditure');
    const expTotal = exp ? totalRow(exp) : undefined;
    if (exp && expTotal && summary) {
      const line = summary.lines.find((l) => l.side === 'expenditure' && l.role === 'current-total');
      if (line && expTotal.amounts.total) {
        const d = compareEqual({
          a: expTotal.amounts.total,
          aTable: exp,
          b: line.amount,
          bTable: summary,
          subject: cellOf(tableLabel(exp), TERMS.totalRow, TERMS.total),
          reference: quotedIn(tableLabel(summary), line.name),
        });
        if (d) ctx.report(d);
      }
    }
    if (!exp || !gpb) return;
    const all = allGeneralBudget(ctx);
    const gpbRows = byCode(gpb);
    const pairs: [string, string][] = [
      ['total', 'total'],
      ['basic', 'basic'],
      ['project', 'project'],
    ];
    const gTotal = totalRow(gpb);
    const rowsToCompare: { e: typeof expTotal; g: typeof gTotal }[] = [];
    if (expTotal && gTotal) rowsToCompare.push({ e: expTotal, g: gTotal });
    for (const r of exp.rows) if (r.code && gpbRows.has(r.code)) rowsToCompare.push({ e: r, g: gpbRows.get(r.code) });
    for (const { e, g } of rowsToCompare) {
      if (!e || !g) continue;
      for (const [ek, gk] of pairs) {
        const ea = e.amounts[ek];
        const ga = g.amounts[gk];
        if (!ea || !ga) continue;
        const col = gpb.columns.find((c) => c.key === gk)!;
        if (all === true) {
          const d = compareEqual({
            a: ga,
            aTable: gpb,
            b: ea,
            bTable: exp,
            subject: cellOf(tableLabel(gpb), rowLabel(g), columnLabel(col)),
            reference: phrase(PHRASES.sameRow, { table: tableLabel(exp) }),
          });
          if (d) ctx.report(d);
        } else {
          const d = compareNotAbove({
            part: ga,
            partTable: gpb,
            whole: ea,
            wholeTable: exp,
            subject: cellOf(tableLabel(gpb), rowLabel(g), columnLabel(col)),
            reference: phrase(PHRASES.sameRow, { table: tableLabel(exp) }),
          });
          if (d) ctx.report(d);
        }
      }
    }
  },
});
