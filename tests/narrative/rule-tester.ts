/**
 * A rule tester for the narrative/* rules (src/core/narrative/rules/<id>.ts), in the manner of the table rules'
 * (tests/core/rules/rule-tester.ts) and ESLint's RuleTester: one rule, texts, the findings it must give (message id
 * and paragraph or cell, in order) and the texts it must leave alone.
 *
 *   runNarrativeRule(rule, {
 *     tables: seedTables, prior: seedPrior, year: 2024,          // defaults of every case (each optional)
 *     valid: ['真实句子。', { name, text, tables, prior, year }],
 *     invalid: [{ name, text, errors: [{ messageId: 'yearMismatch', paragraph: 1 }] }],
 *   });
 *
 * Each case runs checkNarrative and keeps the findings of this rule only: checkNarrative runs every registered rule
 * and each rule's findings are its own (a rule reads the shared context and never another rule's findings; the
 * once-per-paragraph de-duplication is per rule), so they are exactly what the rule alone gives. The rule must be
 * registered (NARRATIVE_RULE_MODULES): an unregistered one would pass every valid case without running.
 *
 * Tables are given the easy way: a small grid of sheets (sheet('一般公共预算', [[…], …]) as in tests/core/helpers.ts,
 * read by audit() like a workbook), typed tables, or a function giving them (seedTables, shanghaiTables of
 * ./helpers, built once per tester). Every finding is rendered in zh-CN and en-US; neither may leave a {placeholder}
 * unfilled, and both list the same findings in the same order.
 *
 * A messageId is checked against the rule's own messages when the case runs (NarrativeRule.messages is a
 * Record<string, Message>, so its keys are not known to the compiler).
 */
import fs from 'fs';
import path from 'path';
import { workbookToGrid } from '../../src/cli/xlsx';
import { audit } from '../../src/core/audit';
import type { Grid, GridSheet } from '../../src/core/grid';
import { checkNarrative, emptyPriorFacts, type NarrativeInput, type PriorFacts } from '../../src/core/narrative';
import type { NarrativeRule } from '../../src/core/narrative/rule';
import { NARRATIVE_RULE_MODULES } from '../../src/core/narrative/rules/all';
import type { Finding, Severity } from '../../src/core/report';
import type { Table } from '../../src/core/tables/types';
import { buildJiangsuGy, buildJiangsuRdbgt, buildJiangsuSwbgt } from '../fixtures/jiangsu-workbooks';
import { paragraphsOfPdfText } from '../fixtures/narrative-real';
import { sheet } from '../core/helpers';
import { seedPrior, seedTables } from './helpers';

/** Typed tables; a grid (or its sheets) read by audit(); or a function giving the tables (built once per tester). */
export type TablesSource = Table[] | Grid | GridSheet[] | (() => Table[] | Promise<Table[]>);

export interface NarrativeCaseOptions {
  /** The tables the text is checked against; none by default. */
  tables?: TablesSource;
  /** Last year's facts; emptyPriorFacts() by default. */
  prior?: PriorFacts | (() => PriorFacts);
  /** The budget year (CheckOptions.year). */
  year?: number;
}

export interface ValidNarrativeCase extends NarrativeCaseOptions {
  name?: string;
  /** A text (one paragraph a line) or paragraphs with their cells. */
  text: string | NarrativeInput;
}

export interface ExpectedNarrativeError<M extends string = string> {
  messageId: M;
  /** The 1-based paragraph (line) the finding is of. */
  paragraph?: number;
  /** "Sheet!A1" of the paragraph's cell, or null for a paragraph without one. */
  at?: string | null;
  severity?: Severity;
  /** Text (or a pattern) the Chinese message contains. */
  message?: string | RegExp;
  /** The finding's expected / actual values. */
  expected?: string;
  actual?: string;
  /** Cells ("Sheet!A1") of `related`, in order. */
  related?: string[];
}

export interface InvalidNarrativeCase<M extends string = string> extends ValidNarrativeCase {
  errors: ExpectedNarrativeError<M>[];
}

export interface NarrativeRuleTests<M extends string = string> extends NarrativeCaseOptions {
  valid: (string | ValidNarrativeCase)[];
  invalid: InvalidNarrativeCase<M>[];
}

const PLACEHOLDER_LEFT = /\{\w+\}/;

const where = (c: { sheet: string; cell: string } | null | undefined): string | null => (c ? `${c.sheet}!${c.cell}` : null);

function isTables(x: Table[] | GridSheet[]): x is Table[] {
  return x.length > 0 && 'kind' in x[0];
}

/** Tables of a source, each function or grid read once (by identity). */
function tablesResolver(): (src: TablesSource | undefined) => Promise<Table[]> {
  const cache = new Map<unknown, Promise<Table[]>>();
  return (src) => {
    if (src === undefined) return Promise.resolve([]);
    let t = cache.get(src);
    if (!t) {
      if (typeof src === 'function') t = Promise.resolve(src());
      else if (Array.isArray(src)) t = Promise.resolve(isTables(src) ? src : audit({ sheets: src }).typed);
      else t = Promise.resolve(audit(src).typed);
      cache.set(src, t);
    }
    return t;
  };
}

function asCase(c: string | ValidNarrativeCase): ValidNarrativeCase {
  return typeof c === 'string' ? { text: c } : c;
}

function caseName(c: ValidNarrativeCase, i: number): string {
  if (c.name) return c.name;
  const t = typeof c.text === 'string' ? c.text : c.text.paragraphs.join(' / ');
  return t.length > 60 ? `#${i + 1} ${t.slice(0, 60)}…` : `#${i + 1} ${t}`;
}

/** The findings of the rule alone on the text, in both languages. */
export async function narrativeFindingsOf(
  rule: NarrativeRule,
  c: ValidNarrativeCase,
  tablesOf: (src: TablesSource | undefined) => Promise<Table[]> = tablesResolver(),
): Promise<{ zh: Finding[]; en: Finding[] }> {
  const tables = await tablesOf(c.tables);
  const prior = typeof c.prior === 'function' ? c.prior() : (c.prior ?? emptyPriorFacts());
  const mine = (fs: Finding[]) => fs.filter((f) => f.rule === rule.id);
  const zh = mine(checkNarrative(c.text, tables, prior, { year: c.year }));
  const en = mine(checkNarrative(c.text, tables, prior, { year: c.year, locale: 'en-US' }));
  return { zh, en };
}

function checkRendered(rule: NarrativeRule, zh: Finding[], en: Finding[]): void {
  const key = (f: Finding) => [f.messageId, f.data?.paragraph, where(f.location), f.severity];
  expect(en.map(key)).toEqual(zh.map(key));
  for (const f of [...zh, ...en]) {
    expect(Object.keys(rule.messages)).toContain(f.messageId);
    expect({ messageId: f.messageId, message: f.message, left: PLACEHOLDER_LEFT.test(f.message) }).toEqual({
      messageId: f.messageId,
      message: f.message,
      left: false,
    });
  }
}

const shown = (f: Finding) => `${f.messageId} ¶${f.data?.paragraph} ${where(f.location) ?? '-'}: ${f.message}`;

/** Registers the cases of one narrative rule as jest tests. */
export function runNarrativeRule<M extends string>(rule: NarrativeRule, tests: NarrativeRuleTests<M>): void {
  const tablesOf = tablesResolver();
  const withDefaults = (c: ValidNarrativeCase): ValidNarrativeCase => ({
    ...c,
    tables: 'tables' in c ? c.tables : tests.tables,
    prior: 'prior' in c ? c.prior : tests.prior,
    year: 'year' in c ? c.year : tests.year,
  });
  describe(rule.id, () => {
    test('is registered in NARRATIVE_RULE_MODULES (else its cases run nothing)', () => {
      expect(NARRATIVE_RULE_MODULES.filter((r) => r === rule)).toHaveLength(1);
    });
    tests.valid.forEach((v, i) => {
      const c = withDefaults(asCase(v));
      test(`valid: ${caseName(c, i)}`, async () => {
        const { zh, en } = await narrativeFindingsOf(rule, c, tablesOf);
        expect(zh.map(shown)).toEqual([]);
        expect(en.map(shown)).toEqual([]);
      });
    });
    tests.invalid.forEach((raw, i) => {
      const c = withDefaults(raw);
      test(`invalid: ${caseName(c, i)}`, async () => {
        for (const e of raw.errors) expect(Object.keys(rule.messages)).toContain(e.messageId);
        const { zh, en } = await narrativeFindingsOf(rule, c, tablesOf);
        // Each finding as the expected error describes it: its message id, and its paragraph or cell when given.
        const projected = zh.map((f, k) => {
          const e = raw.errors[k];
          return {
            messageId: f.messageId,
            ...(e && e.paragraph !== undefined ? { paragraph: Number(f.data?.paragraph) } : {}),
            ...(e && e.at !== undefined ? { at: where(f.location) } : {}),
          };
        });
        const wanted = raw.errors.map((e) => ({
          messageId: e.messageId,
          ...(e.paragraph !== undefined ? { paragraph: e.paragraph } : {}),
          ...(e.at !== undefined ? { at: e.at } : {}),
        }));
        try {
          expect(projected).toEqual(wanted);
        } catch (e) {
          (e as Error).message += `\n\nThe findings:\n${zh.map(shown).join('\n') || '(none)'}`;
          throw e;
        }
        raw.errors.forEach((e, k) => {
          const f = zh[k];
          const id = `${e.messageId} #${k + 1}`;
          if (e.severity) expect({ id, severity: f.severity }).toEqual({ id, severity: e.severity });
          if (typeof e.message === 'string') expect(f.message).toContain(e.message);
          else if (e.message) expect(f.message).toMatch(e.message);
          if (e.expected !== undefined) expect({ id, expected: f.expected }).toEqual({ id, expected: e.expected });
          if (e.actual !== undefined) expect({ id, actual: f.actual }).toEqual({ id, actual: e.actual });
          if (e.related) expect(f.related.map(where)).toEqual(e.related);
        });
        checkRendered(rule, zh, en);
      });
    });
  });
}

// Real texts and their tables, for the cases.

/** Line n (1-based) of a real text in tests/narrative/fixtures/: xianning-2024-part3.txt (the seed's department, 2024), shanghai-2025-explanation.txt (万里街道 2025). */
export function realLine(file: 'xianning-2024-part3.txt' | 'shanghai-2025-explanation.txt', n: number): string {
  const line = fs.readFileSync(path.join(__dirname, 'fixtures', file), 'utf8').split(/\r?\n/)[n - 1];
  if (!line) throw new Error(`${file} has no text on line ${n}`);
  return line;
}

const JIANGSU = {
  swbgt: { build: buildJiangsuSwbgt, text: 'jiangsu-swbgt-2019-explanation.txt' },
  rdcwh: { build: buildJiangsuRdbgt, text: 'jiangsu-rdcwh-2019-explanation.txt' },
  gy: { build: buildJiangsuGy, text: 'jiangsu-gy-2019.txt' },
} as const;
export type JiangsuText = keyof typeof JIANGSU;

/** The paragraphs of a published Jiangsu 2019 text (tests/fixtures/real/), as tests/fixtures/narrative-real.ts joins them. */
export function jiangsuParagraphs(id: JiangsuText): string[] {
  return paragraphsOfPdfText(fs.readFileSync(path.join(__dirname, '../fixtures/real', JIANGSU[id].text), 'utf8'));
}

/** The first paragraph of a Jiangsu 2019 text that contains `part` (so a case names its sentence, not its number). */
export function jiangsuParagraph(id: JiangsuText, part: string): string {
  const p = jiangsuParagraphs(id).find((x) => x.includes(part));
  if (!p) throw new Error(`no paragraph of ${id} contains ${part}`);
  return p;
}

const jiangsuCache = new Map<JiangsuText, Promise<Table[]>>();
/** A source of the tables of a Jiangsu 2019 text's workbook (人大常委会办公厅's text: the rdbgt tables), built once. */
export function jiangsuTables(id: JiangsuText): () => Promise<Table[]> {
  return () => {
    let t = jiangsuCache.get(id);
    if (!t) {
      t = workbookToGrid(JIANGSU[id].build().workbook).then((g) => audit(g).typed);
      jiangsuCache.set(id, t);
    }
    return t;
  };
}

/** A real sentence with one slip put in: `from` replaced by `to`, failing when `from` is not in it. */
export function withSlip(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`“${from}” is not in: ${text}`);
  return text.replace(from, to);
}

/** A 一般公共预算支出表 of four lines, self-contained (the item rules' small case). */
export const GPB = [
  sheet('一般公共预算', [
    ['2024年一般公共预算支出表'],
    ['单位：万元'],
    ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
    ['合计', null, 100, 40, 60],
    ['208', '社会保障和就业支出', 100, 40, 60],
    ['20805', '行政事业单位养老支出', 100, 40, 60],
    ['2080501', '行政单位离退休', 70, 40, 30],
    ['2080505', '机关事业单位基本养老保险缴费支出', 30, 0, 30],
  ]),
];

/** A line of the published 市客管处 2024 第三部分 (tests/narrative/fixtures/xianning-2024-part3.txt), 1-based. */
export const xianning = (n: number): string => realLine('xianning-2024-part3.txt', n);
/** A line of the published 万里街道 2025 编制说明 (tests/narrative/fixtures/shanghai-2025-explanation.txt), 1-based. */
export const shanghai = (n: number): string => realLine('shanghai-2025-explanation.txt', n);
/** The defaults of a case on the seed: its tables, its prior facts, the year 2024. */
export const SEED_CASE = { tables: seedTables, prior: seedPrior, year: 2024 } as const;
