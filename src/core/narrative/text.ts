/**
 * The explanation as paragraphs: what a host writes one per row (a sheet 编制说明, or downwards from a cell) and
 * reads back. Headings (the part title and the section titles) are told apart so a host can set them in bold.
 */
import type { Explanation } from './types';

export interface TextParagraph {
  text: string;
  /** The part title (第三部分 …) or a section title (（一）…). */
  heading: boolean;
}

/** A 【请填写：…】 placeholder left for the user (up to the next 【 or 】: an unclosed one is read once). */
export const PLACEHOLDER_PATTERN = /【请填写[：:][^【】]*】/g;

/** How many placeholders a text still holds (each occurrence counts: the user fills each one). */
export function countPlaceholders(text: string): number {
  return (text.match(PLACEHOLDER_PATTERN) ?? []).length;
}

const HEADING =
  /^(第[一二三四五六七八九十]+部分|[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、)|^(20\d{2}\s*年)?[\u4e00-\u9fa5]{0,12}(编制说明|情况说明)$/;
/** A section title is a short line; a paragraph that merely starts with （一） runs on. */
const HEADING_MAX = 40;

/**
 * The paragraphs of a text as the user edited it: one per non-blank line, Markdown heading marks (#, ##) taken
 * off; a line is a heading when it had such a mark or is a short 第…部分 / （一）… line.
 */
export function paragraphsOfText(text: string): TextParagraph[] {
  const out: TextParagraph[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const md = /^#{1,6}\s+(.*)$/.exec(line);
    if (md) out.push({ text: md[1].trim(), heading: true });
    else out.push({ text: line, heading: line.length <= HEADING_MAX && HEADING.test(line) && !/[。；]$/.test(line) });
  }
  return out;
}

/** The paragraphs of a generated explanation: the title, then each section's title and paragraphs. */
export function explanationParagraphs(e: Pick<Explanation, 'title' | 'sections'>): TextParagraph[] {
  const out: TextParagraph[] = [{ text: e.title, heading: true }];
  for (const s of e.sections) {
    if (s.title) out.push({ text: s.title, heading: true });
    for (const p of s.paragraphs) if (p.trim()) out.push({ text: p, heading: false });
  }
  return out;
}
