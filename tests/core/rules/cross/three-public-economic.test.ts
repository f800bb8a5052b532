/** cross/three-public-economic: what 基本支出 spends on a 三公 item (its 经济分类 款) is within the 三公 figure. */
import rule from '../../../../src/core/rules/cross/three-public-economic';
import { runRule } from '../rule-tester';
import { threePublicSheets } from '../three-public-grid';

runRule(rule, {
  valid: [
    { name: '基本支出 spends less on each item than the 三公 table budgets', grid: threePublicSheets() },
    { name: 'equal figures', grid: threePublicSheets({ basicReception: 1.35, basicVehicle: 21.56 }) },
    { name: 'within one rounding step of the two figures', grid: threePublicSheets({ basicReception: 1.36 }) },
  ],
  invalid: [
    {
      name: '30217 公务接待费 above the 三公 公务接待费: at the 三公 cell, naming the 基本支出 cell',
      grid: threePublicSheets({ basicReception: 1.5 }),
      errors: [{ messageId: 'exceeds', at: '表9!C6', related: ['表8!C8'], message: '30217 公务接待费（表8!C8） 合计 1.50 万元' }],
    },
    {
      name: '30231 公务用车运行维护费 above 运行费',
      grid: threePublicSheets({ basicVehicle: 22.5 }),
      errors: [{ messageId: 'exceeds', at: '表9!F6', related: ['表8!C9'] }],
    },
  ],
});
