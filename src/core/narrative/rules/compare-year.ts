/**
 * narrative/compare-year: a budget is compared with last year's budget. In a 2026 text “比2025年预算” is right;
 * “比2026年预算” compares the budget with itself and “比2024年预算” with the wrong year. Only a comparison with another
 * year's 预算 is judged (“比2024年决算数” may be meant).
 */
import { defineNarrativeRule, pick } from '../rule';

const COMPARE = /(?:比|较|与|同)\s*(20\d{2})\s*年度?\s*(?:年初)?预算/g;

export default defineNarrativeRule({
  id: 'narrative/compare-year',
  severity: 'error',
  category: 'mismatch',
  title: { zh: '与上年预算比较（2026 年预算比 2025 年预算）', en: 'A budget is compared with last year’s budget' },
  messages: pick('compareSelf', 'compareYear'),
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
  },
});
