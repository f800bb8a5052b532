/**
 * narrative/reason-missing: a reason announced is written. “主要原因是。”, “主要原因：；” say nothing; “……主要原因是” at
 * the end of the text, or before the next numbered item (“2．公务用车…”), is cut off. A reason that goes on in the next
 * paragraph (“主要原因是” then “一是…”, or a line broken inside its cell) is not cut off, and “主要原因：” before a list is
 * how a list of reasons starts. The template's own “主要原因是……” / “xxxxxx” are leftovers (narrative/leftover), not this.
 */
import { defineNarrativeRule, pick } from '../rule';
import { nextParagraph } from '../paragraphs';

/** “原因是。”, “原因为：；”, “原因：。”: announced, then the sentence ends. */
const EMPTY = /(?:主要)?原因(?:(?:是|为|在于)\s*[：:]?|[：:])\s*(?=[。；;！？!?])/g;
/** “原因是” at the paragraph's end. */
const CUT = /(?:主要)?原因(?:是|为|在于)\s*$/;
/** A paragraph that starts a new item: numbered, but not as the first of a list (“2．”, “（二）”, “三、”). */
const NEXT_ITEM =
  /^\s*(?:第[一二三四五六七八九十]+部分|[二三四五六七八九十][一二三四五六七八九十]*\s*[、.．]|[（(][二三四五六七八九十][一二三四五六七八九十]*[）)]|(?:[2-9]|\d\d+)\s*[、.．)）](?!\d)|[（(](?:[2-9]|\d\d+)[）)])/;

export default defineNarrativeRule({
  id: 'narrative/reason-missing',
  severity: 'warning',
  category: 'missing',
  title: { zh: '写明增减原因（不留“主要原因是。”）', en: 'A reason announced is written' },
  messages: pick('reasonEmpty', 'reasonCut'),
  check(p, ctx, report) {
    let pos = 0;
    for (const m of p.text.matchAll(EMPTY)) {
      report({ messageId: 'reasonEmpty', data: { actual: m[0].trim() }, stage: 'clauses', pos: 200_000 + pos++ });
    }
    const cut = CUT.exec(p.text);
    if (!cut) return;
    const next = nextParagraph(ctx, p);
    if (next && !NEXT_ITEM.test(next.original)) return;
    report({ messageId: 'reasonCut', data: { actual: cut[0].trim() }, stage: 'clauses', pos: 200_000 + pos });
  },
});
