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
import { prevParagraph } from '../paragraphs';
import { statedChanges, type StatedChange } from '../stated-changes';
import type { ParagraphContext } from '../context';
import { defineNarrativeRule, pick } from '../rule';

const decimals = (s: string) => (s.split('.')[1] ?? '').length;
const half = (s: string) => new Decimal(10).pow(-decimals(s)).div(2);
const num = (s: string) => new Decimal(s.replace(/,/g, ''));

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
    const prev = prevParagraph(ctx, p);
    const above: { c: StatedChange; p: ParagraphContext }[] = prev ? statedChanges(prev, ctx.year).map((c) => ({ c, p: prev })) : [];
    for (const c of all) {
      if (!c.pct) continue;
      pos++;
      const { base, change } = c;
      const { at: pctAt, s: pctNum } = c.pct;
      // Judged against last year's facts by narrative/percent, or against last year's item by narrative/item-prior.
      if (p.clauses.some((x) => x.kind === 'pct' && x.cmp && x.at === pctAt)) continue;
      if (p.itemLines.some((l) => l.pct?.at === pctAt && l.pct.basis === 'budget' && priorItemOf(l, ctx.prior))) continue;
      const amount = num(base.s);
      const diff = num(change);
      const up = c.up;
      const last = up ? amount.minus(diff) : amount.plus(diff);
      if (last.lte(0) || diff.isZero()) continue;
      const pct = diff.div(last).times(100);
      // Each figure stands for ±½ of its last printed digit.
      const eLast = half(base.s).plus(half(change));
      const lo = diff.minus(half(change)).div(last.plus(eLast)).times(100);
      const hi = diff.plus(half(change)).div(last.minus(eLast)).times(100);
      const written = num(pctNum);
      const u = half(pctNum);
      if (written.minus(u).lte(hi) && written.plus(u).gte(lo)) continue;
      const dp = decimals(pctNum);
      const expected = pct.toDecimalPlaces(dp, Decimal.ROUND_HALF_UP).toFixed(dp) + '%';
      // Off by less than one unit of the last digit printed: rounded wrong (cut off, or forced), a warning.
      const slip = written.minus(pct).abs().lt(u.times(2));
      // The percentage of a change stated just before (项目支出 given 基本支出's): copied from it.
      const earlier = slip ? undefined : [...above, ...all.slice(0, all.indexOf(c)).map((x) => ({ c: x, p }))].reverse().find((x) => x.c.pct?.s === pctNum);
      report({
        messageId: earlier ? 'percentFiguresCopied' : 'percentFigures',
        data: {
          ...(earlier ? { previous: earlier.p.text.slice(earlier.c.base.at, earlier.c.end).replace(/\s+/g, '') } : {}),
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
