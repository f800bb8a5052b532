/**
 * narrative/item-heading: an item's heading that gives its amount — “（一）社会保障和就业支出（208类）…（01项）70.00万元”
 * — and the text under it that gives it again (“2024年预算安排 70.00 万元”) give the same figure, to the precision each
 * is printed with. Both are the text's own figures: one of them is wrong, whatever the tables say.
 */
import { defineNarrativeRule, pick } from '../rule';

export default defineNarrativeRule({
  id: 'narrative/item-heading',
  severity: 'error',
  category: 'mismatch',
  title: { zh: '科目标题中的金额与其下正文一致', en: "An item heading's amount is the one the text under it gives" },
  messages: pick('itemHeading'),
  check(p, _ctx, report) {
    p.namedItems.forEach((line, i) => {
      const h = line.headingAmount;
      const a = line.amount;
      if (!h || !a || a === h) return;
      if (h.wan.minus(a.wan).abs().lte(h.half.plus(a.half))) return;
      report({
        messageId: 'itemHeading',
        data: { item: line.text, heading: h.s, actual: a.s },
        stage: 'items',
        pos: 600 + i,
        extra: { expected: h.s, actual: a.s },
      });
    });
  },
});
