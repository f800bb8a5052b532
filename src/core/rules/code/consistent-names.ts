import type { CellRef } from '../../grid';
import { halfWidth, squash } from '../../recognize/text';
import type { Table } from '../../tables/types';
import { defineRule } from '../rule';
import { listsProjects } from '../support/codes';
import { tableLabel } from '../support/labels';

/** A code carries the same name in every table (功能分类 and 经济分类 kept apart). */
export default defineRule({
  id: 'code/consistent-names',
  severity: 'warning',
  title: { zh: '同一科目编码在各表名称一致', en: 'A code has the same name in every table' },
  messages: {
    differs: {
      zh: '科目 {code} 在{table}中名为“{name}”，在{otherTable}中名为“{otherName}”：同一科目的名称应一致',
      en: 'Code {code} is named "{name}" in {table} but "{otherName}" in {otherTable}: the same code must carry the same name',
    },
  },
  check(ctx) {
    const seen = new Map<string, { name: string; norm: string; cell: CellRef; table: Table; count: number }[]>();
    for (const t of ctx.tables) {
      if (t.shape !== 'rows' || (t.codeKind !== 'functional' && t.codeKind !== 'economic')) continue;
      // A 项目支出表 names its projects, not their codes.
      if (listsProjects(t)) continue;
      for (const r of t.rows) {
        if (!r.code || !r.nameCell || !r.name) continue;
        const k = `${t.codeKind}:${r.code}`;
        const list = seen.get(k) ?? [];
        const n = squash(halfWidth(r.name));
        const existing = list.find((x) => x.norm === n);
        if (existing) existing.count++;
        else list.push({ name: r.name, norm: n, cell: r.nameCell, table: t, count: 1 });
        seen.set(k, list);
      }
    }
    for (const [k, list] of seen) {
      if (list.length < 2) continue;
      // The name most tables use is the reference; on a tie, the official one (科目表), then the table that comes
      // first in the layout — never the order the sheets happen to be in.
      const [codeKind, code] = k.split(':');
      const system = codeKind === 'functional' ? 'functional' : 'economic-dept';
      const official = (x: (typeof list)[number]) => {
        const st = ctx.catalog.matchName(system, code, x.name).status;
        return st === 'exact' || st === 'normalized' ? 1 : 0;
      };
      const order = (x: (typeof list)[number]) => {
        const i = ctx.layout.tables.findIndex((t) => t.kind === x.table.kind);
        return i < 0 ? 99 : i;
      };
      const ref = list.reduce((a, b) =>
        b.count !== a.count ? (b.count > a.count ? b : a) : official(b) !== official(a) ? (official(b) > official(a) ? b : a) : order(b) < order(a) ? b : a,
      );
      for (const x of list) {
        if (x === ref) continue;
        ctx.report({
          messageId: 'differs',
          at: x.cell,
          related: [ref.cell],
          table: x.table,
          category: 'name',
          data: { code: k.split(':')[1], name: x.name, table: tableLabel(x.table), otherName: ref.name, otherTable: tableLabel(ref.table) },
        });
      }
    }
  },
});
