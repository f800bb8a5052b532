/**
 * narrative/item-prior: an item line's “与上年相比增加 D 万元，增长 P%” against last year's amount of the same 科目 in
 * last year's tables (`--prior LAST-YEAR.xlsx`, or "items" of the prior JSON) and this year's in the tables: its
 * direction, its amount and its percentage, each within what rounding to the printed precision may have changed.
 * Judged only where the item is one row of the tables whose amount the text gives, and last year's row of that code
 * has the same name; and only a change against last year's budget (a change against last year's 执行数 is
 * narrative/item-percent's). Where this rule judges a percentage, narrative/percent-figures leaves it.
 */
import Decimal from 'decimal.js';
import { agrees, judgeChange, priorItemOf, tableWan, verdictReport } from '../item-lines';
import { amountOf } from '../items';
import { NARRATIVE_TERMS } from '../messages';
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
      const exact = line.hit ? tableWan(line.hit) : null;
      // Only where the text's amount is that row's: then its change is of the same table's figures (a section about
      // the 支出总表, with 事业收入 in it, gives other figures than the 一般公共预算支出表 compared with here).
      if (!last || !now || !exact || !line.amount || !agrees(line.amount, exact)) return;
      const side = (v: Decimal) => ({ wan: v, half: HALF_CENT, s: v.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed() });
      judgeChange(line, 'budget', side(last.amount), side(now.value)).forEach((v, k) =>
        report(verdictReport(v, NARRATIVE_TERMS.priorTables, 300 + i, k, [now.cell])),
      );
    });
  },
});
