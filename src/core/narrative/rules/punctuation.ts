/**
 * narrative/punctuation: the slips of punctuation a reviewer marks, each a warning.
 *  - a doubled mark: “。。”, “，，”, “；；” (not “……”, an ellipsis);
 *  - a bracket or quote that does not pair up: （ ）, “ ”, 《 》, checked over a whole cell (a merged cell's lines
 *    together: a pair may span two lines); a paragraph with no cell is paired with its neighbour when the two together
 *    close it (a text file broken by line). A closing bracket used as a list mark (“1）”) is no bracket;
 *  - “比上年持平” for “与上年持平”;
 *  - a sentence without its 句号: only the last paragraph of a cell (or a line followed by a numbered one) that is
 *    clearly prose — 30 characters or more, with a “，” in it — and ends in a character, not a title
 *    (“一、…情况说明”) or a line broken inside its cell. The template's own text (narrative/leftover) is left alone.
 */
import type { ParagraphContext } from '../context';
import { excerpt, isHeading, NUMBERING, nextParagraph, prevParagraph, sameCell } from '../paragraphs';
import { defineNarrativeRule, pick, type NarrativeReport } from '../rule';
import { leftoversOf } from './leftover';

const DOUBLED = /([。，；])\1+/g;
/** “比上年持平”, “比2025年预算持平”: no 相比 (“与上年相比持平” is right), no 比例/比重/比较. */
const COMPARED_FLAT = /(?<![相对占类])比(?![例重率较])([^，。；,;：:！？!?\s万%％增减]{1,14}?)持平/g;
const PAIRS: { open: string; close: string; opens: string; closes: string }[] = [
  { open: '（', close: '）', opens: '（(', closes: '）)' },
  { open: '“', close: '”', opens: '“', closes: '”' },
  { open: '《', close: '》', opens: '《', closes: '》' },
];
/** A closing bracket that marks a list item: “1）”, “a)”, “二）” at the start of a sentence. */
const LIST_MARK = /(?:^|[。；;：:，,\s])[\da-zA-Z一二三四五六七八九十①-⑩]{1,3}$/;
/** How a sentence may end: a mark, a closing bracket or quote (“（含）”, “…”）”), an ellipsis. */
const ENDS = /[。；;：:！？!?…）)”」》.]\s*$/;

interface Unpaired {
  pair: (typeof PAIRS)[number];
  /** Index of the paragraph in the group, and where in it. */
  pi: number;
  at: number;
  kind: 'open' | 'close';
}

/** The brackets left unpaired in some paragraphs read as one text, per kind: each unmatched opener or closer. */
function unpaired(ps: ParagraphContext[]): Unpaired[] {
  const out: Unpaired[] = [];
  for (const pair of PAIRS) {
    const stack: Unpaired[] = [];
    ps.forEach((p, pi) => {
      const s = p.original;
      for (let i = 0; i < s.length; i++) {
        const c = s[i];
        if (pair.opens.includes(c)) stack.push({ pair, pi, at: i, kind: 'open' });
        else if (pair.closes.includes(c)) {
          if (stack.length) stack.pop();
          else if (!(pair.open === '（' && LIST_MARK.test(s.slice(Math.max(0, i - 4), i)))) out.push({ pair, pi, at: i, kind: 'close' });
        }
      }
    });
    out.push(...stack);
  }
  return out.sort((a, b) => a.pi - b.pi || a.at - b.at);
}

export default defineNarrativeRule({
  id: 'narrative/punctuation',
  severity: 'warning',
  category: 'format',
  title: {
    zh: '标点规范（不重复、括号引号成对、“与…持平”、句末有句号）',
    en: 'Punctuation: no doubled marks, brackets and quotes paired, “与…持平”, a full stop at the end',
  },
  messages: pick('punctDoubled', 'punctUnbalanced', 'punctFlat', 'punctNoEnd'),
  check(p, ctx, report) {
    for (const m of p.original.matchAll(DOUBLED)) report({ messageId: 'punctDoubled', data: { actual: m[0] }, stage: 'doubled', pos: 10_000 + m.index! });
    for (const m of p.text.matchAll(COMPARED_FLAT)) {
      // “比2025年预算持平” is how the Shanghai template's own “比2025年预算增加（减少）XXX万元（持平）” reads once filled:
      // the form its users were given, so it is said (info), not held against them (warning).
      const templateForm = /^\d{4}年预算$/.test(m[1]);
      report({
        messageId: 'punctFlat',
        data: { actual: m[0], expected: `与${m[1]}持平` },
        stage: 'doubled',
        pos: 20_000 + m.index!,
        ...(templateForm ? { severity: 'info' as const } : {}),
      });
    }
    const t = p.original.trim();
    if (t.length < 30 || !/[，,]/.test(t) || ENDS.test(t) || isHeading(t)) return;
    const next = nextParagraph(ctx, p);
    // A line broken inside its cell goes on in the next line, unless that starts an item of its own.
    if (next && sameCell(p, next) && !NUMBERING.test(next.original)) return;
    // The same without cells (a text file): the next line goes on unless it is numbered.
    if (next && !p.cell && !next.cell && !NUMBERING.test(next.original)) return;
    if (leftoversOf([p]).length > 0) return;
    report({ messageId: 'punctNoEnd', data: { actual: '…' + t.slice(-20) }, stage: 'doubled', pos: 30_000 });
  },
  checkCell(ps, ctx, report) {
    let list = unpaired(ps);
    if (list.length === 0) return;
    // A paragraph with no cell: a pair it opens and the next closes (or the reverse) spans the two lines.
    if (ps.length === 1 && !ps[0].cell) {
      const next = nextParagraph(ctx, ps[0]);
      if (next && !next.cell) {
        const both = unpaired([ps[0], next]).filter((u) => u.pi === 0);
        list = list.filter((u) => both.some((b) => b.pair === u.pair && b.at === u.at));
      }
      const prev = prevParagraph(ctx, ps[0]);
      if (prev && !prev.cell && list.length) {
        const both = unpaired([prev, ps[0]]).filter((u) => u.pi === 1);
        list = list.filter((u) => both.some((b) => b.pair === u.pair && b.at === u.at));
      }
    }
    const seen = new Set<string>();
    for (const u of list) {
      if (seen.has(u.pair.open)) continue;
      seen.add(u.pair.open);
      const r: NarrativeReport<'punctUnbalanced'> = {
        messageId: 'punctUnbalanced',
        data: { open: u.pair.open, close: u.pair.close, excerpt: excerpt(ps[u.pi].original, u.at) },
        stage: 'doubled',
        pos: 40_000 + u.pi * 100_000 + u.at,
      };
      report(r);
    }
  },
});
