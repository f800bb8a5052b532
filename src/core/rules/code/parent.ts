import { defineRule } from '../rule';
import { listsProjects } from '../support/codes';
import { tableLabel } from '../support/labels';

/**
 * Every 款 sits under its 类 and every 项 under its 款: the nearest shorter code above a row must be its prefix.
 * A missing parent row is a warning (the sums cannot be checked); a child listed under another parent is an error.
 */
export default defineRule({
  id: 'code/parent',
  severity: 'error',
  title: { zh: '下级科目编码以上级科目编码开头', en: 'A child code starts with its parent code' },
  messages: {
    misplaced: {
      zh: '{table}：{code} {name} 列在 {above} 之下，但其上级科目应为 {parent}',
      en: '{table}: {code} {name} is listed under {above} but its parent is {parent}',
    },
    missingParent: {
      zh: '{table}：{code} {name} 的上级科目 {parent} 未列出，无法核对其合计',
      en: '{table}: the parent {parent} of {code} {name} is not listed, so its total cannot be checked',
    },
  },
  check(ctx) {
    for (const t of ctx.tables) {
      if (t.shape !== 'rows' || (t.codeKind !== 'functional' && t.codeKind !== 'economic')) continue;
      // A project's code only classifies it: a 项目支出表 lists no 类/款 above its projects.
      if (listsProjects(t)) continue;
      const codes = new Set(t.rows.map((r) => r.code).filter((c): c is string => !!c));
      let last: { code: string; len: number }[] = [];
      for (const r of t.rows) {
        if (r.isTotal) {
          last = [];
          continue;
        }
        if (!r.code || !r.codeCell) continue;
        const len = r.code.length;
        if (len !== 3 && len !== 5 && len !== 7) continue;
        if (len > 3) {
          const parent = r.code.slice(0, len - 2);
          // The nearest shorter code above (scanned from the end: copying and reversing the list per row was quadratic).
          let above: { code: string; len: number } | undefined;
          for (let i = last.length - 1; i >= 0; i--) {
            if (last[i].len < len) {
              above = last[i];
              break;
            }
          }
          if (above && above.code !== parent && codes.has(parent) && !r.code.startsWith(above.code)) {
            ctx.report({
              messageId: 'misplaced',
              at: r.codeCell,
              table: t,
              category: 'format',
              data: { table: tableLabel(t), code: r.code, name: r.name, above: above.code, parent },
            });
          } else if (!codes.has(parent)) {
            ctx.report({
              messageId: 'missingParent',
              severity: 'warning',
              at: r.codeCell,
              table: t,
              category: 'format',
              data: { table: tableLabel(t), code: r.code, name: r.name, parent },
            });
          }
        }
        last.push({ code: r.code, len });
      }
    }
  },
});
