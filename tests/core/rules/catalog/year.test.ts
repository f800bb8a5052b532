/** catalog/year: a workbook outside the bundled catalogues' years is checked against the nearest, said once. */
import rule from '../../../../src/core/rules/catalog/year';
import { sheet } from '../../helpers';
import { runRule } from '../rule-tester';

const gpb = (year: number) => [
  sheet('表5', [
    [`${year}年部门一般公共预算支出功能分类预算表`],
    ['编制单位：某某局', null, null, '单位：万元'],
    ['功能分类科目编码', '功能分类科目名称', '合计'],
    ['合计', null, 10],
    ['201', '一般公共服务支出', 10],
  ]),
];

runRule(rule, {
  valid: [
    { name: 'a workbook of a bundled year', grid: gpb(2024), options: { year: 2024 } },
    { name: 'the year read from the titles', grid: gpb(2025) },
  ],
  invalid: [
    {
      name: 'newer than the newest catalogue',
      grid: gpb(2031),
      options: { year: 2031 },
      errors: [{ messageId: 'newer', at: null, severity: 'info', message: '本工作簿为2031年' }],
    },
    { name: 'older than the oldest', grid: gpb(2019), options: { year: 2019 }, errors: [{ messageId: 'older', at: null, message: '本工作簿为2019年' }] },
  ],
});
