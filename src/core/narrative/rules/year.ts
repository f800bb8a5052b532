/**
 * narrative/year: a year the text gives a budget, income, expenditure … for is the budget year. Last year is a correct
 * year where the text sets it against this one (one sentence naming both), gives it as the reason of a change, or names
 * it with no figure of its own.
 */
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
      // Last year set against this one, in one sentence: “2021 年编外人员经费列入项目支出，2022 年列入基本支出”; or last
      // year's way of doing, given as the reason of a change (“主要原因是2021年该项支出列入项目支出”).
      const at = m.index!;
      const start = Math.max(para.lastIndexOf('。', at), para.lastIndexOf('；', at)) + 1;
      const ends = [para.indexOf('。', at), para.indexOf('；', at)].filter((i) => i >= 0);
      const sentence = para.slice(start, ends.length ? Math.min(...ends) : para.length);
      if (y === year - 1 && (new RegExp(`${year}\\s*年`).test(sentence) || /原因|由于|因为/.test(para.slice(start, at)))) continue;
      // Last year named without a figure of its own (“2023年人员经费列入项目支出”): how it was done then, not last year's
      // figures left in this year's text (“2023 年政府性基金预算支出为 0”).
      const clauseEnd = para.slice(at).search(/[，,。；;]/);
      if (y === year - 1 && !/\d/.test(para.slice(at + m[0].length - m[2].length, clauseEnd < 0 ? para.length : at + clauseEnd))) continue;
      report({
        messageId: 'yearMismatch',
        data: { actual: String(y), expected: String(year), context: after.trim() },
        stage: 'year',
        extra: { expected: String(year), actual: String(y) },
      });
    }
  },
});
