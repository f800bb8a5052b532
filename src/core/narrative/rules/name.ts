/**
 * narrative/name: names as the tables print them — 其他, not 其它; a “三公” item or 机关运行经费 written one
 * character off ("公务车用车运行费"); a name before an amount one character off a name of the tables.
 */
import { cellsOf, subjectNamed } from '../context';
import { defineNarrativeRule, pick } from '../rule';

/** The names of the “三公”经费 items and 机关运行经费 as a text writes them: a word one character away is a slip. */
const TERMS = [
  '因公出国（境）费',
  '因公出国（境）费用',
  '公务用车购置及运行费',
  '公务用车购置费',
  '公务用车运行费',
  '公务用车运行维护费',
  '公务接待费',
  '机关运行经费',
];

/** Levenshtein distance, stopping early above 1. */
function withinOne(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** 其它 and the word it starts, read in place (sticky), not from a copy of the rest of the paragraph. */
const OTHER_WORD = /其它[\u4e00-\u9fa5]{0,8}/y;
/** A character of a term's run: CJK or a bracket (a test per character, without a regular expression). */
function isTermChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fa5) || ch === '（' || ch === '）' || ch === '(' || ch === ')';
}
/**
 * The first two characters of the terms: a word one edit away from a term has one of them among its own first two
 * (a substitution, insertion or deletion at the start shifts the rest by at most one), so other runs are not tried.
 */
const TERM_HEADS = new Set(TERMS.flatMap((t) => [t[0], t[1]]));

/** Names of the tables by length (a name one character off has the same length), and those of 3 or more as a set. */
interface NamesIndex {
  byLength: Map<number, string[]>;
  long: Set<string>;
  /** The last three characters of the names in `long`: a run that ends otherwise ends with none of them. */
  tails: Set<string>;
}
const indexes = new WeakMap<object, NamesIndex>();
function namesIndex(key: object, known: Iterable<string>, names: string[]): NamesIndex {
  let x = indexes.get(key);
  if (x) return x;
  const byLength = new Map<number, string[]>();
  for (const k of known) {
    const list = byLength.get(k.length) ?? [];
    list.push(k);
    byLength.set(k.length, list);
  }
  const long = new Set(names.filter((n) => n.length >= 3));
  x = { byLength, long, tails: new Set([...long].map((n) => n.slice(-3))) };
  indexes.set(key, x);
  return x;
}

function differsByOne(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n === 1;
}

/** The run ends with one of the names (of 3 or more characters): its suffixes looked up, not every name tried. */
function endsWithName(run: string, index: NamesIndex): boolean {
  if (run.length < 3 || !index.tails.has(run.slice(-3))) return false;
  for (let k = run.length - 3; k >= 0; k--) if (index.long.has(run.slice(k))) return true;
  return false;
}

export default defineNarrativeRule({
  id: 'narrative/name',
  severity: 'warning',
  category: 'name',
  title: { zh: '名称与附表一致，用“其他”不用“其它”', en: 'Names match the tables; “其他”, not “其它”' },
  messages: pick('nameMismatch', 'otherVariant', 'termVariant'),
  check(p, ctx, report) {
    const { original } = p;
    const index = namesIndex(ctx, ctx.knownNames, ctx.facts.names);
    for (const m of original.matchAll(/其它/g)) {
      OTHER_WORD.lastIndex = m.index!;
      const word = OTHER_WORD.exec(original)![0];
      report({ messageId: 'otherVariant', data: { actual: word, expected: word.replace('其它', '其他') }, stage: 'otherVariant' });
    }
    // A 三公 item or 机关运行经费 written one character off ("公务车用车运行费").
    const para = p.text;
    for (let i = para.indexOf('费'); i >= 0; i = para.indexOf('费', i + 1)) {
      let j = i;
      while (j > 0 && i - j < 14 && isTermChar(para[j - 1])) j--;
      const run = para.slice(j, i + 1);
      if (TERMS.some((t) => run.endsWith(t)) || endsWithName(run, index)) continue;
      let found: { actual: string; expected: string } | null = null;
      for (let len = Math.min(run.length, 12); len >= 5 && !found; len--) {
        if (!TERM_HEADS.has(run[run.length - len]) && !TERM_HEADS.has(run[run.length - len + 1])) continue;
        const cand = run.slice(-len);
        const t = TERMS.find((t) => withinOne(cand, t) && !cand.includes(t) && !t.includes(cand));
        if (t) found = { actual: cand, expected: t };
      }
      if (found) {
        const subject = subjectNamed(ctx.subjects, found.expected);
        report({
          messageId: 'termVariant',
          data: found,
          stage: 'terms',
          extra: { expected: found.expected, actual: found.actual, related: cellsOf(subject?.cell) },
        });
      }
    }
    // A name before an amount that is none of the tables' but one character off one of them.
    p.namedAmounts.forEach(({ name, hit }, pos) => {
      if (hit || name.length < 4 || ctx.knownNames.has(name)) return;
      const near = index.byLength.get(name.length)?.find((k) => differsByOne(k, name));
      if (near)
        report({ messageId: 'nameMismatch', data: { actual: name, expected: near }, stage: 'namedAmounts', pos, extra: { expected: near, actual: name } });
    });
  },
});
