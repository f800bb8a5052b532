/**
 * The shape of a rule (modelled on ESLint's rule modules: meta + messages + check).
 * A rule reads typed tables and reports findings that point at cells; it never builds message text itself.
 */
import type Decimal from 'decimal.js';
import type { CellRef } from '../grid';
import type { Category, Severity, Suggestion } from '../report';
import type { AnyRowsTable, AnySidesTable, Table, TableKind } from '../tables/types';
import type { Catalog, CodeSystem } from '../catalog/catalog';
import type { LayoutId, LayoutProfile } from '../layouts/profile';

export interface Message {
  zh: string;
  en: string;
}

export interface ReportDescriptor {
  messageId: string;
  data?: Record<string, string>;
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
  suggestion?: Suggestion;
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

export interface RuleContext {
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
  report(d: ReportDescriptor): void;
}

export interface RuleDefinition {
  id: string;
  severity: Severity;
  title: Message;
  messages: Record<string, Message>;
  check(ctx: RuleContext): void;
}

export function defineRule(def: RuleDefinition): RuleDefinition {
  return def;
}

/** Replaces {name} placeholders with data values. */
export function renderTemplate(template: string, data: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in data ? data[k] : m));
}
