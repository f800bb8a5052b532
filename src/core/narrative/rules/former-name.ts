/**
 * narrative/former-name: a 科目 the text names by a name the year's 政府收支分类科目 no longer uses — “医疗卫生与计划
 * 生育支出（类）” in a 2024 text, where 210 is 卫生健康支出. Read where the text marks a level (“…（类）”, “…（款）”,
 * “…（项）”, and the “科目” items), as a name of that level; and a former 类 name followed by its amount where no level is
 * marked (“医疗卫生与计划生育支出 10.55 万元”), not in prose (“统筹安排公立医院医疗卫生支出”). A name that is still
 * the name of some 科目 of the year, or is part of one, is left alone. Not judged for a year before the oldest bundled
 * catalogue (a name that was right in 2019 may have been retired since).
 */
import type { Catalog, CatalogEntry } from '../../catalog/catalog';
import { normalizeName } from '../../catalog/catalog';
import { NUM } from '../figures';
import { levelRuns } from '../item-lines';
import { defineNarrativeRule, pick } from '../rule';

interface FormerIndex {
  /** By level (1 类, 2 款, 3 项): a former name (normalised) → the 科目 it stands for, when it is of one 科目 only. */
  byLevel: Map<number, Map<string, CatalogEntry>>;
  /** Former 类 names of 6 characters or more, read where no level is marked when an amount follows them. */
  classRe: RegExp | null;
}

const INDEX = new WeakMap<Catalog, FormerIndex>();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function indexOf(cat: Catalog): FormerIndex {
  let ix = INDEX.get(cat);
  if (ix) return ix;
  const entries = cat.entries('functional');
  const current = entries.map((e) => normalizeName(e.name));
  const currentSet = new Set(current);
  const found = new Map<string, CatalogEntry[]>();
  for (const e of entries)
    for (const a of e.aliases) {
      const k = normalizeName(a);
      // Still a name of the year (of this code or another), or part of one: not a former name to flag.
      if (k.length < 4 || currentSet.has(k) || current.some((c) => c.includes(k))) continue;
      const key = `${e.level}\u0000${k}`;
      found.set(key, [...(found.get(key) ?? []), e]);
    }
  const byLevel = new Map<number, Map<string, CatalogEntry>>([1, 2, 3].map((l) => [l, new Map()]));
  for (const [key, es] of found) if (es.length === 1) byLevel.get(es[0].level)!.set(key.split('\u0000')[1], es[0]);
  const classNames = [...byLevel.get(1)!.keys()].filter((k) => k.length >= 6).sort((a, b) => b.length - a.length);
  const classRe = classNames.length
    ? new RegExp(`(${classNames.map(escape).join('|')})\\s*(?:类科目|科目)?\\s*(?:为|是|支出)?\\s*${NUM}\\s*(?:万元|元)`, 'g')
    : null;
  ix = { byLevel, classRe };
  INDEX.set(cat, ix);
  return ix;
}

const LEVEL_NO = { 类: 1, 款: 2, 项: 3 } as const;

export default defineNarrativeRule({
  id: 'narrative/former-name',
  severity: 'warning',
  category: 'name',
  title: { zh: '说明使用本年度的科目名称', en: 'The text names each “科目” by its name of the year' },
  messages: pick('formerName'),
  check(p, ctx, report) {
    const cat = ctx.catalog;
    if (!cat || cat.outsideData === 'older') return;
    const ix = indexOf(cat);
    const text = p.original;
    const found: { at: number; printed: string; e: CatalogEntry }[] = [];
    // A name marked with its level: a former name of that level (a 类 also with 支出: “医疗卫生与计划生育（类）”).
    if (/[（(]\s*\d*\s*[类款项]\s*[）)]/.test(text))
      for (const r of levelRuns(text)) {
        const names = ix.byLevel.get(LEVEL_NO[r.level])!;
        const k = normalizeName(r.name);
        const e = names.get(k) ?? (r.level === '类' ? names.get(k + '支出') : undefined);
        if (e) found.push({ at: r.start, printed: r.name, e });
      }
    // A former 类 name with its amount, where no level is marked (“医疗卫生与计划生育支出 10.55 万元”).
    if (ix.classRe)
      for (const m of text.matchAll(ix.classRe)) {
        const k = normalizeName(m[1]);
        if (!found.some((f) => normalizeName(f.printed) === k || normalizeName(f.printed) + '支出' === k))
          found.push({ at: m.index!, printed: m[1], e: ix.byLevel.get(1)!.get(k)! });
      }
    found.sort((a, b) => a.at - b.at);
    found.forEach(({ printed, e }, pos) =>
      report({
        messageId: 'formerName',
        data: { actual: printed, expected: e.name, code: e.code, year: String(cat.requestedYear) },
        stage: 'terms',
        pos: 500 + pos,
        extra: { expected: e.name, actual: printed },
      }),
    );
  },
});
