import type { Amount } from '../../tables/types';
import { defineRule } from '../rule';
import { compareSum, sumHolds } from '../support/amounts';
import { cellLabel, rowLabel } from '../support/labels';
import { SUM_MESSAGES, TERMS } from '../support/messages';

/** 类 = Σ 款, 款 = Σ 项 (by code prefix), a unit = Σ its sub-units, in every amount column. */
export default defineRule({
  id: 'sum/children',
  severity: 'error',
  title: { zh: '上级科目等于下级科目之和', en: 'A parent code equals the sum of its children' },
  messages: SUM_MESSAGES,
  check(ctx) {
    for (const t of ctx.tables) {
      if (t.shape !== 'rows' || t.kind === 'project') continue;
      const partsDesc = t.codeKind === 'unit' ? TERMS.parts.subUnits : TERMS.parts.childCodes;
      // One scratch list of the parts' amounts, refilled per row and column (most relations hold: nothing else is built).
      const scratch: Amount[] = [];
      for (const row of t.rows) {
        const children = row.children;
        // A row of unreadable code may be one of this row's parts: the sum is not known, so it is not judged.
        if (children.length === 0 || row.uncertain) continue;
        scratch.length = children.length;
        for (const col of t.columns) {
          const key = col.key;
          for (let k = 0; k < children.length; k++) scratch[k] = t.rows[children[k]].amounts[key];
          if (sumHolds(row.amounts[key], scratch, t.decimals)) continue;
          const d = compareSum({
            table: t,
            total: row.amounts[col.key],
            parts: row.children.map((i) => ({ amount: t.rows[i].amounts[col.key], label: () => rowLabel(t.rows[i]) })),
            subject: () => cellLabel(t, row, col),
            partsDesc,
          });
          if (d) ctx.report(d);
        }
      }
    }
  },
});
