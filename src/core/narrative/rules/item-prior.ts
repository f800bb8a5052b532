/**
 * narrative/item-prior: an item line's “与上年相比增加 D 万元，增长 P%” against last year's amount of the same 科目 in
 * last year's tables (`--prior LAST-YEAR.xlsx`, or "items" of the prior JSON) and this year's in the tables: its
 * direction, its amount and its percentage, each within what rounding to the printed precision may have changed.
 * Judged only where the item is one row of the tables and last year's row of that code has the same name, and only a
 * change against last year's budget (a change against last year's 执行数 is narrative/item-percent's). Where this rule
 * judges a percentage, narrative/percent-figures leaves it.
 */
import Decimal from 'decimal.js';
import { judgeChange, priorItemOf } from '../item-lines';
import { amountOf } from '../items';
import { DIRECTION_TERMS, NARRATIVE_TERMS } from '../messages';
import { defineNarrativeRule, pick } from '../rule';

const HALF_CENT = new Decimal('0.005');

export default defineNarrativeRule({
  id: 'narrative/item-prior',
  severity: 'error',
  category: 'mismatch',
  title: { zh: '科目与上年相比的增减与上年附表一致', en: "An item's change against last year agrees with last year's tables" },
  messages: pick('itemPercent', 'itemChange', 'itemDirection'),
  check(p, ctx, report) {
    p.itemLines.forEach((line, i) => {
      const last = priorItemOf(line, ctx.prior);
      const now = line.hit ? amountOf(line.hit) : null;
      if (!last || !now) return;
      const side = (v: Decimal) => ({ wan: v, half: HALF_CENT, s: v.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed() });
      judgeChange(line, 'budget', side(last.amount), side(now.value)).forEach((v, k) =>
        report({
          messageId: v.messageId,
          data: { ...v.data, against: NARRATIVE_TERMS.priorTables, expectedDir: DIRECTION_TERMS[v.expectedDir] },
          stage: 'items',
          pos: 300 + i,
          sub: k,
          ...(v.slip ? { severity: 'warning' as const } : {}),
          extra: { expected: v.expected, actual: v.actual, related: [now.cell] },
        }),
      );
    });
  },
});
