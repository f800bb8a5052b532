/** narrative/blank-amount: “政府性基金支出预算支出 万元” — the figure before 万元 is missing. */
import { defineNarrativeRule, pick } from '../rule';

const BLANK = /(?<!单位)(?:支出|收入|预算|经费|资金|拨款|[^单]费)\s*(?:为|是)?\s*万元/g;

export default defineNarrativeRule({
  id: 'narrative/blank-amount',
  severity: 'warning',
  category: 'format',
  title: { zh: '“万元”前写有金额', en: 'A figure stands before “万元”' },
  messages: pick('blankAmount'),
  check(p, _ctx, report) {
    for (const m of p.text.matchAll(BLANK)) report({ messageId: 'blankAmount', data: { actual: m[0].replace(/\s+/g, ' ') }, stage: 'namedAmounts' });
  },
});
