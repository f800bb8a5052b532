/** narrative/leftover: no unfinished text — XX, ＊＊, 待填写, 待补充, 【请填写：…】, （此处…）. */
import { defineNarrativeRule, pick } from '../rule';

// An unclosed 【请填写 is read up to the next 【 (not to the paragraph's end once per 【).
export default defineNarrativeRule({
  id: 'narrative/leftover',
  severity: 'error',
  category: 'format',
  title: { zh: '没有未完成的文字（XX、待填写、【请填写】）', en: 'No unfinished text (XX, 待填写, 【请填写】)' },
  messages: pick('leftover'),
  check(p, _ctx, report) {
    for (const m of p.original.matchAll(/[XＸ×xｘ]{2,}|＊{2,}|\*{3,}|待填写|待补充|待定|【请填写[^【】]*】|[（(](增加|补充|填写|此处)[^）)]{0,10}[）)]/g)) {
      report({ messageId: 'leftover', data: { actual: m[0] }, stage: 'leftover' });
    }
  },
});
