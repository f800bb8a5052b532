import type { AnySidesTable } from '../../tables/types';
import { defineRule } from '../rule';
import { compareEqual } from '../support/amounts';
import { quotedIn, tableLabel } from '../support/labels';
import { EQUAL_MESSAGES } from '../support/messages';

/** This year's income line of a source, whether printed on its own or under "财政拨款收入". */
function source(t: AnySidesTable, key: string) {
  return t.lines.find((l) => l.side === 'income' && (l.role === 'item' || (l.role === 'sub-item' && !l.ofWhich)) && l.key === key);
}

/** 财政拨款收支总表 本年收入 lines (一般公共预算 / 政府性基金 / 国有资本经营) = the same lines of 收支总表. */
export default defineRule({
  id: 'cross/fiscal-income',
  severity: 'error',
  title: { zh: '财政拨款收入与收支总表一致', en: 'Fiscal appropriation income agrees with the summary' },
  messages: EQUAL_MESSAGES,
  check(ctx) {
    const fiscal = ctx.sides('fiscal-summary');
    const summary = ctx.sides('income-expenditure-summary');
    if (!fiscal || !summary) return;
    for (const key of ['gpb', 'fund', 'soe']) {
      const f = source(fiscal, key);
      const s = source(summary, key);
      if (!f || !s) continue;
      const d = compareEqual({
        a: f.amount,
        aTable: fiscal,
        b: s.amount,
        bTable: summary,
        subject: quotedIn(tableLabel(fiscal), f.name),
        reference: quotedIn(tableLabel(summary), s.name),
      });
      if (d) ctx.report(d);
    }
  },
});
