/** narrative/too-long: a paragraph over 20,000 characters is read up to a sentence end near the limit, and says so. */
import rule from '../../../src/core/narrative/rules/too-long';
import { PARAGRAPH_LIMIT } from '../../../src/core/narrative/context';
import { readFixture } from '../helpers';
import { realLine, runNarrativeRule } from '../rule-tester';

/** 市客管处 2024's 机关运行经费 paragraph, as published (146 characters, ending in 。). */
const SENTENCE = realLine('xianning-2024-part3.txt', 11);
/** Copies of it in one paragraph, just over the limit. */
const times = (n: number) => SENTENCE.repeat(n);
const over = Math.ceil((PARAGRAPH_LIMIT + 1) / SENTENCE.length);

runNarrativeRule(rule, {
  valid: [
    { name: '市客管处 2024, the whole text', text: readFixture('fixtures/xianning-2024-part3.txt') },
    { name: 'a paragraph of exactly the limit', text: 'a'.repeat(PARAGRAPH_LIMIT) },
    { name: 'copies of a real paragraph up to the limit', text: times(Math.floor(PARAGRAPH_LIMIT / SENTENCE.length)) },
  ],
  invalid: [
    {
      name: 'copies of a real paragraph over the limit: cut at the last sentence end before it',
      text: times(over),
      errors: [
        {
          messageId: 'tooLong',
          paragraph: 1,
          severity: 'info',
          message: `本段共 ${SENTENCE.length * over} 字，超过每段 ${PARAGRAPH_LIMIT} 字的上限：只检查了前 ${SENTENCE.length * Math.floor(PARAGRAPH_LIMIT / SENTENCE.length)} 字`,
        },
      ],
    },
    {
      name: 'only the long paragraph, once',
      text: `${SENTENCE}\n${'a'.repeat(PARAGRAPH_LIMIT + 1)}\n${SENTENCE}`,
      errors: [{ messageId: 'tooLong', paragraph: 2, message: `其后 1 字未检查` }],
    },
  ],
});
