import { defineRule } from '../rule';
import { compareEqual } from '../support/amounts';
import { totalRow } from '../support/funding';
import { phrase } from '../../render';
import { cellOf, columnLabel, tableLabel } from '../support/labels';
import { EQUAL_MESSAGES, PHRASES, TERMS } from '../support/messages';

/** 一般公共预算支出表（分单位）合计行 = 一般公共预算支出表（分功能科目）合计行, column by column. */
export default defineRule({
  id: 'cross/by-unit-totals',
  severity: 'error',
  title: { zh: '分单位合计与分功能科目合计一致', en: 'By-unit totals agree with by-function totals' },
  messages: EQUAL_MESSAGES,
  check(ctx) {
    const byUnit = ctx.rows('gpb-expenditure-by-unit');
    const gpb = ctx.rows('gpb-expenditure');
    if (!byUnit || !gpb) return;
    const ut = totalRow(byUnit);
    const gt = totalRow(gpb);
    if (!ut || !gt) return;
    for (const col of byUnit.columns) {
      const a = ut.amounts[col.key];
      const b = gt.amounts[col.key];
      if (!a || !b) continue;
      const d = compareEqual({
        a,
        aTable: byUnit,
        b,
        bTable: gpb,
        subject: cellOf(tableLabel(byUnit), TERMS.totalRow, columnLabel(col)),
        reference: phrase(PHRASES.byFunctionTotal, { table: tableLabel(gpb) }),
      });
      if (d) ctx.report(d);
    }
  },
});
