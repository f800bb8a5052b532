import { defineRule } from '../rule';
import { tableLabel } from '../support/labels';

const PERSONNEL = ['301', '303'];
const PUBLIC = ['302', '307', '309', '310', '399'];

/**
 * 基本支出表 uses 经济分类 codes; 人员经费 sits under 301 工资福利支出 and 303 对个人和家庭的补助, 公用经费 under
 * 302 商品和服务支出 (and 307/309/310/399 where a unit budgets them). Money elsewhere is a warning.
 */
export default defineRule({
  id: 'catalog/basic-placement',
  severity: 'warning',
  title: { zh: '人员经费、公用经费归入正确的经济分类', en: 'Personnel and public funds sit under the right economic classes' },
  messages: {
    personnel: {
      zh: '{table}：{code} {name} 列有人员经费 {amount}，人员经费应归入 301 工资福利支出或 303 对个人和家庭的补助',
      en: '{table}: {code} {name} carries personnel funds of {amount}; personnel funds belong under 301 or 303',
    },
    public: {
      zh: '{table}：{code} {name} 列有公用经费 {amount}，公用经费应归入 302 商品和服务支出等公用类科目',
      en: '{table}: {code} {name} carries public funds of {amount}; public funds belong under 302 (or 307/309/310/399)',
    },
  },
  check(ctx) {
    const t = ctx.rows('gpb-basic');
    if (!t) return;
    for (const r of t.rows) {
      if (!r.code || r.isTotal) continue;
      const cls = r.code.slice(0, 3);
      const p = r.amounts.personnel;
      const u = r.amounts.public;
      if (p && p.num && !PERSONNEL.includes(cls)) {
        ctx.report({
          messageId: 'personnel',
          at: p.cell,
          table: t,
          category: 'name',
          data: { table: tableLabel(t), code: r.code, name: r.name, amount: String(p.value) },
        });
      }
      if (u && u.num && !PUBLIC.includes(cls)) {
        ctx.report({
          messageId: 'public',
          at: u.cell,
          table: t,
          category: 'name',
          data: { table: tableLabel(t), code: r.code, name: r.name, amount: String(u.value) },
        });
      }
    }
  },
});
