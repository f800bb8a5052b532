/**
 * narrative/compare-year: a budget is compared with last year's budget. In a 2026 text “比2025年预算” is right;
 * “比2026年预算” compares the budget with itself and “比2024年预算” with the wrong year. Only a comparison with another
 * year's 预算 is judged as an error (“比2024年决算数” may be meant); a bare year before last with the change right after it
 * (“较2015年下降2.3%” in a 2017 text) is a warning.
 */
import { defineNarrativeRule, pick } from '../rule';

const COMPARE = /(?:比|较|与|同)\s*(20\d{2})\s*年度?\s*(?:年初)?预算/g;
/** “较2015年下降2.3%”: a year compared with, with no 预算 or 决算 named, the change right after it. */
const COMPARE_BARE = /(?:比|较)\s*(20\d{2})\s*年度?\s*(?=(?:增加|减少|增长|下降|上升|降低)了?\s*\d)/g;

export default defineNarrativeRule({
  id: 'narrative/compare-year',
  severity: 'error',
  category: 'mismatch',
  title: { zh: '与上年预算比较（2026 年预算比 2025 年预算）', en: 'A budget is compared with last year’s budget' },
  messages: pick('compareSelf', 'compareYear', 'compareYearBare'),
  check(p, ctx, report) {
    const year = ctx.year;
    if (year === null) return;
    let pos = 0;
    for (const m of p.text.matchAll(COMPARE)) {
      pos++;
      const y = Number(m[1]);
      if (y === year - 1) continue;
      report({
        messageId: y === year ? 'compareSelf' : 'compareYear',
        data: { actual: String(y), expected: String(year - 1), year: String(year) },
        stage: 'year',
        pos: 3000 + pos,
        extra: { expected: String(year - 1), actual: String(y) },
      });
    }
    // A year before last with no 预算 named (渝中区 2017: “较2015年下降2.3%”): likely last year mistyped, a warning.
    for (const m of p.text.matchAll(COMPARE_BARE)) {
      pos++;
      const y = Number(m[1]);
      if (y >= year - 1) continue;
      report({
        messageId: 'compareYearBare',
        data: { actual: String(y), expected: String(year - 1), year: String(year) },
        stage: 'year',
        pos: 3000 + pos,
        severity: 'warning',
        extra: { expected: String(year - 1), actual: String(y) },
      });
    }
  },
});
