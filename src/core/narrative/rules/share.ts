/** narrative/share: "占预算总额的 X%" — X is the subject's amount divided by the budget total. */
import Decimal from 'decimal.js';
import { d, cellsOf } from '../context';
import { fmtPct, fmtWan } from '../facts';
import { defineNarrativeRule, pick } from '../rule';

export default defineNarrativeRule({
  id: 'narrative/share',
  severity: 'error',
  category: 'mismatch',
  title: { zh: '占预算总额的比例按金额÷预算总额计算', en: 'A share of the budget is the amount divided by the total' },
  messages: pick('shareMismatch'),
  check(p, ctx, report) {
    const total = ctx.budgetTotal;
    if (!total || total.isZero()) return;
    p.clauses.forEach((t, ti) => {
      const c = t.cmp;
      if (t.kind !== 'share' || !c) return;
      const share = c.subject.current!.div(total).times(100);
      const written = d(t.m[1]);
      if (!written.equals(share.toDecimalPlaces(2, Decimal.ROUND_HALF_UP))) {
        report({
          messageId: 'shareMismatch',
          data: { subject: c.subject.label, actual: t.m[1] + '%', expected: fmtPct(share), amount: c.current, total: fmtWan(total) },
          stage: 'clauses',
          pos: ti,
          extra: { expected: fmtPct(share), actual: t.m[1] + '%', related: cellsOf(c.subject.cell, ctx.budgetTotalCell) },
        });
      }
    });
  },
});
