/**
 * narrative/former-name: a 科目 the text names by a name the year's 政府收支分类科目 no longer uses — “医疗卫生与计划
 * 生育支出（类）” in a 2024 text, where 210 is 卫生健康支出. Read where the text marks a level (“…（类）”, “…（款）”,
 * “…（项）”, and the “科目” items) and, for a 类, anywhere: a former 类 name is no other 科目's name. A name that is still
 * the name of some 科目 of the year, or is part of one, is left alone. Not judged for a year before the oldest bundled
 * catalogue (a name that was right in 2019 may have been retired since).
 */
import type { Catalog, CatalogEntry } from '../../catalog/catalog';
import { normalizeName } from '../../catalog/catalog';
import { levelRuns } from '../item-lines';
import { defineNarrativeRule, pick } from '../rule';

interface FormerIndex {
  /** A former name (normalised) → the 科目 it stands for, when it is the former name of one 科目 only. */
  byName: Map<string, CatalogEntry>;
  /** Former 类 names, longest first, as printed in the catalogue. */
  classNames: string[];
}

const INDEX = new WeakMap<Catalog, FormerIndex>();

function indexOf(cat: Catalog): FormerIndex {
  let ix = INDEX.get(cat);
  if (ix) return ix;
  const entries = cat.entries('functional');
  const current = entries.map((e) => normalizeName(e.name));
  const currentSet = new Set(current);
  const count = new Map<string, CatalogEntry[]>();
  for (const e of entries)
    for (const a of e.aliases) {
      const k = normalizeName(a);
      // Still a name of the year (of this code or another), or part of one: not a former name to flag.
      if (k.length < 4 || currentSet.has(k) || current.some((c) => c.includes(k))) continue;
      count.set(k, [...(count.get(k) ?? []), e]);
    }
  const byName = new Map<string, CatalogEntry>();
  for (const [k, es] of count) if (es.length === 1) byName.set(k, es[0]);
  const classNames = [...byName.entries()]
    .filter(([k, e]) => e.level === 1 && k.length >= 6)
    .map(([k]) => k)
    .sort((a, b) => b.length - a.length);
  ix = { byName, classNames };
  INDEX.set(cat, ix);
  return ix;
}

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
    if (ix.byName.size === 0) return;
    const text = p.original;
    const found: { at: number; printed: string; e: CatalogEntry }[] = [];
    if (/[（(]\s*\d*\s*[类款项]\s*[）)]/.test(text))
      for (const r of levelRuns(text)) {
        const e = ix.byName.get(normalizeName(r.name));
        if (e) found.push({ at: r.start, printed: r.name, e });
      }
    const flat = normalizeName(text);
    for (const k of ix.classNames) {
      const at = flat.indexOf(k);
      if (at >= 0 && !found.some((f) => normalizeName(f.printed) === k)) found.push({ at: 100000 + at, printed: k, e: ix.byName.get(k)! });
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
