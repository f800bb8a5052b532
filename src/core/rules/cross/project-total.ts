import { defineRule } from '../rule';
import { compareEqual } from '../support/amounts';
import { totalRow } from '../support/funding';
import { cellOf, inTable, tableLabel } from '../support/labels';
import { EQUAL_MESSAGES, TERMS } from '../support/messages';

/** 项目支出表 合计 = 支出总表 项目支出; its 一般公共预算 column = 一般公共预算支出表 项目支出. */
export default defineRule({
  id: 'cross/project-total',
  severity: 'error',
  title: { zh: '项目支出表与支出总表项目支出一致', en: 'Project table agrees with the expenditure summary' },
  messages: EQUAL_MESSAGES,
  check(ctx) {
    const proj = ctx.rows('project');
    if (!proj) return;
    const pt = totalRow(proj);
    if (!pt) return;
    const exp = ctx.rows('expenditure-summary');
    const et = exp ? totalRow(exp) : undefined;
    if (exp && et && pt.amounts.total && et.amounts.project) {
      const d = compareEqual({
        a: pt.amounts.total,
        aTable: proj,
        b: et.amounts.project,
        bTable: exp,
        subject: inTable(tableLabel(proj), TERMS.total),
        reference: cellOf(tableLabel(exp), TERMS.totalRow, TERMS.columns.project),
      });
      if (d) ctx.report(d);
    }
    const gpb = ctx.rows('gpb-expenditure');
    const gt = gpb ? totalRow(gpb) : undefined;
    if (gpb && gt && pt.amounts['src.gpb'] && gt.amounts.project) {
      const d = compareEqual({
        a: pt.amounts['src.gpb'],
        aTable: proj,
        b: gt.amounts.project,
        bTable: gpb,
        subject: cellOf(tableLabel(proj), TERMS.total, TERMS.columns.gpb),
        reference: cellOf(tableLabel(gpb), TERMS.totalRow, TERMS.columns.project),
      });
      if (d) ctx.report(d);
    }
  },
});
