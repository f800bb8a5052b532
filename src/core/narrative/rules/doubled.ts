/** narrative/doubled: no word written twice in a row ("支出支出"). */
import { defineNarrativeRule, pick } from '../rule';

export default defineNarrativeRule({
  id: 'narrative/doubled',
  severity: 'warning',
  category: 'format',
  title: { zh: '没有重复的词语', en: 'No doubled words' },
  messages: pick('doubled'),
  check(p, _ctx, report) {
    for (const m of p.original.matchAll(/([\u4e00-\u9fa5]{2,4})\1/g)) report({ messageId: 'doubled', data: { actual: m[0] }, stage: 'doubled' });
  },
});
