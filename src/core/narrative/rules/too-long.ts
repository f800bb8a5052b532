/**
 * narrative/too-long: a paragraph longer than PARAGRAPH_LIMIT characters is checked up to the limit (context.ts
 * readablePart), and this says, once for the paragraph, how much of it was not read — never silently.
 */
import { PARAGRAPH_LIMIT } from '../context';
import { defineNarrativeRule, pick } from '../rule';

export default defineNarrativeRule({
  id: 'narrative/too-long',
  severity: 'info',
  category: 'format',
  title: { zh: '每段不超过 20000 字（超出部分不检查）', en: 'A paragraph is read up to 20,000 characters' },
  messages: pick('tooLong'),
  check(p, _ctx, report) {
    if (p.fullLength === undefined) return;
    const read = p.original.length;
    report({
      messageId: 'tooLong',
      data: { length: String(p.fullLength), limit: String(PARAGRAPH_LIMIT), read: String(read), rest: String(p.fullLength - read) },
      stage: 'limit',
    });
  },
});
