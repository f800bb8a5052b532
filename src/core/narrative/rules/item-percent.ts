/**
 * narrative/item-percent: an item line that gives last year's 执行数 and this year's budget — “2023年当年预算执行数为
 * 300 万元，2024年预算安排 330 万元，比上年执行数增加 10%” (the Hubei form) — states the change those two figures make:
 * its direction, its amount and its percentage, each within what rounding the figures to their printed precision may
 * have changed. Needs no last-year facts: the text gives both figures. A percentage off by less than two units of its
 * last printed digit is a warning (rounded wrong); a wrong direction or one far off is an error.
 */
import { judgeChange, verdictReport, wanText } from '../item-lines';
import { NARRATIVE_TERMS } from '../messages';
import { defineNarrativeRule, pick } from '../rule';

export default defineNarrativeRule({
  id: 'narrative/item-percent',
  severity: 'error',
  category: 'mismatch',
  title: {
    zh: '科目的增减与说明所列上年执行数、本年预算数一致',
    en: "An item's change agrees with last year's outturn and this year's budget the text gives",
  },
  messages: pick('itemPercent', 'itemChange', 'itemDirection'),
  check(p, _ctx, report) {
    p.itemLines.forEach((line, i) => {
      const a = line.executed;
      const b = line.amount;
      if (!a || !b) return;
      judgeChange(line, 'executed', { ...a, s: wanText(a) }, { ...b, s: wanText(b) }).forEach((v, k) =>
        report(verdictReport(v, NARRATIVE_TERMS.executedInText, 200 + i, k)),
      );
    });
  },
});
