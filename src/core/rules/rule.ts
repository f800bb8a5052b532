/**
 * The shape of a rule (modelled on ESLint's rule modules: meta + messages + check).
 * A rule reads typed tables and reports findings that point at cells; it never builds message text itself.
 */
import type Decimal from 'decimal.js';
import type { CellRef } from '../grid';
import { formatAmount } from '../money';
import type { Category, Finding, Severity } from '../report';
import { langOf, renderData, renderTemplate, renderValue, type Lang, type Message, type Value } from '../render';
import type { AnyRowsTable, AnySidesTable, Table, TableKind } from '../tables/types';
import type { Catalog, CodeSystem } from '../catalog/catalog';
import type { LayoutId, LayoutProfile } from '../layouts/profile';

export type { Message, Value } from '../render';
export { renderTemplate } from '../render';

/** A fix to offer: the cell, its value and the value that would make the relation hold; `text` says it in words. */
export interface SuggestionDescriptor {
  cell: CellRef;
  from: string;
  to: string;
  text: Value;
}

/**
 * What a rule reports: a message id of its own (a misspelt one does not compile) and data — the workbook's words as
 * printed, codes, cells, amounts, and phrases (src/core/render.ts) for the wording the templates assemble.
 */
export interface ReportDescriptor<M extends string = string> {
  messageId: M;
  data?: Record<string, Value>;
  /** The cell that is wrong (or the total that fails); null for workbook-level findings. */
  at: CellRef | null;
  /** The cells that make up the expected value. */
  related?: CellRef[];
  /** Overrides the rule's default severity (e.g. 尾差 is a warning). */
  severity?: Severity;
  category?: Category;
  table?: Table;
  expected?: Decimal | string;
  actual?: Decimal | string;
  difference?: Decimal | string;
  suggestion?: SuggestionDescriptor;
  /** Blank cells the comparison read as 0: the finding is dropped when one of them is itself reported blank. */
  blankParts?: CellRef[];
  /** Decimals to print amounts with. */
  decimals?: number;
}

export interface AuditOptions {
  locale?: 'zh-CN' | 'en-US';
  /** Rule id → severity override, or 'off'. */
  rules?: Record<string, Severity | 'off'>;
  /** The workbook's budget year when known (otherwise read from titles). */
  year?: number;
  /** The user's own codes (the CLI's --codes JSON), added to the official catalog like a 自定义科目 sheet. */
  customCodes?: { system: CodeSystem; code: string; name: string }[];
  /** The layout to read the workbook as; detected from the titles when absent or 'auto'. */
  layout?: LayoutId | 'auto';
  /**
   * Every unit of the department is a 行政单位 or a 参照公务员法管理的事业单位: then 机关运行经费 must equal the
   * 一般公共预算基本支出 公用经费 (otherwise it only may not exceed it).
   */
  adminOnly?: boolean;
}

export interface RuleContext<M extends string = string> {
  readonly tables: Table[];
  readonly options: AuditOptions;
  /** The classification catalog of the workbook's year, with the user's own codes. */
  readonly catalog: Catalog;
  /** The layout profile the workbook is read as. */
  readonly layout: LayoutProfile;
  /** The first table of a kind, or undefined when the workbook lacks it. */
  rows(kind: TableKind): AnyRowsTable | undefined;
  sides(kind: TableKind): AnySidesTable | undefined;
  all(kind: TableKind): Table[];
  report(d: ReportDescriptor<M>): void;
}

export interface RuleDefinition<M extends string = string> {
  id: string;
  severity: Severity;
  title: Message;
  messages: Record<M, Message>;
  check(ctx: RuleContext<M>): void;
}

/**
 * A rule, its message ids inferred from `messages` (as typescript-eslint's RuleCreator does): `ctx.report` takes only
 * those, so a misspelt id does not compile.
 */
export function defineRule<M extends string>(def: RuleDefinition<M>): RuleDefinition<M> {
  return def;
}

/** Under test (jest sets JEST_WORKER_ID) an unknown message id fails loudly; otherwise the id is printed. */
function underTest(): boolean {
  return typeof process !== 'undefined' && !!process.env && process.env.JEST_WORKER_ID !== undefined;
}

/** A message id the rule does not define (thrown under test only). */
export class UnknownMessageId extends Error {}

/** The template of a rule's message in one language; an unknown id throws under test and renders as the id otherwise. */
export function messageTemplate(rule: Pick<RuleDefinition, 'id' | 'messages'>, messageId: string, lang: Lang): string {
  const msg = Object.prototype.hasOwnProperty.call(rule.messages, messageId) ? (rule.messages as Record<string, Message>)[messageId] : undefined;
  if (!msg) {
    if (underTest()) throw new UnknownMessageId(`rule ${rule.id}: unknown messageId "${messageId}"`);
    return messageId;
  }
  return msg[lang];
}

/** What an amount is called when its cell is blank. */
const BLANK: Message = { zh: '空', en: 'blank' };

function fmt(v: Decimal | string | undefined, decimals: number): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v === 'string') return v;
  return formatAmount(v, decimals);
}

/** A reported descriptor as the finding the report carries, its message and data rendered in the report's language. */
export function toFinding(rule: RuleDefinition, d: ReportDescriptor, locale: string | undefined, override?: Severity | 'off'): Finding {
  const lang = langOf(locale);
  const decimals = d.decimals ?? d.table?.decimals ?? 2;
  const expected = fmt(d.expected, decimals);
  const actual = fmt(d.actual, decimals);
  const difference = fmt(d.difference, decimals);
  const data = renderData(d.data ?? {}, lang);
  if (expected !== undefined) data.expected = expected;
  if (actual !== undefined) data.actual = actual === '' ? BLANK[lang] : actual;
  if (difference !== undefined) data.difference = difference;
  const template = messageTemplate(rule, d.messageId, lang);
  let severity: Severity = d.severity ?? rule.severity;
  if (override && override !== 'off' && d.category !== 'rounding') severity = override;
  const f: Finding = {
    rule: rule.id,
    severity,
    message: renderTemplate(template, data),
    messageId: d.messageId,
    data,
    location: d.at,
    related: d.related ?? [],
  };
  if (d.category) f.category = d.category;
  if (d.table) f.table = d.table.kind;
  if (expected !== undefined) f.expected = expected;
  if (actual !== undefined) f.actual = actual;
  if (difference !== undefined) f.difference = difference;
  if (d.suggestion) f.suggestion = { cell: d.suggestion.cell, from: d.suggestion.from, to: d.suggestion.to, text: renderValue(d.suggestion.text, lang) };
  return f;
}

const INTERNAL: Message = { zh: '规则 {rule} 未能完成检查：{error}', en: 'Rule {rule} could not finish its check: {error}' };

/** The finding that says a rule failed (the audit goes on without it). */
export function internalFinding(rule: Pick<RuleDefinition, 'id'>, error: unknown, locale: string | undefined): Finding {
  // A misspelt message id is the rule's bug, not the workbook's: under test it fails the test.
  if (error instanceof UnknownMessageId) throw error;
  const message = error instanceof Error ? error.message : String(error);
  return {
    rule: rule.id,
    severity: 'info',
    message: renderTemplate(INTERNAL[langOf(locale)], { rule: rule.id, error: message }),
    messageId: 'internal',
    data: {},
    location: null,
    related: [],
  };
}
