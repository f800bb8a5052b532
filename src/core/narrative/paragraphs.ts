/**
 * Where a paragraph stands among the others, for the narrative rules that read more than one paragraph: the paragraph
 * after it, and the section heading it sits under. Built once per checked text (cached on the context), not per rule
 * or per paragraph: a text of ten thousand paragraphs is walked once.
 */
import type { NarrativeContext, ParagraphContext } from './context';

/** A heading's numbering: “一、”, “（二）”, “3．”, “第三部分”. */
export const NUMBERING = /^\s*(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+\s*[、.．](?!\d))/;
/** A top-level heading: “十、政府性基金预算支出预算情况说明”. */
const TOP = /^\s*(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+\s*[、.．])/;

/** A paragraph that is a heading: numbered, short, no sentence in it. */
export function isHeading(s: string): boolean {
  const t = s.trim();
  return t.length <= 40 && NUMBERING.test(t) && !/[。；;，,]/.test(t.replace(NUMBERING, ''));
}

interface Layout {
  next: Map<ParagraphContext, ParagraphContext>;
  prev: Map<ParagraphContext, ParagraphContext>;
  /** The top-level heading and the innermost heading each paragraph sits under (a heading sits under itself). */
  top: Map<ParagraphContext, ParagraphContext>;
  inner: Map<ParagraphContext, ParagraphContext>;
}

const LAYOUT = new WeakMap<NarrativeContext, Layout>();

function layoutOf(ctx: NarrativeContext): Layout {
  let l = LAYOUT.get(ctx);
  if (l) return l;
  l = { next: new Map(), prev: new Map(), top: new Map(), inner: new Map() };
  let top: ParagraphContext | undefined;
  let inner: ParagraphContext | undefined;
  ctx.paragraphs.forEach((p, i) => {
    const after = ctx.paragraphs[i + 1];
    if (after) {
      l!.next.set(p, after);
      l!.prev.set(after, p);
    }
    if (isHeading(p.original)) {
      if (TOP.test(p.original)) top = p;
      inner = p;
    }
    if (top) l!.top.set(p, top);
    if (inner) l!.inner.set(p, inner);
  });
  LAYOUT.set(ctx, l);
  return l;
}

/** The paragraph that holds text after this one, if any. */
export const nextParagraph = (ctx: NarrativeContext, p: ParagraphContext): ParagraphContext | undefined => layoutOf(ctx).next.get(p);

/** The paragraph that holds text before this one, if any. */
export const prevParagraph = (ctx: NarrativeContext, p: ParagraphContext): ParagraphContext | undefined => layoutOf(ctx).prev.get(p);

/** The headings this paragraph sits under: the top-level one (“十、…”) and the innermost (“（一）…”), when there are. */
export function headingsOf(ctx: NarrativeContext, p: ParagraphContext): { top?: ParagraphContext; inner?: ParagraphContext } {
  const l = layoutOf(ctx);
  return { top: l.top.get(p), inner: l.inner.get(p) };
}

/** The two paragraphs sit in the same cell (a merged cell's lines). */
export const sameCell = (a: ParagraphContext, b: ParagraphContext): boolean =>
  !!a.cell && !!b.cell && a.cell.sheet === b.cell.sheet && a.cell.cell === b.cell.cell;

/** A short excerpt of a paragraph around a place, for a message. */
export function excerpt(s: string, at: number, before = 10, after = 10): string {
  const from = Math.max(0, at - before);
  const to = Math.min(s.length, at + after);
  return (from > 0 ? '…' : '') + s.slice(from, to).trim() + (to < s.length ? '…' : '');
}
