/**
 * A rule tester in the manner of ESLint's RuleTester: one rule, small self-contained grids, the findings it must give
 * (message id and cell, in order) and the grids it must leave alone.
 *
 *   runRule(rule, {
 *     valid: [grid, { name, grid, options }],
 *     invalid: [{ name, grid, errors: [{ messageId: 'mismatch', at: '表3!E9' }] }],
 *   });
 *
 * Each case becomes a jest test. Every finding is also rendered in English, and neither language may leave a
 * {placeholder} unfilled. `messageId` is typed by the rule: a misspelt one does not compile.
 */
import { audit, type AuditInput } from '../../../src/core/audit';
import type { Grid, GridSheet } from '../../../src/core/grid';
import type { Finding, Severity } from '../../../src/core/report';
import type { RuleDefinition } from '../../../src/core/rules/rule';

/** A grid, or its sheets. */
export type TestGrid = Grid | GridSheet[];

export interface ValidCase {
  name?: string;
  grid: TestGrid;
  options?: AuditInput;
}

export interface ExpectedError<M extends string> {
  messageId: M;
  /** "Sheet!A1", or null for a workbook-level finding. */
  at: string | null;
  severity?: Severity;
  /** Text (or a pattern) the Chinese message contains. */
  message?: string | RegExp;
  /** Cells ("Sheet!A1") of `related`, in order. */
  related?: string[];
}

export interface InvalidCase<M extends string> extends ValidCase {
  errors: ExpectedError<M>[];
}

export interface RuleTests<M extends string> {
  valid: (TestGrid | ValidCase)[];
  invalid: InvalidCase<M>[];
}

const PLACEHOLDER_LEFT = /\{\w+\}/;

function toGrid(g: TestGrid): Grid {
  return Array.isArray(g) ? { sheets: g } : g;
}

function asCase(c: TestGrid | ValidCase): ValidCase {
  return 'grid' in c ? c : { grid: c };
}

function where(c: { sheet: string; cell: string } | null): string | null {
  return c ? `${c.sheet}!${c.cell}` : null;
}

/** The findings of the rule alone on the grid, in both languages (the English ones in the same order). */
export function findingsOf(rule: RuleDefinition, c: ValidCase): { zh: Finding[]; en: Finding[] } {
  const grid = toGrid(c.grid);
  const zh = audit(JSON.parse(JSON.stringify(grid)) as Grid, { ...c.options, ruleSet: [rule] }).findings;
  const en = audit(JSON.parse(JSON.stringify(grid)) as Grid, { ...c.options, locale: 'en-US', ruleSet: [rule] }).findings;
  return { zh, en };
}

function checkRendered(zh: Finding[], en: Finding[]): void {
  expect(en.map((f) => [f.messageId, where(f.location)])).toEqual(zh.map((f) => [f.messageId, where(f.location)]));
  for (const f of [...zh, ...en]) {
    expect({ rule: f.rule, message: f.message, left: PLACEHOLDER_LEFT.test(f.message) }).toEqual({ rule: f.rule, message: f.message, left: false });
    if (f.suggestion) expect(PLACEHOLDER_LEFT.test(f.suggestion.text)).toBe(false);
  }
}

/** Registers the cases of one rule as jest tests. */
export function runRule<M extends string>(rule: RuleDefinition<M>, tests: RuleTests<M>): void {
  describe(rule.id, () => {
    tests.valid.forEach((v, i) => {
      const c = asCase(v);
      test(`valid: ${c.name ?? `#${i + 1}`}`, () => {
        const { zh, en } = findingsOf(rule as RuleDefinition, c);
        expect(zh.map((f) => `${f.messageId} ${where(f.location)}: ${f.message}`)).toEqual([]);
        expect(en).toEqual([]);
      });
    });
    tests.invalid.forEach((c, i) => {
      test(`invalid: ${c.name ?? `#${i + 1}`}`, () => {
        const { zh, en } = findingsOf(rule as RuleDefinition, c);
        expect(zh.map((f) => ({ messageId: f.messageId, at: where(f.location) }))).toEqual(c.errors.map((e) => ({ messageId: e.messageId, at: e.at })));
        c.errors.forEach((e, k) => {
          const f = zh[k];
          if (e.severity) expect({ at: e.at, severity: f.severity }).toEqual({ at: e.at, severity: e.severity });
          if (typeof e.message === 'string') expect(f.message).toContain(e.message);
          else if (e.message) expect(f.message).toMatch(e.message);
          if (e.related) expect(f.related.map(where)).toEqual(e.related);
        });
        checkRendered(zh, en);
      });
    });
  });
}
