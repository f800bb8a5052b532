import type { AnySidesTable } from '../../tables/types';
import { defineRule, type RuleContext } from '../rule';
import { compareSum } from '../support/amounts';
import { list } from '../../render';
import { cellOf, lineLabel, tableLabel } from '../support/labels';
import { SUM_MESSAGES } from '../support/messages';

/** Source columns a 财政拨款 amount splits into (一般公共预算, 政府性基金, 国有资本经营, 财政专户 …). */
const FUND_KEYS = new Set(['gpb', 'fund', 'soe', 'special']);

/**
 * 财政拨款收支总表 printed with fund columns ("合计 | 一般公共预算 | 政府性基金预算 | 国有资本经营预算", as in Shanghai's
 * 表4): on every line the 合计 equals the sum of the funds.
 */
export default defineRule({
  id: 'sum/fund-columns',
  severity: 'error',
  title: { zh: '财政拨款合计等于各类资金之和', en: 'Fiscal totals equal the sum of the funds' },
  messages: SUM_MESSAGES,
  check(ctx) {
    for (const t of ctx.tables) if (t.shape === 'sides') checkTable(ctx, t);
  },
});

function checkTable(ctx: RuleContext, t: AnySidesTable): void {
  for (const side of ['income', 'expenditure'] as const) {
    const cols = t.columns.filter((c) => c.side === side);
    if (cols.length < 3 || !/^(合计|小计|总计|预算数|金额|本年预算数?)$/.test(cols[0].label)) continue;
    const funds = cols.slice(1).filter((c) => FUND_KEYS.has(c.key));
    if (funds.length < 2) continue;
    for (const line of t.lines) {
      if (line.side !== side || !line.amounts.amount) continue;
      const parts = funds.map((f) => ({ amount: line.amounts[f.key], label: f.label })).filter((p) => p.amount);
      const d = compareSum({
        table: t,
        total: line.amounts.amount,
        parts,
        subject: () => cellOf(tableLabel(t), lineLabel(line), cols[0].label),
        partsDesc: list(funds.map((f) => f.label)),
      });
      if (d) ctx.report(d);
    }
  }
}
