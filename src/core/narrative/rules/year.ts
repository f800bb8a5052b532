/** narrative/year: a year the text gives a budget, income, expenditure … for is the budget year. */
import { defineNarrativeRule, pick } from '../rule';

export default defineNarrativeRule({
  id: 'narrative/year',
  severity: 'error',
  category: 'mismatch',
  title: { zh: '说明中的年度为本预算年度', en: 'Years in the explanation are the budget year' },
  messages: pick('yearMismatch'),
  check(p, ctx, report) {
    const year = ctx.year;
    if (year === null) return;
    const para = p.text;
    for (const m of para.matchAll(/(20\d{2})\s*年([^，。；,;]{0,12})/g)) {
      const y = Number(m[1]);
      if (y === year) continue;
      const after = m[2];
      if (/^\s*(度?\s*\d+\s*月|末|底|度?决算|以来|起)/.test(after)) continue;
      // That year's own figures: "2023年当年预算执行数为 A 万元", "2023年结转资金" — a correct use of another year.
      if (/执行|决算|实际|完成|结转|结余/.test(after)) continue;
      // "比2024年预算增加…", "与2024年预算持平": the year compared with (narrative/compare-year judges which it is).
      if (/(比|较|与|同)\s*$/.test(para.slice(Math.max(0, m.index! - 2), m.index!)) && (y === year - 1 || /^\s*度?\s*(年初)?预算/.test(after))) continue;
      if (!/预算|收入|支出|经费|采购|拨款/.test(after)) continue;
      report({
        messageId: 'yearMismatch',
        data: { actual: String(y), expected: String(year), context: after.trim() },
        stage: 'year',
        extra: { expected: String(year), actual: String(y) },
      });
    }
  },
});
