import type { Amount, Column } from '../../tables/types';
import { defineRule } from '../rule';
import { compareSum, sumHolds } from '../support/amounts';
import { list } from '../../render';
import { cellLabel, columnLabel, rowColumn, rowLabel } from '../support/labels';
import { SUM_MESSAGES } from '../support/messages';

/**
 * On every row, a total column equals its part columns: 合计 = 基本支出 + 项目支出 (+ 经营/上缴/补助),
 * 基本支出 = 人员经费 + 公用经费, 本年收入小计 = Σ sources, 合计 = 本年收入 + 上年结转, 三公 合计 = 出国 + 接待 +
 * 公务用车, 公务用车 = 购置 + 运行, 项目 合计 = Σ 资金来源.
 */
export default defineRule({
  id: 'sum/columns',
  severity: 'error',
  title: { zh: '合计列等于各组成列之和', en: 'A total column equals its part columns on every row' },
  messages: SUM_MESSAGES,
  check(ctx) {
    for (const t of ctx.tables) {
      if (t.shape !== 'rows') continue;
      const groups = new Map<string, Column[]>();
      for (const c of t.columns) {
        if (!c.parent) continue;
        const list = groups.get(c.parent) ?? [];
        list.push(c);
        groups.set(c.parent, list);
      }
      for (const [parentKey, parts] of groups) {
        const parent = t.columns.find((c) => c.key === parentKey);
        if (!parent) continue;
        const partsDesc = list(parts.map(columnLabel));
        // One scratch list of the part columns' amounts, refilled per row (most rows add up: nothing else is built).
        const scratch: Amount[] = new Array(parts.length);
        for (const row of t.rows) {
          const amounts = row.amounts;
          for (let k = 0; k < parts.length; k++) scratch[k] = amounts[parts[k].key];
          if (sumHolds(amounts[parent.key], scratch, t.decimals)) continue;
          const d = compareSum({
            table: t,
            total: row.amounts[parent.key],
            parts: parts.map((c) => ({ amount: row.amounts[c.key], label: () => rowColumn(rowLabel(row), columnLabel(c)) })),
            subject: () => cellLabel(t, row, parent),
            partsDesc,
          });
          if (d) ctx.report(d);
        }
      }
    }
  },
});
