/**
 * narrative/percent-figures: “支出 9370.12 万元，与上年相比增加 1297.83 万元，增长 16.07%” — the percentage against the
 * two figures the text itself gives: the change ÷ last year (this year − the increase, or + the decrease), to the
 * precision it is printed with. Needs no last-year facts: the text states both figures. Where last year's facts are
 * known for the subject, narrative/percent judges it instead.
 *
 * The base is the amount right before the change (stated-changes.ts): in the same unit (万元 or 元), with no figure
 * between them but its share (“850088.3 元，占支出总预算 78.33%，同比减少 54357.12 元，下降 6.00%”), not a part listed
 * after 其中, not a figure of last year.
 */
import Decimal from 'decimal.js';
import { priorItemOf } from '../item-lines';
import { changesBefore, changeText, judgePct, statedChanges } from '../stated-changes';
import { defineNarrativeRule, pick } from '../rule';

export default defineNarrativeRule({
  id: 'narrative/percent-figures',
  severity: 'error',
  category: 'mismatch',
  title: { zh: '增减幅度与说明所列的本年数、增减额一致', en: 'A percentage change agrees with the amount and the change the text gives' },
  messages: pick('percentFigures', 'percentFiguresCopied'),
  check(p, ctx, report) {
    const text = p.text;
    if (!text.includes('%') && !text.includes('％')) return;
    let pos = 0;
    const all = statedChanges(p, ctx.year);
    for (const [ci, c] of all.entries()) {
      if (!c.pct) continue;
      pos++;
      const { base, change } = c;
      const { at: pctAt, s: pctNum } = c.pct;
      // Judged against last year's facts by narrative/percent, or against last year's item by narrative/item-prior.
      if (p.clauses.some((x) => x.kind === 'pct' && x.cmp && x.at === pctAt)) continue;
      if (p.itemLines.some((l) => l.pct?.at === pctAt && l.pct.basis === 'budget' && priorItemOf(l, ctx.prior))) continue;
      const v = judgePct(c);
      if (!v || v.ok) continue;
      const { last, pct, expected, slip } = v;
      const up = c.up;
      // The percentage of a change stated just before, right there (项目支出 given 基本支出's), with other figures: copied.
      const earlier = slip
        ? undefined
        : changesBefore(ctx, p, ci).find((x) => x.c.pct?.s === pctNum && x.c.base.s !== base.s && x.c.change !== change && judgePct(x.c)?.ok === true);
      report({
        messageId: earlier ? 'percentFiguresCopied' : 'percentFigures',
        data: {
          ...(earlier ? { previous: changeText(earlier) } : {}),
          actual: pctNum + '%',
          expected,
          diff: change,
          base: last.toFixed(),
          amount: base.s,
          sign: up ? '−' : '+',
          exact: pct.toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toFixed() + '%',
        },
        stage: 'clauses',
        pos: 1000 + pos,
        severity: slip ? 'warning' : 'error',
        extra: { expected, actual: pctNum + '%' },
      });
    }
  },
});
