import { defineRule } from '../rule';
import { listsProjects } from '../support/codes';
import { tableLabel } from '../support/labels';

/**
 * A code is listed once per table: a 科目 printed twice (a row copied, a page pasted twice) counts its money twice in
 * every sum above it. The second listing is the one reported, with the first as related.
 */
export default defineRule({
  id: 'code/duplicate',
  severity: 'error',
  title: { zh: '同一科目在一张表中只列一次', en: 'A code is listed once per table' },
  messages: {
    duplicate: {
      zh: '{table}：科目 {code} {name} 重复列示（第一次在 {first}），其金额会被重复计入上级科目和合计',
      en: '{table}: code {code} {name} is listed twice (first at {first}); its money is counted twice in the totals above it',
    },
  },
  check(ctx) {
    for (const t of ctx.tables) {
      // Projects may share a 功能分类 code: only the tables listed by code are concerned.
      if (t.shape !== 'rows' || listsProjects(t) || (t.codeKind !== 'functional' && t.codeKind !== 'economic')) continue;
      const first = new Map<string, (typeof t.rows)[number]>();
      for (const r of t.rows) {
        if (!r.code || r.isTotal || !r.codeCell) continue;
        const seen = first.get(r.code);
        if (!seen) {
          first.set(r.code, r);
          continue;
        }
        ctx.report({
          messageId: 'duplicate',
          at: r.codeCell,
          related: seen.codeCell ? [seen.codeCell] : [],
          table: t,
          category: 'format',
          data: { table: tableLabel(t), code: r.code, name: r.name, first: seen.codeCell ? `${seen.codeCell.sheet}!${seen.codeCell.cell}` : '' },
        });
      }
    }
  },
});
