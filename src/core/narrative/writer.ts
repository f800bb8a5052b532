/** What the generators share: placeholders, prior facts, change clauses, and assembling the text. */
import Decimal from 'decimal.js';
import { renderTemplate } from '../render';
import { fmtPct, fmtWan, pctOf } from './facts';
import type { ExplanationSection, GenerateOptions } from './types';
import type { PriorAmountKey, PriorFacts, PriorTextKey } from './prior';
import { PLACEHOLDER } from './templates/common';
import { ASK, CHANGE, REASON } from './templates/xianning';

/** A template filled with data by the core's one renderer (a placeholder without data stays, so a forgotten value shows). */
export function render(t: string, data: Record<string, string>): string {
  return renderTemplate(t, data);
}

export const ZERO = new Decimal(0);

const SENTENCE_END = new Set(['。', '；', ';', '.']);

/** A reason as the user gave it, without its closing 。；: a loop from the end (a regex /[。；]+$/ is quadratic on 。。。…x). */
export function trimSentenceEnd(s: string): string {
  let end = s.length;
  while (end > 0 && SENTENCE_END.has(s[end - 1])) end--;
  return s.slice(0, end);
}

export class Writer {
  placeholders: string[] = [];
  constructor(readonly prior: PriorFacts) {}
  ask(what: string): string {
    const p = render(PLACEHOLDER, { what });
    if (!this.placeholders.includes(p)) this.placeholders.push(p);
    return p;
  }
  amount(key: PriorAmountKey): Decimal | null {
    return this.prior.amounts[key] ?? null;
  }
  text(key: PriorTextKey): string | null {
    return this.prior.texts[key] ?? null;
  }
  wan(d: Decimal | null, what: string): string {
    return d === null ? this.ask(what) : fmtWan(d);
  }
  /** The change clause and the reason sentence for this year against last year. */
  change(
    style: 'total' | 'item',
    current: Decimal | null,
    last: Decimal | null,
    lastAsk: string,
    reasonKey: PriorTextKey | null,
    reasonAsk: string,
  ): { change: string; reason: string; dir: 'up' | 'down' | 'flat' | null } {
    const c = CHANGE[style];
    if (current === null || last === null) {
      return { change: render(c.unknown, { what: this.ask(render(ASK.changeOf, { what: last === null ? lastAsk : '本年数' })) }), reason: '', dir: null };
    }
    const diff = current.minus(last);
    if (diff.isZero()) return { change: c.flat, reason: '', dir: 'flat' };
    const dir = diff.isPositive() ? 'up' : 'down';
    const pct = pctOf(diff, last);
    const change =
      pct === null ? render(c.upFromZero, { diff: fmtWan(diff.abs()) }) : render(dir === 'up' ? c.up : c.down, { diff: fmtWan(diff.abs()), pct: fmtPct(pct) });
    const r = REASON[style];
    const dirWord = dir === 'up' ? r.up : r.down;
    const given = reasonKey ? this.text(reasonKey) : null;
    const reason = render(r.sentence, { dir: dirWord, reason: given ? trimSentenceEnd(given) : this.ask(render(reasonAsk, { dir: dirWord })) });
    return { change, reason, dir };
  }
}

/** Ends a sentence once: "…原因：xx" → "…原因：xx。"; "" stays "". */
export function sentence(s: string): string {
  return s === '' ? '' : s + '。';
}

/** The whole text: the title, then each section's title (if it has one) and paragraphs. */
export function assemble(title: string, sections: ExplanationSection[], format: GenerateOptions['format']): string {
  const md = format !== 'plain';
  const lines: string[] = [md ? `# ${title}` : title, ''];
  for (const s of sections) {
    if (s.title) lines.push(md ? `${s.level === 1 ? '#' : '##'} ${s.title}` : s.title, '');
    for (const p of s.paragraphs) lines.push(p, '');
  }
  return lines.join('\n');
}
