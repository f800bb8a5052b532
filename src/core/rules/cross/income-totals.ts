import { defineRule } from '../rule';
import { compareEqual } from '../support/amounts';
import { totalRow } from '../support/funding';
import { phrase } from '../../render';
import { cellOf, columnLabel, quotedIn, tableLabel } from '../support/labels';
import { EQUAL_MESSAGES, PHRASES, TERMS } from '../support/messages';

/** 收入总表 合计行 = 收支总表 income side: 合计 ↔ 收入总计, 本年收入 ↔ 本年收入合计, each source, 上年结转. */
export default defineRule({
  id: 'cross/income-totals',
  severity: 'error',
  title: { zh: '收入总表与收支总表收入一致', en: 'Income summary agrees with the summary table' },
  messages: EQUAL_MESSAGES,
  check(ctx) {
    const income = ctx.rows('income-summary');
    const summary = ctx.sides('income-expenditure-summary');
    if (!income || !summary) return;
    const total = totalRow(income);
    if (!total) return;
    const find = (role: string, key?: string) =>
      summary.lines.find((l) => l.side === 'income' && l.role === role && (key === undefined || l.key === key)) ??
      (role === 'item' ? summary.lines.find((l) => l.side === 'income' && l.role === 'sub-item' && !l.ofWhich && l.key === key) : undefined);
    // Printed down the rows (Jiangsu): each source group's 小计 against the summary's line for that source.
    for (const row of income.rows) {
      if (!row.source || row.parent !== undefined) continue;
      const line = row.source === 'carry' ? find('carry') : find('item', row.source);
      const a = row.amounts.total;
      if (!line || !a) continue;
      const d = compareEqual({
        a,
        aTable: income,
        b: line.amount,
        bTable: summary,
        subject: phrase(PHRASES.quotedSubtotal, { table: tableLabel(income), name: row.name }),
        reference: quotedIn(tableLabel(summary), line.name),
      });
      if (d) ctx.report(d);
    }
    for (const col of income.columns) {
      let line;
      if (col.key === 'total') line = find('grand-total');
      else if (col.key === 'current') line = find('current-total');
      else if (col.key === 'carry') line = find('carry');
      else if (col.key.startsWith('current.')) line = find('item', col.key.slice(8));
      if (!line) continue;
      const a = total.amounts[col.key];
      if (!a) continue;
      const d = compareEqual({
        a,
        aTable: income,
        b: line.amount,
        bTable: summary,
        subject: cellOf(tableLabel(income), TERMS.totalRow, columnLabel(col)),
        reference: quotedIn(tableLabel(summary), line.name),
      });
      if (d) ctx.report(d);
    }
  },
});
