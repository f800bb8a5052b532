/**
 * narrative/share-of: “公务接待费支出 86.95 万元，占“三公”经费的 16.93%” — a share of the “三公”经费 or of the year's total
 * income or expenditure (占本年支出合计的 100%) is the amount ÷ that total of the tables, to the precision printed.
 * (A share of the 预算总额 for a subject is narrative/share's.)
 */
import Decimal from 'decimal.js';
import type Decimal_ from 'decimal.js';
import { cellsOf } from '../context';
import { decimals, halfOf as half, NUM, num } from '../figures';
import { defineNarrativeRule, pick } from '../rule';

const SHARE = new RegExp(`${NUM}\\s*万元[，,]\\s*占([“"]三公[”"]经费|三公经费|本年支出合计|支出合计|本年收入合计|收入合计)的?\\s*${NUM}\\s*[%％]`, 'g');

export default defineNarrativeRule({
  id: 'narrative/share-of',
  severity: 'error',
  category: 'mismatch',
  title: {
    zh: '占“三公”经费、本年收支合计的比例按金额÷合计计算',
    en: 'A share of the “three public” total or of the year’s total is the amount divided by it',
  },
  messages: pick('shareOf'),
  check(p, ctx, report) {
    let pos = 0;
    for (const m of p.text.matchAll(SHARE)) {
      pos++;
      const of = m[2];
      let total: Decimal_ | null;
      let cell;
      if (of.includes('三公')) {
        const s = ctx.subjects.find((x) => x.label === '“三公”经费');
        total = ctx.facts.threePublic ? (s?.current ?? null) : null;
        cell = s?.cell;
      } else if (of.includes('支出')) {
        total = ctx.facts.expenditureTotal;
        cell = ctx.facts.cells.expenditureTotal;
      } else {
        total = ctx.facts.incomeTotal;
        cell = ctx.facts.cells.incomeTotal;
      }
      if (!total || total.isZero()) continue;
      const amount = num(m[1]);
      const share = amount.div(total).times(100);
      const lo = amount.minus(half(m[1])).div(total).times(100);
      const hi = amount.plus(half(m[1])).div(total).times(100);
      const written = num(m[3]);
      const u = half(m[3]);
      if (written.minus(u).lte(hi) && written.plus(u).gte(lo)) continue;
      const dp = decimals(m[3]);
      const expected = share.toDecimalPlaces(dp, Decimal.ROUND_HALF_UP).toFixed(dp) + '%';
      const slip = written.minus(share).abs().lt(u.times(2));
      report({
        messageId: 'shareOf',
        data: { actual: m[3] + '%', expected, amount: m[1], of, total: total.toFixed(2) },
        stage: 'clauses',
        pos: 2000 + pos,
        severity: slip ? 'warning' : 'error',
        extra: { expected, actual: m[3] + '%', related: cellsOf(cell) },
      });
    }
  },
});
