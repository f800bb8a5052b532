import { defineRule } from '../rule';
import { compareEqual } from '../support/amounts';
import { totalRow } from '../support/funding';
import { cellOf, columnLabel, tableLabel } from '../support/labels';
import { EQUAL_MESSAGES, TERMS } from '../support/messages';

/** 一般公共预算基本支出表 合计, 人员经费, 公用经费 = 一般公共预算支出表 合计行 基本支出 columns. */
export default defineRule({
  id: 'cross/basic-expenditure',
  severity: 'error',
  title: { zh: '基本支出表与一般公共预算支出表基本支出一致', en: 'Basic expenditure table agrees with the general budget table' },
  messages: EQUAL_MESSAGES,
  check(ctx) {
    const basic = ctx.rows('gpb-basic');
    const gpb = ctx.rows('gpb-expenditure');
    if (!basic || !gpb) return;
    const bt = totalRow(basic);
    const gt = totalRow(gpb);
    if (!bt || !gt) return;
    const pairs: [string, string][] = [
      ['total', 'basic'],
      ['personnel', 'basic.personnel'],
      ['public', 'basic.public'],
    ];
    for (const [bk, gk] of pairs) {
      const a = bt.amounts[bk];
      const b = gt.amounts[gk];
      if (!a || !b) continue;
      const bcol = basic.columns.find((c) => c.key === bk)!;
      const gcol = gpb.columns.find((c) => c.key === gk)!;
      const d = compareEqual({
        a,
        aTable: basic,
        b,
        bTable: gpb,
        subject: cellOf(tableLabel(basic), TERMS.totalRow, columnLabel(bcol)),
        reference: cellOf(tableLabel(gpb), TERMS.totalRow, columnLabel(gcol)),
      });
      if (d) ctx.report(d);
    }
  },
});
