/**
 * The shape of a narrative/* rule (src/core/narrative/rules/<id>.ts), like a table rule's (../rules/rule.ts):
 * metadata (id, default severity, title, messages) and a check. A check reads one paragraph of the text and the
 * shared context (context.ts) and reports what it finds; checkNarrative renders the message, the paragraph and
 * the cell. Message text lives in messages.ts (NARRATIVE_MESSAGES), never in a rule.
 */
import type { Category, Finding, Severity } from '../report';
import type { Message } from '../rules/rule';
import type { NarrativeContext, ParagraphContext } from './context';
import { NARRATIVE_MESSAGES, type NarrativeMessageId } from './messages';

/**
 * The scans of a paragraph, in the order its findings are listed: what was not read of it (too long), the “类/款/项” items, leftovers, doubled
 * words, 其它, misspelt terms, years, zero increases, "name X 万元" amounts, 其中 parts, then the clauses.
 */
export const STAGES = [
  'limit',
  'items',
  'leftover',
  'doubled',
  'otherVariant',
  'terms',
  'year',
  'zeroIncrease',
  'namedAmounts',
  'partsSum',
  'clauses',
] as const;
export type Stage = (typeof STAGES)[number];

export interface NarrativeReport<M extends string = string> {
  messageId: M;
  /**
   * The message's data: the workbook's or the text's own words as strings; a word the rule names itself as a term of
   * both languages (messages.ts NARRATIVE_TERMS …), which the finding's language picks.
   */
  data: Record<string, string | Message>;
  /** Which scan of the paragraph found it, and where in that scan (the match or clause number; sub orders two findings of one clause). */
  stage: Stage;
  pos?: number;
  sub?: number;
  /** Overrides the rule's default severity (a percentage rounded coarser than written is a warning). */
  severity?: Severity;
  /** expected / actual / difference / related, as the finding carries them. */
  extra?: Partial<Finding>;
}

export interface NarrativeRule<M extends string = string> {
  id: string;
  severity: Severity;
  category: Category;
  title: Message;
  messages: Record<M, Message>;
  /** Checks one paragraph. */
  check?(p: ParagraphContext, ctx: NarrativeContext, report: (r: NarrativeReport<M>) => void): void;
  /**
   * Checks the paragraphs one cell holds (a merged cell's lines; a paragraph without a cell alone), once: its findings
   * are the cell's, listed with the first of them.
   */
  checkCell?(ps: ParagraphContext[], ctx: NarrativeContext, report: (r: NarrativeReport<M>) => void): void;
}

/** A narrative rule; its message ids are those of its `messages` (as typescript-eslint's RuleCreator types them). */
export function defineNarrativeRule<M extends NarrativeMessageId>(def: NarrativeRule<M>): NarrativeRule<M> {
  return def;
}

/** The rule's messages, taken from the templates: an id not in NARRATIVE_MESSAGES does not compile. */
export function pick<M extends NarrativeMessageId>(...ids: M[]): Record<M, Message> {
  return Object.fromEntries(ids.map((id) => [id, NARRATIVE_MESSAGES[id]])) as unknown as Record<M, Message>;
}
