import Decimal from 'decimal.js';
import { formatAmount } from '../../money';
import { defineRule } from '../rule';
import { betweenWan, cellName, inWan } from '../support/amounts';
import { totalOrOnlyRow, totalRow } from '../support/funding';
import { tableLabel } from '../support/labels';

/**
 * 机关运行经费 (as printed beside the 三公, Shanghai 表9) is the 日常公用经费 of 行政单位 and 参公事业单位 paid from
 * 一般公共预算 基本支出: it cannot exceed the 公用经费 of the 一般公共预算基本支出表. It equals it only when every unit
 * of the department is 行政 or 参公 (AuditOptions.adminOnly, CLI --admin-only); with 事业单位 among the units a smaller
 * figure is normal and not a finding.
 */
export default defineRule({
  id: 'cross/admin-operating',
  severity: 'error',
  title: { zh: '机关运行经费与基本支出公用经费相符', en: 'Administrative operating costs agree with basic public expenditure' },
  messages: {
    exceeds: {
      zh: '{three}“机关运行经费”为 {actual} 万元，超过{basic}公用经费 {expected} 万元（{cell}）：机关运行经费只是其中行政单位和参公单位的日常公用经费',
      en: '{three}: administrative operating costs of {actual} (10,000 yuan) exceed the public costs of {basic}, {expected} (10,000 yuan, {cell}): they are only the part of them spent by administrative units',
    },
    differs: {
      zh: '{three}“机关运行经费”为 {actual} 万元，与{basic}公用经费 {expected} 万元（{cell}）不一致：各单位均为行政单位或参公事业单位时两者应相等',
      en: '{three}: administrative operating costs of {actual} (10,000 yuan) differ from the public costs of {basic}, {expected} (10,000 yuan, {cell}): when every unit is administrative they are equal',
    },
  },
  check(ctx) {
    const three = ctx.rows('three-public');
    const basic = ctx.rows('gpb-basic');
    if (!three || !basic) return;
    const tr = totalOrOnlyRow(three);
    const br = totalRow(basic);
    const a = tr?.amounts['admin-operating'];
    const p = br?.amounts.public;
    if (!a || !p || a.value === null || p.value === null || a.invalid || p.invalid) return;
    const av = inWan(a, three);
    const pv = inWan(p, basic);
    const diff = (av.value as Decimal).minus(pv.value as Decimal);
    // The two figures' rounding intervals, each its own (in 万元).
    const tol = betweenWan({ amount: a, table: three }, { amount: p, table: basic });
    const exceeds = diff.gt(tol);
    if (!exceeds && !(ctx.options.adminOnly && diff.abs().gt(tol))) return;
    ctx.report({
      messageId: exceeds ? 'exceeds' : 'differs',
      at: a.cell,
      related: [p.cell],
      table: three,
      category: 'mismatch',
      data: {
        three: tableLabel(three),
        basic: tableLabel(basic),
        cell: cellName(p.cell),
        actual: formatAmount(av.value as Decimal),
        expected: formatAmount(pv.value as Decimal),
      },
      expected: exceeds ? `≤ ${formatAmount(pv.value as Decimal)}` : formatAmount(pv.value as Decimal),
      actual: formatAmount(av.value as Decimal),
      difference: formatAmount(diff),
    });
  },
});
