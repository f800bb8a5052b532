/** cross/admin-operating: 机关运行经费 ≤ 基本支出 公用经费 (= when every unit is 行政 or 参公, --admin-only). */
import rule from '../../../../src/core/rules/cross/admin-operating';
import { runRule } from '../rule-tester';
import { threePublicSheets } from '../three-public-grid';

// 公用经费 of the 基本支出表 is 100.00 万元 (1.20 + 20 + 78.80).
runRule(rule, {
  valid: [
    { name: '机关运行经费 below 公用经费 (事业单位 among the units)', grid: threePublicSheets({ adminOperating: 90 }) },
    { name: 'equal to 公用经费', grid: threePublicSheets({ adminOperating: 100 }) },
    { name: 'equal, every unit administrative', grid: threePublicSheets({ adminOperating: 100 }), options: { adminOnly: true } },
    { name: 'one step above, within the figures’ rounding', grid: threePublicSheets({ adminOperating: 100.01 }) },
  ],
  invalid: [
    {
      name: 'above 公用经费: at the 机关运行经费 cell',
      grid: threePublicSheets({ adminOperating: 120 }),
      errors: [{ messageId: 'exceeds', at: '表9!G6', related: ['表8!E4'], severity: 'error', message: '“机关运行经费”为 120.00 万元' }],
    },
    {
      name: 'below 公用经费 when every unit is administrative',
      grid: threePublicSheets({ adminOperating: 90 }),
      options: { adminOnly: true },
      errors: [{ messageId: 'differs', at: '表9!G6', related: ['表8!E4'] }],
    },
  ],
});
