/**
 * With locale en-US no rule makes Chinese: what Chinese a finding prints is the workbook's own (its titles, row names,
 * headers, org names, sheet names as printed) or the catalogue's official name of a code.
 *
 * The check is made where the words enter, not by guessing at the text: every rule runs wrapped, and each plain
 * string a rule reports as data (the workbook's words are reported as plain strings; wording is phrases and templates)
 * is replaced by a marker when it is made of the workbook's words only. Rendered in English, a finding must then hold
 * no CJK character at all: any left is a rule's own. The findings themselves (unwrapped) must equal the wrapped ones
 * but for the marked words, so nothing is hidden by the wrapping.
 */
import path from 'path';
import { audit } from '../../src/core/audit';
import type { Grid } from '../../src/core/grid';
import { isList, isPhrase, type Value } from '../../src/core/render';
import { ALL_RULES } from '../../src/core/rules';
import type { ReportDescriptor, RuleDefinition } from '../../src/core/rules/rule';
import { readGrid, workbookToGrid } from '../../src/cli/xlsx';
import { buildShanghaiWorkbook } from '../fixtures/shanghai-workbook';
import { seedGrid } from '../core/helpers';

const CJK = /[\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;
const MARK = '⟨w⟩';

/** The workbook's text with spaces removed: every string cell and every sheet name, one per line. */
function corpusOf(g: Grid): string {
  const out: string[] = [];
  for (const s of g.sheets) {
    out.push(s.name);
    for (const r of s.rows) for (const v of r ?? []) if (typeof v === 'string') out.push(v);
  }
  return out.map(squash).join('\n');
}

function squash(s: string): string {
  return s.replace(/\s+/g, '');
}

/** Every run of CJK in `s` is printed somewhere in the workbook (or is one of the allowed catalogue names). */
function madeOfWords(s: string, corpus: string, allowed: Set<string>): boolean {
  if (allowed.has(s)) return true;
  const runs = squash(s).match(/[^\p{ASCII}]+/gu) ?? [];
  // Punctuation the tool writes between words (·, quotes) is not Chinese: the runs are split at it.
  return runs.flatMap((r) => r.split(/[·“”]/)).every((r) => r === '' || !CJK.test(r) || corpus.includes(r));
}

function mask(v: Value, corpus: string, allowed: Set<string>): Value {
  if (typeof v === 'string') return CJK.test(v) && madeOfWords(v, corpus, allowed) ? MARK : v;
  if (typeof v === 'number') return v;
  if (isList(v)) return { ...v, list: v.list.map((x) => mask(x, corpus, allowed)) };
  if (isPhrase(v)) return v.data ? { ...v, data: maskData(v.data, corpus, allowed) } : v;
  return v;
}

function maskData(d: Readonly<Record<string, Value>>, corpus: string, allowed: Set<string>): Record<string, Value> {
  const out: Record<string, Value> = {};
  for (const k of Object.keys(d)) out[k] = mask(d[k], corpus, allowed);
  return out;
}

/** The rule, its reported words marked. The catalogue's official name of a code is allowed as such (data.official). */
function masked(rule: RuleDefinition, corpus: string): RuleDefinition {
  return {
    ...rule,
    check(ctx) {
      rule.check({
        ...ctx,
        rows: ctx.rows,
        sides: ctx.sides,
        all: ctx.all,
        report(d: ReportDescriptor) {
          const allowed = new Set<string>();
          if (typeof d.data?.official === 'string') allowed.add(d.data.official);
          const data = d.data ? maskData(d.data, corpus, allowed) : undefined;
          const suggestion = d.suggestion ? { ...d.suggestion, text: mask(d.suggestion.text, corpus, allowed) } : undefined;
          ctx.report({ ...d, data, suggestion });
        },
      });
    },
  };
}

async function examples(): Promise<[string, Grid][]> {
  return [
    ['the seed', await seedGrid()],
    ['examples/shanghai-wanli-2025.xlsx', await readGrid(path.join(__dirname, '../../examples/shanghai-wanli-2025.xlsx'))],
    ['the Shanghai fixture', await workbookToGrid(buildShanghaiWorkbook().workbook)],
  ];
}

describe('findings in English carry no Chinese of the rules’ own', () => {
  let cases: [string, Grid][];
  beforeAll(async () => {
    cases = await examples();
  });

  test('each example gives findings in English (the check has something to check)', () => {
    for (const [, g] of cases) expect(audit(g, { locale: 'en-US' }).findings.length).toBeGreaterThan(5);
  });

  test('with the workbook’s words marked, no CJK character is left in any message or suggestion', () => {
    for (const [name, g] of cases) {
      const corpus = corpusOf(g);
      const r = audit(g, { locale: 'en-US', ruleSet: ALL_RULES.map((x) => masked(x, corpus)) });
      const left = r.findings
        .flatMap((f) => [`${f.rule}: ${f.message}`, ...(f.suggestion ? [`${f.rule} (fix): ${f.suggestion.text}`] : [])])
        .filter((m) => CJK.test(m));
      expect({ name, left }).toEqual({ name, left: [] });
    }
  });

  test('the marked findings are the real ones: same rules, cells and order, the words put back', () => {
    for (const [, g] of cases) {
      const corpus = corpusOf(g);
      const real = audit(g, { locale: 'en-US' }).findings;
      const marked = audit(g, { locale: 'en-US', ruleSet: ALL_RULES.map((x) => masked(x, corpus)) }).findings;
      expect(marked.map((f) => [f.rule, f.messageId, f.location])).toEqual(real.map((f) => [f.rule, f.messageId, f.location]));
      marked.forEach((f, i) => {
        // Each marker stands for some of the workbook's words: the real message matches the marked one with them.
        const pattern = new RegExp('^' + f.message.split(MARK).map(escape).join('.+?') + '$', 's');
        expect(real[i].message).toMatch(pattern);
      });
    }
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
