import { halfWidth, squash } from '../../recognize/text';
import type { Table } from '../../tables/types';
import { list, phrase, type Value } from '../../render';
import { defineRule } from '../rule';
import { tableLabel } from '../support/labels';
import { PHRASES, SEPARATORS } from '../support/messages';

/** The 部门/单位 name printed above each table is the same everywhere (the seed's 附表-4 says 济宁市 for 咸宁市). */
export default defineRule({
  id: 'meta/org-name',
  severity: 'error',
  title: { zh: '各表部门（单位）名称一致', en: 'The department name is the same in every table' },
  messages: {
    differs: {
      zh: '{table}的部门/单位名称为“{name}”，与其他各表的“{expected}”不一致{diff}',
      en: 'The department name in {table} is "{name}", unlike "{expected}" in the other tables{diff}',
    },
  },
  check(ctx) {
    const named = ctx.tables.filter((t) => t.org && t.orgCell);
    if (named.length < 2) return;
    const groups = new Map<string, Table[]>();
    for (const t of named) {
      const k = squash(halfWidth(t.org as string));
      groups.set(k, [...(groups.get(k) ?? []), t]);
    }
    if (groups.size < 2) return;
    const sorted = [...groups.values()].sort((a, b) => b.length - a.length);
    const ref = sorted[0];
    for (const list of sorted.slice(1)) {
      for (const t of list) {
        ctx.report({
          messageId: 'differs',
          at: t.orgCell!,
          related: ref.map((r) => r.orgCell!),
          table: t,
          category: 'metadata',
          data: { table: tableLabel(t), name: t.org as string, expected: ref[0].org as string, diff: charDiff(t.org as string, ref[0].org as string) },
        });
      }
    }
  },
});

/** "（“济”应为“咸”）" when the two names differ in a few characters at the same places. */
function charDiff(a: string, b: string): Value {
  if (a.length !== b.length) return '';
  const diffs: Value[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diffs.push(phrase(PHRASES.charDiff, { printed: a[i], expected: b[i] }));
  return diffs.length > 0 && diffs.length <= 3 ? phrase(PHRASES.charDiffs, { list: list(diffs, SEPARATORS.clauses) }) : '';
}
