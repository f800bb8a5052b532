/**
 * narrative/blank-amount: “政府性基金支出预算支出 万元” — the figure before 万元 is missing; and “占基本支出预算%” — the
 * figure before % of a share (a real 2022 unit text, whose 商品和服务 line reads “75800 元,占基本支出预算%,同比增加…”).
 */
import { defineNarrativeRule, pick } from '../rule';

const BLANK = /(?<!单位)(?:支出|收入|预算|经费|资金|拨款|[^单]费)\s*(?:为|是)?\s*万元/g;
const BLANK_SHARE = /占[\u4e00-\u9fa5“”"]{1,16}?\s*[%％]/g;

export default defineNarrativeRule({
  id: 'narrative/blank-amount',
  severity: 'warning',
  category: 'format',
  title: { zh: '“万元”前写有金额', en: 'A figure stands before “万元”' },
  messages: pick('blankAmount', 'blankPercent'),
  check(p, _ctx, report) {
    for (const m of p.text.matchAll(BLANK)) report({ messageId: 'blankAmount', data: { actual: m[0].replace(/\s+/g, ' ') }, stage: 'namedAmounts' });
    for (const m of p.text.matchAll(BLANK_SHARE)) report({ messageId: 'blankPercent', data: { actual: m[0].replace(/\s+/g, ' ') }, stage: 'namedAmounts' });
  },
});
