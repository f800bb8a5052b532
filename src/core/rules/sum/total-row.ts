import type { Amount, Row } from '../../tables/types';
import { defineRule } from '../rule';
import { compareSum, sumHolds } from '../support/amounts';
import { cellOf, columnLabel, rowLabel, tableLabel } from '../support/labels';
import { totalRow } from '../support/funding';
import { SUM_MESSAGES, TERMS } from '../support/messages';

/** The 合计 row equals the sum of the top-level rows (类, top units, projects or their groups). */
export default defineRule({
  id: 'sum/total-row',
  severity: 'error',
  title: { zh: '合计行等于各类（各单位、各项目）之和', en: 'The total row equals the sum of the top-level rows' },
  messages: SUM_MESSAGES,
  check(ctx) {
    for (const t of ctx.tables) {
      if (t.shape !== 'rows') continue;
      const total = totalRow(t);
      if (!total) continue;
      const top: Row[] = t.rows.filter((r) => !r.isTotal && r.parent === undefined);
      // A row whose code cannot be read may or may not be a top-level row: the total is not judged.
      if (top.length === 0 || top.some((r) => r.unreadableCode)) continue;
      const P = TERMS.parts;
      const desc = t.kind === 'project' ? P.projects : t.codeKind === 'unit' ? P.units : t.codeKind === 'none' ? P.rows : P.classes;
      const scratch: Amount[] = new Array(top.length);
      for (const col of t.columns) {
        // Cheap check first: the labelled parts below are built only for a total that does not add up.
        for (let k = 0; k < top.length; k++) scratch[k] = top[k].amounts[col.key];
        if (sumHolds(total.amounts[col.key], scratch, t.decimals)) continue;
        const d = compareSum({
          table: t,
          total: total.amounts[col.key],
          parts: top.map((r) => ({ amount: r.amounts[col.key], label: () => rowLabel(r) })),
          subject: () => cellOf(tableLabel(t), TERMS.totalRow, columnLabel(col)),
          partsDesc: desc,
        });
        if (d) ctx.report(d);
      }
    }
  },
});
