import Decimal from 'decimal.js';
import { formatAmount } from '../../money';
import type { Row } from '../../tables/types';
import { defineRule } from '../rule';
import { betweenWan, cellName, inWan } from '../support/amounts';
import { byCode, totalOrOnlyRow } from '../support/funding';
import { list, phrase } from '../../render';
import { tableLabel } from '../support/labels';
import { PHRASES, TERMS } from '../support/messages';

/** Each 三公 item and the 经济分类 款 that hold it in 基本支出. */
type ItemKey = keyof typeof TERMS.threePublic;
const ITEMS: { key: ItemKey; codes: string[] }[] = [
  { key: 'abroad', codes: ['30212'] },
  { key: 'reception', codes: ['30217'] },
  { key: 'vehicle.operation', codes: ['30231'] },
  { key: 'vehicle.purchase', codes: ['31013'] },
  // Printed beside the 三公 in Jiangsu's table (“三公”经费、会议费、培训费支出预算表).
  { key: 'meeting', codes: ['30215'] },
  { key: 'training', codes: ['30216'] },
];

/**
 * The 三公 figures include what 基本支出 spends on them: 基本支出表 30212 因公出国（境）费用 ≤ 因公出国（境）费, 30217
 * 公务接待费 ≤ 公务接待费, 30231 公务用车运行维护费 ≤ 公务用车运行费, 31013 公务用车购置 ≤ 公务用车购置费 (the rest of each
 * 三公 item is in 项目支出). Compared in 万元 with the rounding of the coarser table.
 */
export default defineRule({
  id: 'cross/three-public-economic',
  severity: 'error',
  title: { zh: '基本支出中的三公经费不超过三公经费表', en: '"Three public" spending in basic expenditure does not exceed the “three public” table' },
  messages: {
    exceeds: {
      zh: '{basic}中 {codes} 合计 {basicAmount} 万元，超过{three}“{item}” {threeAmount} 万元（多 {difference} 万元）：三公经费预算应包含基本支出中的这部分',
      en: '{basic} has {basicAmount} (10,000 yuan) under {codes}, more than {three} has for {item}, {threeAmount} (10,000 yuan), by {difference}: the “three public” budget includes this part of basic expenditure',
    },
  },
  check(ctx) {
    const three = ctx.rows('three-public');
    const basic = ctx.rows('gpb-basic');
    if (!three || !basic || basic.codeKind !== 'economic') return;
    const tr = totalOrOnlyRow(three);
    if (!tr) return;
    const rows = byCode(basic);
    const has = (k: string) => three.columns.some((c) => c.key === k);
    const items = has('vehicle.operation') || has('vehicle.purchase') ? ITEMS : [...ITEMS.slice(0, 2), { key: 'vehicle' as const, codes: ['30231', '31013'] }];
    for (const item of items) {
      const a = tr.amounts[item.key];
      if (!a || a.invalid) continue;
      const found = item.codes.map((c) => rows.get(c)).filter((r): r is Row => !!r && !!r.amounts.total && !r.amounts.total.invalid);
      if (found.length === 0) continue;
      let b = new Decimal(0);
      for (const r of found) b = b.plus(inWan(r.amounts.total, basic).value ?? 0);
      const t = inWan(a, three);
      const tv = t.value ?? new Decimal(0);
      const diff = b.minus(tv);
      // The rounding intervals of the 三公 figure and of each 基本支出 figure added (each its own, in 万元).
      const tol = betweenWan(
        { amount: a, table: three },
        found.map((r) => ({ amount: r.amounts.total, table: basic })),
      );
      if (diff.lte(tol)) continue;
      ctx.report({
        messageId: 'exceeds',
        at: a.cell,
        related: found.map((r) => r.amounts.total.cell),
        table: three,
        category: 'mismatch',
        decimals: 2,
        data: {
          basic: tableLabel(basic),
          codes: list(found.map((r) => phrase(PHRASES.codeNameCell, { code: r.code ?? '', name: r.name, cell: cellName(r.amounts.total.cell) }))),
          basicAmount: formatAmount(b),
          three: tableLabel(three),
          item: TERMS.threePublic[item.key],
          threeAmount: formatAmount(tv),
          difference: formatAmount(diff),
        },
        expected: `≤ ${formatAmount(tv)}`,
        actual: formatAmount(b),
      });
    }
  },
});
