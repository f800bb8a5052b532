/**
 * narrative/change-exceeds: an amount that “increased” by more than itself — “政府性基金收入预算 0 万元，与上年相比增加
 * 2432.93 万元” — would make last year's figure negative, which no budget is. Judged by the text's own figures (the
 * amount right before the change, stated-changes.ts), beyond what rounding each to its printed precision allows, and
 * only for a change stated against last year (“与上年相比”, “比上年”, “同比”). Where the same increase was stated just
 * before (the paragraph above, or earlier in this one), the message says the sentence looks copied from it.
 */
import { half, num } from '../figures';
import { changesBefore, changeText, statedChanges } from '../stated-changes';
import { defineNarrativeRule, pick } from '../rule';

export default defineNarrativeRule({
  id: 'narrative/change-exceeds',
  severity: 'error',
  category: 'mismatch',
  title: { zh: '增加额不大于本年数（上年数不为负）', en: 'An increase is not larger than the amount itself (last year is not negative)' },
  messages: pick('changeExceeds', 'changeExceedsCopied'),
  check(p, ctx, report) {
    const mine = statedChanges(p, ctx.year);
    if (mine.length === 0) return;
    mine.forEach((c, pos) => {
      if (!c.up || !c.against) return;
      const amount = num(c.base.s);
      const change = num(c.change);
      const last = amount.minus(change);
      if (last.plus(half(c.base.s)).plus(half(c.change)).gte(0)) return;
      const earlier = changesBefore(ctx, p, pos).find(
        (x) => x.c.up && x.c.change === c.change && x.c.unit === c.unit && x.c.base.s !== c.base.s && num(x.c.base.s).gte(num(x.c.change)),
      );
      const data = { amount: c.base.s, change: c.change, last: last.toFixed(), unit: c.unit };
      report({
        messageId: earlier ? 'changeExceedsCopied' : 'changeExceeds',
        data: earlier ? { ...data, previous: changeText(earlier) } : data,
        stage: 'clauses',
        pos: 2000 + pos,
        extra: { expected: `≤ ${c.base.s}`, actual: c.change },
      });
    });
  },
});
