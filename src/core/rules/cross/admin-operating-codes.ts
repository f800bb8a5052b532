import Decimal from 'decimal.js';
import { formatAmount } from '../../money';
import { defineRule } from '../rule';
import { betweenWan, cellName, inWan } from '../support/amounts';
import { byCode } from '../support/funding';
import { phrase } from '../../render';
import { inTable, tableLabel } from '../support/labels';
import { PHRASES } from '../support/messages';

/**
 * A 机关运行经费 table by 经济分类 (Jiangsu 公开11表): 机关运行经费 is part of 一般公共预算 基本支出, so each of its codes may
 * not exceed the same code in the 一般公共预算基本支出表 (it may be less: 事业单位 spend 公用经费 too).
 */
export default defineRule({
  id: 'cross/admin-operating-codes',
  severity: 'error',
  title: { zh: '机关运行经费各科目不超过基本支出', en: 'Administrative operating costs do not exceed basic expenditure, code by code' },
  messages: {
    exceeds: {
      zh: '{subject}为 {actual}，超过{reference}（{refCell}）的 {expected}：机关运行经费是一般公共预算基本支出的一部分',
      en: '{subject} is {actual}, more than {reference} ({refCell}) at {expected}: administrative operating costs are part of basic expenditure',
    },
    missing: {
      zh: '{subject}为 {actual}，但{reference}没有这一科目：机关运行经费是一般公共预算基本支出的一部分',
      en: '{subject} is {actual}, but {reference} has no such code: administrative operating costs are part of basic expenditure',
    },
  },
  check(ctx) {
    const admin = ctx.rows('admin-operating');
    const basic = ctx.rows('gpb-basic');
    if (!admin || !basic || basic.codeKind !== 'economic' || !basic.rows.some((r) => r.code)) return;
    const rows = byCode(basic);
    for (const r of admin.rows) {
      const a = r.amounts.total;
      if (!r.code || !a || a.invalid || a.value === null || a.value.isZero()) continue;
      const subject = inTable(tableLabel(admin), phrase(PHRASES.codeName, { code: r.code, name: r.name }));
      const b = rows.get(r.code)?.amounts.total;
      if (!b) {
        ctx.report({ messageId: 'missing', at: a.cell, table: admin, data: { subject, reference: tableLabel(basic) }, actual: a.value });
        continue;
      }
      if (b.invalid) continue;
      const av = inWan(a, admin);
      const bv = inWan(b, basic);
      const diff = (av.value ?? new Decimal(0)).minus(bv.value ?? new Decimal(0));
      // Beyond what the two figures' rounding intervals allow (each its own, in 万元).
      const tol = betweenWan({ amount: a, table: admin }, { amount: b, table: basic });
      if (diff.lte(tol)) continue;
      ctx.report({
        messageId: 'exceeds',
        at: a.cell,
        related: [b.cell],
        table: admin,
        data: { subject, reference: inTable(tableLabel(basic), r.code), refCell: cellName(b.cell) },
        expected: `≤ ${formatAmount(b.value ?? new Decimal(0), basic.decimals)}`,
        actual: a.value,
      });
    }
  },
});
