/** narrative/percent: "增长 X%" — X is the change divided by last year's figure. */
import Decimal from 'decimal.js';
import { d, cellsOf } from '../context';
import { fmtPct, fmtWan, pctOf } from '../facts';
import { defineNarrativeRule, pick } from '../rule';

export default defineNarrativeRule({
  id: 'narrative/percent',
  severity: 'error',
  category: 'mismatch',
  title: { zh: '增减幅度按增减额÷上年数计算', en: 'A percentage change is the change divided by last year' },
  messages: pick('percentMismatch'),
  check(p, _ctx, report) {
    p.clauses.forEach((t, ti) => {
      const c = t.cmp;
      if (t.kind !== 'pct' || !c) return;
      const pct = pctOf(c.diff, c.subject.last!);
      if (pct === null) return;
      const written = d(t.m[2]);
      const shown = (t.m[2].split('.')[1] ?? '').length;
      if (!written.equals(pct.toDecimalPlaces(2, Decimal.ROUND_HALF_UP))) {
        // Written with fewer decimals and right at that precision: a warning.
        const coarse = shown < 2 && written.equals(pct.toDecimalPlaces(shown, Decimal.ROUND_HALF_UP));
        report({
          messageId: 'percentMismatch',
          data: { subject: c.subject.label, actual: t.m[2] + '%', expected: fmtPct(pct), diff: fmtWan(c.diff.abs()), base: c.last },
          stage: 'clauses',
          pos: ti,
          sub: 1,
          severity: coarse ? 'warning' : 'error',
          extra: { expected: fmtPct(pct), actual: t.m[2] + '%', related: cellsOf(c.subject.cell) },
        });
      }
    });
  },
});
