import { defineRule } from '../rule';
import { compareSum } from '../support/amounts';
import { list } from '../../render';
import { cellOf, lineLabel, tableLabel } from '../support/labels';
import { SUM_MESSAGES, TERMS } from '../support/messages';

/** Column keys of a spending line split by use, and what each adds up into. */
const PARTS: Record<string, string[]> = { amount: ['basic', 'project'], basic: ['basic.personnel', 'basic.public'] };
const NAMES = TERMS.columns as Record<string, (typeof TERMS.columns)[keyof typeof TERMS.columns]>;

/**
 * 收支总表 whose spending side is split by use (a Shanghai 单位预算 表1: 合计 | 基本支出 (人员经费 | 公用经费) | 项目支出):
 * on every line 合计 = 基本支出 + 项目支出, and 基本支出 = 人员经费 + 公用经费 (when 基本支出 has no column of its own,
 * 合计 = 人员经费 + 公用经费 + 项目支出).
 */
export default defineRule({
  id: 'sum/use-columns',
  severity: 'error',
  title: { zh: '收支总表支出按用途分列时各行平衡', en: 'A summary split by use adds up on every line' },
  messages: SUM_MESSAGES,
  check(ctx) {
    for (const t of ctx.tables) {
      if (t.shape !== 'sides') continue;
      const keys = new Set(t.columns.filter((c) => c.side === 'expenditure').map((c) => c.key));
      if (!keys.has('project') && !keys.has('basic.personnel')) continue;
      for (const [total, split] of Object.entries(PARTS)) {
        if (!keys.has(total) && total !== 'amount') continue;
        // A part without its own column is the sum of its own parts (基本支出 printed only as 人员经费 | 公用经费).
        const parts = split.flatMap((k) => (keys.has(k) ? [k] : (PARTS[k]?.filter((x) => keys.has(x)) ?? [])));
        if (parts.length < 2 || parts.length < split.length) continue;
        for (const line of t.lines) {
          if (line.side !== 'expenditure' || !line.amounts[total]) continue;
          const d = compareSum({
            table: t,
            total: line.amounts[total],
            parts: parts.map((k) => ({ amount: line.amounts[k], label: NAMES[k] })),
            subject: () => cellOf(tableLabel(t), lineLabel(line), NAMES[total]),
            partsDesc: list(parts.map((k) => NAMES[k])),
          });
          if (d) ctx.report(d);
        }
      }
    }
  },
});
