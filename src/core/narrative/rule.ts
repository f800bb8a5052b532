/**
 * The shape of a narrative/* rule (src/core/narrative/rules/<id>.ts), like a table rule's (../rules/rule.ts):
 * metadata (id, default severity, title, messages) and a check. A check reads one paragraph of the text and the
 * shared context (context.ts) and reports what it finds; checkNarrative renders the message, the paragraph and
 * the cell. Message text lives in messages.ts (NARRATIVE_MESSAGES), never in a rule.
 */
import type { Category, Finding, Severity } from '../report';
import type { Message } from '../rules/rule';
import type { NarrativeContext, ParagraphContext } from './context';
import { NARRATIVE_MESSAGES } from './messages';

/**
 * The scans of a paragraph, in the order its findings are listed: what was not read of it (too long), the “类/款/项” items, leftovers, doubled
 * words, 其它, misspelt terms, years, zero increases, "name X 万元" amounts, 其中 parts, then the clauses.
 */
export const STAGES = ['limit', 'items', 'leftover', 'doubled', 'otherVariant', 'terms', 'year', 'zeroIncrease', 'namedAmounts', 'partsSum', 'clauses'] as const;
export type Stage = (typeof STAGES)[number];

export interface NarrativeReport {
  messageId: string;
  data: Record<string, string>;
  /** Which scan of the paragraph found it, and where in that scan (the match or clause number; sub orders two findings of one clause). */
  stage: Stage;
  pos?: number;
  sub?: number;
  /** Overrides the rule's default severity (a percentage rounded coarser than written is a warning). */
  severity?: Severity;
  /** expected / actual / difference / related, as the finding carries them. */
  extra?: Partial<Finding>;
}

export interface NarrativeRule {
  id: string;
  severity: Severity;
  category: Category;
  title: Message;
  messages: Record<string, Message>;
  /** Checks one paragraph. */
  check?(p: ParagraphContext, ctx: NarrativeContext, report: (r: NarrativeReport) => void): void;
  /**
   * Checks the paragraphs one cell holds (a merged cell's lines; a paragraph without a cell alone), once: its findings
   * are the cell's, listed with the first of them.
   */
  checkCell?(ps: ParagraphContext[], ctx: NarrativeContext, report: (r: NarrativeReport) => void): void;
}

export function defineNarrativeRule(def: NarrativeRule): NarrativeRule {
  return def;
}

/** The rule's messages, taken from the templates. */
export const pick = (...ids: string[]): Record<string, Message> => Object.fromEntries(ids.map((id) => [id, NARRATIVE_MESSAGES[id]]));
