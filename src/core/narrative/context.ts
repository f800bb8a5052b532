/**
 * The shared, precomputed context the narrative/* rules run over (src/core/narrative/rules/<id>.ts). Everything
 * several rules read is parsed once here, not per rule: the facts of the tables (currentFacts) and last year's,
 * the budget year, the subjects a text names (机关运行经费, “三公”经费 …) with their figures, the names printed in
 * the tables, and per paragraph: its cell, the “类/款/项” items (items.ts), the text with those items and
 * 【请填写】 placeholders blanked out, the "name X 万元" amounts, and the clauses (subjects, changes,
 * percentages, shares and directions, each with the subject it refers to).
 */
import Decimal from 'decimal.js';
import { loadCatalog, type Catalog } from '../catalog/catalog';
import type { CellRef } from '../grid';
import type { Finding } from '../report';
import { hasEmptyNote, noFigure } from '../rules/support/unfilled';
import type { Table } from '../tables/types';
import { currentFacts, fmtWan, type CurrentFacts, type Scope } from './facts';
import { NUM } from './figures';
import { itemLinesOf, type ItemLine } from './item-lines';
import { checkItems, type ItemReport, type ItemSpan } from './items';
import type { PriorAmountKey, PriorFacts } from './prior';

export interface Subject {
  label: string;
  re: RegExp;
  current: Decimal | null;
  last: Decimal | null;
  /** A part of another subject (货物类采购预算): its amount is checked, but a following change is not its own. */
  part?: boolean;
  /** The table cell holding this year's figure (none when it comes from 上年数与说明). */
  cell?: CellRef;
}

export type Direction = 'up' | 'down' | 'flat';

/** The subject a change, percentage, share or direction word refers to, when both its years are known. */
export interface Comparison {
  subject: Subject;
  /** This year minus last year. */
  diff: Decimal;
  dir: Direction;
  /** This year's and last year's figures as printed (万元). */
  current: string;
  last: string;
}

/**
 * A clause of a paragraph: a subject named, a change against last year ("比上年增加 X 万元"), a percentage
 * ("增长 X%"), a share ("占预算总额的 X%"), a direction word without an amount, or "与上年持平".
 */
export interface Clause {
  at: number;
  kind: 'subject' | 'change' | 'pct' | 'share' | 'word' | 'flat';
  /** change: [text, word, amount]; pct: [text, word, number]; share: [text, number]; word: [text, word]; flat: [text]. */
  m: RegExpMatchArray;
  /** kind 'subject': the subject named. */
  s?: Subject;
  /** The main subject in effect (the last one named that is not a part), with both years known; else null. */
  cmp: Comparison | null;
  /** The direction of the last change in amount stated for the subject in effect before this clause. */
  changeDir: 'up' | 'down' | null;
}

/** "水费 0.4 万元", "社会保障和就业支出 109.47 万元": an amount after a name. */
export interface NamedAmount {
  m: RegExpMatchArray;
  /** The run of text before the amount, without a leading 其中/合计/和 … */
  name: string;
  /** The longest name of the tables that ends the run, if any. */
  hit: string | undefined;
}

export interface ParagraphContext {
  /** 0-based index among the paragraphs (blank ones included). */
  index: number;
  /** The paragraph as read: cut to PARAGRAPH_LIMIT characters when it is longer (see fullLength). */
  original: string;
  /** The paragraph's own length, when it was longer than PARAGRAPH_LIMIT and only `original` was read. */
  fullLength?: number;
  /** The text the statement checks read: the “类/款/项” items and 【请填写】 placeholders blanked out. */
  text: string;
  cell: CellRef | null;
  items: { reports: ItemReport[]; spans: ItemSpan[] };
  namedAmounts: NamedAmount[];
  clauses: Clause[];
  /** The item lines (item-lines.ts) whose figures this paragraph holds. */
  itemLines: ItemLine[];
  /** The item lines whose names this paragraph holds (a heading's item has its figures in the paragraph after it). */
  namedItems: ItemLine[];
}

export interface NarrativeContext {
  tables: Table[];
  facts: CurrentFacts;
  prior: PriorFacts;
  /** The budget year: the option's, else the prior facts', the tables', or the year the text names most. */
  year: number | null;
  subjects: Subject[];
  /** Names of the tables (类, income items, economic items, projects) that are not subjects, with their amounts. */
  named: Map<string, Decimal>;
  namedCell: Map<string, CellRef>;
  knownNames: Set<string>;
  budgetTotal: Decimal | null;
  budgetTotalCell: CellRef | undefined;
  /** The paragraphs that hold text, in order. */
  paragraphs: ParagraphContext[];
  /** Tables were found and none holds a figure or a 空表说明: the template as received, nothing filled in yet. */
  tablesUnfilled: boolean;
  /** Whose disclosure it is (scopeOfWorkbook): 部门预算 or 单位预算; null when the workbook does not say, or says both. */
  scope: Scope | null;
  /** The 政府收支分类科目 of the budget year (the caller's, else the bundled one of the year); null without a year. */
  catalog: Catalog | null;
}

/** A text sheet of its own: “部门编制说明”, “单位编制说明”, “2019年度部门预算情况说明”. */
const TEXT_SCOPE = /^\s*(?:20\d{2}\s*年度?)?(部门|单位)(?:预算)?(?:编制说明|情况说明)/;

/**
 * 部门 or 单位, as the workbook says it: the tables' titles and sheet names (facts.ts scopeOf) and the text's own sheet
 * names. When all that say one say the same, that; when they say both or nothing, null — the rules that read it then
 * say nothing.
 */
export function scopeOfWorkbook(tablesScope: Scope | null, cells: readonly (CellRef | null)[] | undefined): Scope | null {
  const seen = new Set<string>(tablesScope ? [tablesScope] : []);
  for (const sheet of new Set((cells ?? []).map((c) => c?.sheet))) {
    const m = sheet ? TEXT_SCOPE.exec(sheet) : null;
    if (m) seen.add(m[1]);
  }
  return seen.size === 1 ? ([...seen][0] as Scope) : null;
}

/** A figure as written (figures.ts): kept here for the rules that read it with the context. */
export { NUM };

/**
 * The most characters of one paragraph that are read. Every check is linear in what it reads, and this bounds what
 * one paragraph may cost; a longer paragraph is checked up to it and narrative/too-long says what was not read.
 */
export const PARAGRAPH_LIMIT = 20_000;
/** How far back from the limit a sentence end is looked for, so the cut falls between sentences. */
const CUT_BACK = 2_000;
const SENTENCE_END = new Set(['。', '；', '！', '？', ';', '!', '?']);

/** The part of a paragraph that is read: all of it up to PARAGRAPH_LIMIT, else up to a sentence end near the limit. */
export function readablePart(s: string): string {
  if (s.length <= PARAGRAPH_LIMIT) return s;
  let end = PARAGRAPH_LIMIT;
  for (let i = PARAGRAPH_LIMIT - 1; i >= PARAGRAPH_LIMIT - CUT_BACK; i--) {
    if (SENTENCE_END.has(s[i])) {
      end = i + 1;
      break;
    }
  }
  // Never half of a surrogate pair (an emoji).
  const c = s.charCodeAt(end - 1);
  if (end === PARAGRAPH_LIMIT && c >= 0xd800 && c <= 0xdbff) end--;
  return s.slice(0, end);
}

/** A 【请填写：…】 placeholder. Up to the next 【 or 】: an unclosed one is read once, not to the end from every 【. */
export const PLACEHOLDER_RE = /【请填写[^【】]*】/g;
/** 增加（减少）, 减少(增加), 增长（下降）, 上升（下降）, and the （持平） after them: a direction not chosen yet. */
export const UNDECIDED_RE = /(?:增加|增长|上升|减少|下降)[（(](?:增加|增长|上升|减少|下降)[）)]|[（(](?:持平|无变化)[）)]/g;
/** "比上年", "比上年度", "较去年", "比2024年预算", "与2024年预算数": the comparison with last year; (year) when printed. */
const AGAINST = '(?:上年度?|去年|(20\\d{2})\\s*年度?)(?:预算数?)?';
export const UP = /增加|增长|上升|提高/;

export const d = (s: string) => new Decimal(s.replace(/,/g, ''));
export const cellsOf = (...xs: (CellRef | undefined)[]) => xs.filter((x): x is CellRef => !!x);
export const dirOf = (x: Decimal): Direction => (x.isZero() ? 'flat' : x.isPositive() ? 'up' : 'down');

function sumOrNull(xs: (Decimal | null | undefined)[]): Decimal | null {
  if (xs.some((x) => x === null || x === undefined)) return null;
  return xs.reduce((s: Decimal, x) => s.plus(x!), new Decimal(0));
}

/** The subject whose pattern matches the whole of a name. */
export function subjectNamed(subjects: Subject[], name: string): Subject | undefined {
  return subjects.find((s) => new RegExp(`^(?:${s.re.source})$`).test(name));
}

export interface ContextInput {
  paragraphs: string[];
  cells?: (CellRef | null)[];
  year?: number;
  catalog?: Catalog;
}

export function narrativeContext(input: ContextInput, tables: Table[], prior: PriorFacts): NarrativeContext {
  const { cells } = input;
  const paragraphs = input.paragraphs.map(readablePart);
  const f = currentFacts(tables);
  const A = (k: PriorAmountKey) => prior.amounts[k] ?? null;

  const allText = paragraphs.join('\n');
  let year = input.year ?? prior.year ?? f.year ?? null;
  if (year === null) {
    const count = new Map<number, number>();
    for (const m of allText.matchAll(/(20\d{2})\s*年/g)) count.set(Number(m[1]), (count.get(Number(m[1])) ?? 0) + 1);
    year = [...count.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? null;
  }

  const lastYear = year === null ? null : year - 1;
  /** A comparison that names a year: only last year's figures can be judged. */
  const isLastYear = (y: string | undefined) => y === undefined || (lastYear !== null && Number(y) === lastYear);
  const tp = f.threePublic;
  const abroad = tp ? tp.abroad : A('abroad');
  const vPurchase = tp ? tp.vehiclePurchase : A('vehiclePurchase');
  const vOperation = tp ? tp.vehicleOperation : A('vehicleOperation');
  const reception = tp ? tp.reception : A('reception');
  const lastTp = A('lastThreePublic') ?? sumOrNull([A('lastAbroad'), A('lastVehiclePurchase'), A('lastVehicleOperation'), A('lastReception')]);
  const c = f.cells;
  const tc = (cell: CellRef | undefined) => (tp ? cell : undefined);
  const subjects: Subject[] = [
    {
      label: '部门收入预算总额',
      re: /(?<!拨款|项目|基本|采购|资金|基金|结转|结余)收入预算(?:总额)?/g,
      current: f.incomeTotal,
      last: A('lastTotal'),
      cell: c.incomeTotal,
    },
    {
      label: '部门支出预算总额',
      re: /(?<!拨款|项目|基本|采购|资金|基金|结转|结余)支出预算(?:总额)?/g,
      current: f.expenditureTotal,
      last: A('lastTotal'),
      cell: c.expenditureTotal,
    },
    { label: '财政拨款收入', re: /财政拨款收入(?:预算)?/g, current: f.fiscalIncome, last: A('lastFiscal'), cell: c.fiscalIncome },
    { label: '财政拨款支出', re: /财政拨款支出(?:预算)?/g, current: f.fiscalExpenditure, last: A('lastFiscal'), cell: c.fiscalExpenditure },
    { label: '一般公共预算拨款支出', re: /一般公共预算(?:财政)?拨款支出(?:预算)?/g, current: f.gpb, last: A('lastGpb'), cell: c.gpb },
    { label: '国有资本经营预算拨款支出', re: /国有资本经营预算(?:拨款)?支出(?:预算)?/g, current: f.soe, last: A('lastSoe'), cell: c.soe },
    { label: '机关运行经费', re: /机关运行经费/g, current: f.operating, last: A('lastOperating'), cell: c.operating },
    {
      label: '“三公”经费',
      re: /[“"]?三公[”"]?经费/g,
      current: tp ? tp.total : sumOrNull([abroad, vPurchase, vOperation, reception]),
      last: lastTp,
      cell: tc(c.threePublic),
    },
    { label: '因公出国境费用', re: /因公出国[（(]境[）)]费用?/g, current: abroad, last: A('lastAbroad'), cell: tc(c.abroad) },
    {
      label: '公务用车购置及运行费',
      re: /公务用车购置及运行(?:维护)?费/g,
      current: tp ? tp.vehicle : sumOrNull([vPurchase, vOperation]),
      last: sumOrNull([A('lastVehiclePurchase'), A('lastVehicleOperation')]),
      cell: tc(c.vehicle),
    },
    { label: '公务用车运行维护费', re: /公务用车运行(维护)?费/g, current: vOperation, last: A('lastVehicleOperation'), cell: tc(c.vehicleOperation) },
    { label: '公务用车购置费', re: /公务用车购置费/g, current: vPurchase, last: A('lastVehiclePurchase'), cell: tc(c.vehiclePurchase) },
    { label: '公务接待费', re: /公务接待费/g, current: reception, last: A('lastReception'), cell: tc(c.reception) },
    {
      label: '政府采购预算',
      re: /政府采购预算/g,
      current: sumOrNull([A('procurementGoods'), A('procurementWorks'), A('procurementServices')]),
      last: A('lastProcurement'),
    },
    { label: '货物类采购预算', re: /货物类采购预算|政府采购货物预算/g, current: A('procurementGoods'), last: null, part: true },
    { label: '工程类采购预算', re: /工程类采购预算|政府采购工程预算/g, current: A('procurementWorks'), last: null, part: true },
    { label: '服务类采购预算', re: /服务类采购预算|政府采购服务预算/g, current: A('procurementServices'), last: null, part: true },
    { label: '其他资产原值', re: /其[他它]资产原值/g, current: A('otherAssets'), last: A('lastOtherAssets') },
    { label: '政府购买服务预算', re: /政府购买服务预算/g, current: A('purchaseServices'), last: A('lastPurchaseServices') },
    { label: '政府性基金预算支出', re: /政府性基金(?:预算)?(?:拨款)?支出(?:预算)?/g, current: f.govFund, last: A('lastGovFund'), cell: c.govFund },
  ];
  const named = new Map<string, Decimal>();
  const namedCell = new Map<string, CellRef>();
  // A name that is a subject (公务接待费 of the 基本支出表) is judged as the subject (the “三公” table), not by name.
  for (const x of [...f.classes, ...f.incomeItems, ...f.incomeLines, ...f.operatingItems, ...(f.projects ?? [])]) {
    if (named.has(x.name) || subjectNamed(subjects, x.name)) continue;
    named.set(x.name, x.amount);
    if (x.cell) namedCell.set(x.name, x.cell);
  }
  const knownNames = new Set([...f.names, ...named.keys()]);
  const budgetTotal = f.expenditureTotal ?? f.incomeTotal;
  const budgetTotalCell = f.expenditureTotal ? c.expenditureTotal : c.incomeTotal;

  const rowsCache = {};
  const out: ParagraphContext[] = [];
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const original = paragraphs[pi];
    if (!original || !original.trim()) continue;
    // “…（类）…（款）…（项）”科目 X 万元: checked by name and code; the other checks leave those spans alone.
    const items = checkItems(original, tables, rowsCache);
    let para = blankSpans(original, items.spans);
    // A 【请填写：…】 placeholder is reported as a leftover; what it says is no statement of the text.
    para = para.replace(PLACEHOLDER_RE, (x) => '【' + ' '.repeat(x.length - 2) + '】');
    // The template's choice left undecided (“增加（减少）XXX万元（持平）”) is a leftover too (narrative/leftover), not a
    // direction the text states: read as “增加” it gave false direction errors on every template as received.
    para = para.replace(UNDECIDED_RE, (x) => ' '.repeat(x.length));
    const full = input.paragraphs[pi].length;
    out.push({
      index: pi,
      original,
      ...(full > original.length ? { fullLength: full } : {}),
      text: para,
      cell: cells?.[pi] ?? null,
      items,
      namedAmounts: namedAmountsOf(para, named),
      clauses: clausesOf(para, subjects, isLastYear),
      itemLines: [],
      namedItems: [],
    });
  }
  for (const line of itemLinesOf(
    out.map((p) => p.text),
    tables,
    year,
  )) {
    out[line.bodyPara].itemLines.push(line);
    out[line.para].namedItems.push(line);
  }
  const tablesUnfilled = tables.length > 0 && tables.every((t) => noFigure(t) && !hasEmptyNote(t));
  const scope = scopeOfWorkbook(f.scope, cells);
  // The caller's (the audit's, with the bureau's codes) when it is of the text's year; else the bundled one of the year.
  const catalog = input.catalog && input.catalog.requestedYear === year ? input.catalog : year === null ? null : loadCatalog(year);
  return {
    tables,
    facts: f,
    prior,
    year,
    subjects,
    named,
    namedCell,
    knownNames,
    budgetTotal,
    budgetTotalCell,
    paragraphs: out,
    tablesUnfilled,
    scope,
    catalog,
  };
}

/** The text with each span (sorted, apart) blanked out by spaces, built once (not re-sliced per span). */
function blankSpans(text: string, spans: ItemSpan[]): string {
  if (spans.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const sp of spans) {
    parts.push(text.slice(at, sp.start), ' '.repeat(sp.end - sp.start));
    at = sp.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * "name X 万元", "name 为 X 万元". One \s* on each side of 为/是, never \s*(?:为|是)?\s*: two runs of spaces side by side
 * split n spaces n ways, and "增加" before 20,000 spaces took seconds.
 */
const NAMED_AMOUNT = new RegExp(`([\\u4e00-\\u9fa5（）()“”]{2,20}?)\\s*(?:(?:为|是)\\s*)?${NUM}\\s*万元`, 'g');

function namedAmountsOf(para: string, named: Map<string, Decimal>): NamedAmount[] {
  const out: NamedAmount[] = [];
  for (const m of para.matchAll(NAMED_AMOUNT)) {
    const name = m[1].replace(/^(其中|合计|共计|包括|以及|和|及)/, '');
    if (!name) continue;
    // The longest known name that ends the run.
    let hit: string | undefined;
    for (let i = 0; i < name.length - 1 && !hit; i++) if (named.has(name.slice(i))) hit = name.slice(i);
    out.push({ m, name, hit });
  }
  return out;
}

/** Subjects, their amounts, changes, percentages and shares, in the order the paragraph states them. */
function clausesOf(para: string, subjects: Subject[], isLastYear: (y: string | undefined) => boolean): Clause[] {
  type Token = { at: number; kind: Clause['kind']; m: RegExpMatchArray; s?: Subject };
  const tokens: Token[] = [];
  // Subjects, the longest first where two overlap ("财政拨款支出预算" holds "支出预算").
  const found = subjects.flatMap((s) => [...para.matchAll(s.re)].map((m) => ({ at: m.index!, end: m.index! + m[0].length, m, s })));
  found.sort((a, b) => a.at - b.at || b.end - a.end);
  let covered = -1;
  for (const x of found) {
    if (x.at < covered) continue;
    covered = x.end;
    tokens.push({ at: x.at, kind: 'subject', m: x.m, s: x.s });
  }
  for (const m of para.matchAll(new RegExp(`(?:比|较)${AGAINST}(增加|减少|增长|下降|上升)了?\\s*${NUM}\\s*万元`, 'g'))) {
    if (isLastYear(m[1])) tokens.push({ at: m.index!, kind: 'change', m: [m[0], m[2], m[3]] as unknown as RegExpMatchArray });
  }
  for (const m of para.matchAll(new RegExp(`(?<!比(?:上年|去年))(增加|减少|增长|下降|上升)了?\\s*${NUM}\\s*[%％]`, 'g')))
    tokens.push({ at: m.index!, kind: 'pct', m });
  for (const m of para.matchAll(new RegExp(`占(?:部门)?预算总额的?\\s*${NUM}\\s*[%％]`, 'g'))) tokens.push({ at: m.index!, kind: 'share', m });
  // A direction without an amount ("比2024年预算增加；"), and the direction a reason names ("增加的主要原因是").
  for (const m of para.matchAll(new RegExp(`(?:比|较)${AGAINST}(增加|减少|增长|下降|上升)(?!了?\\s*\\d)`, 'g'))) {
    if (isLastYear(m[1])) tokens.push({ at: m.index!, kind: 'word', m: [m[0], m[2]] as unknown as RegExpMatchArray });
  }
  for (const m of para.matchAll(/(增加|减少|增长|下降|上升)(?:的)?(?:主要)?原因/g)) tokens.push({ at: m.index!, kind: 'word', m });
  for (const m of para.matchAll(new RegExp(`(?:与|比|较)${AGAINST}(?:相比)?(持平|无变化|一致|相同|相等)`, 'g'))) {
    if (isLastYear(m[1])) tokens.push({ at: m.index!, kind: 'flat', m });
  }
  tokens.sort((a, b) => a.at - b.at);

  // The comparison of the subject changes refer to, and the direction of the last change in amount stated for it.
  let changeDir: 'up' | 'down' | null = null;
  let cmp: Comparison | null = null;
  const clauses: Clause[] = [];
  for (const t of tokens) {
    if (t.kind === 'subject') {
      const s = t.s!;
      if (!s.part) {
        changeDir = null;
        cmp = null;
        if (s.current !== null && s.last !== null) {
          const diff = s.current.minus(s.last);
          cmp = { subject: s, diff, dir: dirOf(diff), current: fmtWan(s.current), last: fmtWan(s.last) };
        }
      }
      clauses.push({ ...t, cmp, changeDir });
      continue;
    }
    clauses.push({ ...t, cmp, changeDir });
    if (cmp && t.kind === 'change') changeDir = UP.test(t.m[1]) ? 'up' : 'down';
  }
  return clauses;
}

/** The fields of a finding from an item report of items.ts. */
export function itemExtra(r: ItemReport): Partial<Finding> {
  return {
    ...(r.expected !== undefined ? { expected: r.expected } : {}),
    ...(r.actual !== undefined ? { actual: r.actual } : {}),
    ...(r.difference !== undefined ? { difference: r.difference } : {}),
    related: r.related,
  };
}

/** The reports of items.ts for one rule, with their place among all of the paragraph's item reports. */
export function itemReportsOf(p: ParagraphContext, rule: ItemReport['rule']): { r: ItemReport; pos: number }[] {
  return p.items.reports.map((r, pos) => ({ r, pos })).filter((x) => x.r.rule === rule);
}
