/**
 * narrative/level-mark: a 科目 named with its level in brackets — “行政事业单位离退休（款）机关事业单位基本养老保险缴费
 * （项）支出 607.1 万元” — is marked with the level the tables give it. Only names the tables print, and only where
 * no row of the marked level has that name: “行政事业单位离退休（类）” is flagged (the tables have it as 款 20805 and
 * as nothing else); a name the tables do not print is left alone. A 项 name the tables do not print, under a 款 the text
 * names, that is the name of one of that 款's 项 with its characters in another order or one character off
 * (“法院（款）一般行政事务管理（项）” for 一般行政管理事务), is reported as that name.
 * The “…（类）…（款）…（项）”科目 items of the Shanghai text are items.ts's (their spans are blanked out here).
 */
import type { CellRef } from '../../grid';
import { codedRows, LEN, normName, type Coded, type Level } from '../items';
import { LEVEL_TERMS } from '../messages';
import { defineNarrativeRule, pick } from '../rule';

const MARK = /[（(](类|款|项)[）)]/g;
const LEVEL_OF: Record<number, '类' | '款' | '项'> = { 3: '类', 5: '款', 7: '项' };

const cache = new WeakMap<object, Map<string, Coded[]>>();
function byName(tables: object & Parameters<typeof codedRows>[0]): Map<string, Coded[]> {
  let m = cache.get(tables);
  if (m) return m;
  m = new Map();
  for (const c of codedRows(tables).values()) {
    const k = normName(c.name);
    m.set(k, [...(m.get(k) ?? []), c]);
  }
  cache.set(tables, m);
  return m;
}

function near(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.length === b.length && [...a].sort().join('') === [...b].sort().join('')) return true;
  if (Math.abs(a.length - b.length) > 1 || Math.min(a.length, b.length) < 4) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

export default defineNarrativeRule({
  id: 'narrative/level-mark',
  severity: 'warning',
  category: 'name',
  title: { zh: '科目名称后标注的类/款/项与表中级次一致', en: 'The class/section/item mark after a name is its level in the tables' },
  messages: pick('levelMark', 'levelName'),
  check(p, ctx, report) {
    const text = p.text;
    if (!/[（(][类款项][）)]/.test(text)) return;
    const names = byName(ctx.tables);
    if (names.size === 0) return;
    let from = 0;
    let lastKuan: Coded | null = null;
    let pos = 0;
    for (const m of text.matchAll(MARK)) {
      pos++;
      const level = m[1];
      const run = /[\u4e00-\u9fa5（）()]*$/.exec(text.slice(from, m.index!))![0].replace(/^([（(][一二三四五六七八九十\d]+[）)])+/, '');
      from = m.index! + m[0].length;
      const name = normName(run);
      if (name.length < 2) continue;
      const rows = names.get(name) ?? [];
      const atLevel = rows.filter((r) => r.code.length === LEN[level as Level]);
      if (level === '款') lastKuan = atLevel[0] ?? (rows.length === 1 && rows[0].code.length === 5 ? rows[0] : null);
      if (rows.length > 0 && atLevel.length === 0) {
        const r = rows[0];
        if (level === '类' && r.code.length === 5) lastKuan = r;
        const related: CellRef[] = [r.row.nameCell ?? r.row.codeCell].filter((x): x is CellRef => !!x);
        report({
          messageId: 'levelMark',
          data: { name: run, actual: level, expected: LEVEL_TERMS[LEVEL_OF[r.code.length]], code: r.code },
          stage: 'items',
          pos: 5000 + pos,
          extra: { expected: LEVEL_OF[r.code.length], actual: level, related },
        });
        continue;
      }
      if (rows.length === 0 && level === '项' && lastKuan) {
        const under = [...names.values()].flat().filter((r) => r.code.length === 7 && r.code.startsWith(lastKuan!.code) && near(name, normName(r.name)));
        if (under.length === 1) {
          const r = under[0];
          report({
            messageId: 'levelName',
            data: { actual: run, expected: r.name, code: r.code, parent: lastKuan.name },
            stage: 'items',
            pos: 5000 + pos,
            extra: { expected: r.name, actual: run, related: [r.row.nameCell ?? r.row.codeCell].filter((x): x is CellRef => !!x) },
          });
        }
      }
    }
  },
});
