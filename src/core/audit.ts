/**
 * The engine: Grid → recognised tables → rules → Report. The same call runs in the task pane, the ribbon
 * command, the CLI and the tests.
 */
import type { Grid } from './grid';
import { recognize, RecognizeOptions } from './recognize';
import { builtinClassCode } from './recognize/classes';
import type { Catalog } from './catalog/catalog';
import { catalogFor, type CatalogFileOption } from './catalog/setup';
import { unfilledTables } from './rules/support/unfilled';
import { detectLayout, tableNumberText } from './layouts';
import type { Finding, Report } from './report';
import { summarize } from './report';
import { ALL_RULES } from './rules';
import type { AuditOptions, ReportDescriptor, RuleContext, RuleDefinition } from './rules/rule';
import { internalFinding, toFinding } from './rules/rule';
import { REQUIRED_TABLES, Table, TableKind } from './tables/types';

export interface AuditInput extends AuditOptions {
  file?: string;
  recognize?: RecognizeOptions;
  /** Rules to run instead of the built-in set (tests). */
  ruleSet?: RuleDefinition[];
  /** The finance bureau's 科目表 (the CLI's --catalog, read by readCatalogGrid / readCatalogCsv): added, or replacing the bundled year. */
  catalogFile?: CatalogFileOption;
}

export interface AuditResult extends Report {
  /** The typed tables the rules ran on (for the explanation text and the pane's table view). */
  typed: Table[];
  /**
   * The 科目表 the rules read the codes with (the year's, with the bureau's 科目表 or 自定义科目), for the text's checks
   * of names and codes. Not enumerable: it is no part of the report (JSON, workers), and a copy without it reads the
   * bundled one of the year.
   */
  readonly catalog?: Catalog;
}

const KIND_ORDER = new Map<TableKind, number>(REQUIRED_TABLES.map((k, i) => [k, i]));

export function audit(grid: Grid, options: AuditInput = {}): AuditResult {
  const catalog = catalogFor(grid, options.year, options.customCodes, options.catalogFile);
  const classCode = (label: string) => catalog.classCodeForName(label) ?? builtinClassCode(label);
  const { tables, parts, unrecognized, titles } = recognize(grid, { classCode, ...options.recognize });
  const layout = detectLayout(titles, options.layout);
  const locale = options.locale ?? 'zh-CN';
  // Tables are named as the layout names them (Shanghai: 收入预算总表, not 收入总表) and labelled with its numbering
  // (附表-3, 表3, 公开03表) in every message.
  for (const t of tables) {
    const lt = layout.profile.namesTables ? layout.profile.tables.find((x) => x.kind === t.kind) : undefined;
    if (lt) t.name = lt.name;
    if (t.number) t.label = tableNumberText(layout.profile, t.number, locale === 'en-US' ? 'en' : 'zh');
  }
  const rules = options.ruleSet ?? ALL_RULES;
  // The layout's own rule settings, then the user's (which win).
  const overrides = { ...layout.profile.rules, ...options.rules };
  const raw: { f: Finding; blankParts: string[]; order: number }[] = [];
  let seq = 0;
  // A table not filled in yet takes no part in relations between tables (meta/empty-table-note says so at its title).
  const unfilled = unfilledTables(tables);
  const related = tables.filter((t) => !unfilled.has(t));
  for (const rule of rules) {
    const override = overrides[rule.id];
    if (override === 'off') continue;
    const ctx: RuleContext = {
      tables,
      options,
      catalog,
      layout: layout.profile,
      rows: (kind) => related.find((t) => t.kind === kind && t.shape === 'rows') as RuleContextRows,
      sides: (kind) => related.find((t) => t.kind === kind && t.shape === 'sides') as RuleContextSides,
      all: (kind) => tables.filter((t) => t.kind === kind),
      report: (d: ReportDescriptor) => {
        const f = toFinding(rule, d, locale, override);
        raw.push({ f, blankParts: (d.blankParts ?? []).map(key), order: seq++ });
      },
    };
    try {
      rule.check(ctx);
    } catch (e) {
      // A rule that fails must not take the audit down: say so as a finding.
      raw.push({ f: internalFinding(rule, e, locale), blankParts: [], order: seq++ });
    }
  }
  // A blank total is reported once; a sum that read that blank as 0 is its consequence, not a second problem.
  const blankCells = new Set(raw.filter((x) => x.f.messageId === 'blank' && x.f.location).map((x) => key(x.f.location!)));
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const x of raw) {
    if (x.f.messageId !== 'blank' && x.blankParts.some((b) => blankCells.has(b))) continue;
    const k =
      x.f.messageId === 'blank' && x.f.location
        ? 'blank|' + key(x.f.location)
        : `${x.f.rule}|${x.f.messageId}|${x.f.location ? key(x.f.location) : ''}|${x.f.message}`;
    if (seen.has(k)) continue;
    seen.add(k);
    findings.push(x.f);
  }
  sortFindings(
    findings,
    tables,
    layout.profile.tables.map((t) => t.kind),
  );
  const result: AuditResult = {
    file: options.file,
    layout: {
      id: layout.profile.id,
      name: locale === 'en-US' ? layout.profile.name.en : layout.profile.name.zh,
      source: layout.source,
      evidence: layout.evidence,
    },
    tables: tables.map((t) => ({
      kind: t.kind,
      name: t.name,
      title: t.title,
      number: t.number,
      label: t.label,
      sheet: t.sheet,
      range: t.range,
      unit: t.unit,
      org: t.org,
    })),
    parts,
    unrecognized,
    findings,
    summary: summarize(findings),
    typed: tables,
  };
  Object.defineProperty(result, 'catalog', { value: catalog, enumerable: false });
  return result;
}

type RuleContextRows = ReturnType<RuleContext['rows']>;
type RuleContextSides = ReturnType<RuleContext['sides']>;

function key(c: { sheet: string; cell: string }): string {
  return `${c.sheet}!${c.cell}`;
}

function sortFindings(findings: Finding[], tables: Table[], order: TableKind[]): void {
  // The layout's table order first; a kind the layout does not list falls back to the standard order.
  const kindRank = (k: TableKind): number => {
    const i = order.indexOf(k);
    return i >= 0 ? i : (KIND_ORDER.get(k) ?? 50);
  };
  const tableIndex = (f: Finding): number => {
    if (!f.location) return -1;
    const t = tables.findIndex((t) => t.sheet === f.location!.sheet && t.kind === f.table);
    const tt = t >= 0 ? tables[t] : tables.find((x) => x.sheet === f.location!.sheet);
    return tt ? kindRank(tt.kind) * 1000 + tables.indexOf(tt) : 99999;
  };
  const pos = (f: Finding): number => {
    if (!f.location) return 0;
    const m = /^([A-Z]+)(\d+)$/.exec(f.location.cell);
    if (!m) return 0;
    let col = 0;
    for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
    return Number(m[2]) * 100 + col;
  };
  const indexed = findings.map((f, i) => ({ f, i, t: tableIndex(f), p: pos(f) }));
  indexed.sort((a, b) => a.t - b.t || a.p - b.p || a.i - b.i);
  findings.splice(0, findings.length, ...indexed.map((x) => x.f));
}
