/**
 * narrative/percent-figures: “支出 9370.12 万元，与上年相比增加 1297.83 万元，增长 16.07%” — the percentage against the
 * two figures the text itself gives: the change ÷ last year (this year − the increase, or + the decrease), to the
 * precision it is printed with. Needs no last-year facts: the text states both figures. Where last year's facts are
 * known for the subject, narrative/percent judges it instead.
 *
 * The base is the amount right before the change, in the same unit (万元 or 元), taken only when nothing else can be
 * meant: no figure between them but its share (“850088.3 元，占支出总预算 78.33%，同比减少 54357.12 元，下降 6.00%”),
 * not a part listed after 其中, not a figure of last year.
 */
import Decimal from 'decimal.js';
import { NUM } from '../context';
import { priorItemOf } from '../item-lines';
import { defineNarrativeRule, pick } from '../rule';

const CHANGE = new RegExp(`(增加|减少|增长|下降|上升|降低)了?\\s*${NUM}\\s*(万元|元)[，,、]?\\s*(增长|增加|减少|下降|上升|降低)了?\\s*${NUM}\\s*[%％]`, 'g');
const AMOUNT = new RegExp(`${NUM}\\s*(万元|元)`, 'g');
/** A share between the amount and its change (“850088.3 元，占支出总预算 78.33%，同比减少…”): no figure of its own. */
const SHARE_BETWEEN = /^[，,、\s]*占[\u4e00-\u9fa5“”"（）()]{0,16}\s*\d+(?:\.\d+)?\s*[%％][，,、\s]*/;
const UP = /增加|增长|上升/;

const decimals = (s: string) => (s.split('.')[1] ?? '').length;
const half = (s: string) => new Decimal(10).pow(-decimals(s)).div(2);
const num = (s: string) => new Decimal(s.replace(/,/g, ''));

export default defineNarrativeRule({
  id: 'narrative/percent-figures',
  severity: 'error',
  category: 'mismatch',
  title: { zh: '增减幅度与说明所列的本年数、增减额一致', en: 'A percentage change agrees with the amount and the change the text gives' },
  messages: pick('percentFigures'),
  check(p, ctx, report) {
    const text = p.text;
    if (!text.includes('%') && !text.includes('％')) return;
    const amounts = [...text.matchAll(AMOUNT)].map((m) => ({ at: m.index!, end: m.index! + m[0].length, s: m[1], unit: m[2] }));
    let pos = 0;
    for (const m of text.matchAll(CHANGE)) {
      pos++;
      const changeAt = m.index!;
      const [, word, change, unit, pctWord, pctNum] = m;
      const pctAt = changeAt + m[0].lastIndexOf(pctWord);
      // Judged against last year's facts by narrative/percent, or against last year's item by narrative/item-prior.
      if (p.clauses.some((c) => c.kind === 'pct' && c.cmp && c.at === pctAt)) continue;
      if (p.itemLines.some((l) => l.pct?.at === pctAt && l.pct.basis === 'budget' && priorItemOf(l, ctx.prior))) continue;
      const base = amounts.filter((a) => a.end <= changeAt).pop();
      if (!base || base.unit !== unit) continue;
      const between = text.slice(base.end, changeAt).replace(SHARE_BETWEEN, '');
      if (/\d/.test(between)) continue;
      const sentenceStart = Math.max(text.lastIndexOf('。', base.at), text.lastIndexOf('；', base.at), 0);
      if (text.slice(sentenceStart, base.at).includes('其中')) continue;
      const before = text.slice(Math.max(0, base.at - 8), base.at);
      if (
        /上年|去年|上一年|20\d{2}\s*年(?:度)?(?:预算|执行|决算)?(?:数)?(?:为|是)?\s*$/.test(before) &&
        !(ctx.year && new RegExp(`${ctx.year}\\s*年`).test(before))
      )
        continue;
      const amount = num(base.s);
      const diff = num(change);
      const up = UP.test(word);
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
      report({
        messageId: 'percentFigures',
        data: {
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
