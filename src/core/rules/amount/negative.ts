import { allAmounts } from '../../tables/amounts';
import { defineRule } from '../rule';
import { tableLabel } from '../support/labels';

/**
 * A budget table holds what is planned: a negative figure (a sign typed by mistake, a "增减" column pasted into an
 * amount column) has no place in it. Comparison columns (上年数, 增减, %) are not read as amounts, so they never
 * come here.
 */
export default defineRule({
  id: 'amount/negative',
  severity: 'warning',
  title: { zh: '预算金额不为负数', en: 'Budget amounts are not negative' },
  messages: {
    negative: {
      zh: '{table}：金额 {actual} 为负数，预算表中不应出现负数，请核对',
      en: '{table}: the amount {actual} is negative; a budget table should not hold negative figures',
    },
  },
  check(ctx) {
    for (const t of ctx.tables) {
      const list = allAmounts(t);
      for (let i = 0; i < list.length; i++) {
        const a = list[i];
        if (a.num === null || a.num >= 0 || a.invalid) continue;
        ctx.report({ messageId: 'negative', at: a.cell, table: t, category: 'format', data: { table: tableLabel(t) }, actual: a.value ?? undefined });
      }
    }
  },
});
