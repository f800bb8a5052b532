/** cross/use-totals: spending by use in the summaries (Jiangsu 公开01/04表) against the expenditure tables. */
import type { Grid } from '../../../../src/core/grid';
import rule from '../../../../src/core/rules/cross/use-totals';
import { at, clone, run, sheet } from '../../helpers';
import { swbgtCore } from '../../jiangsu-core-grid';

const fiscalTables = (basic = 11700.63, total = 27664.22): Grid['sheets'] => [
  sheet('公开05表', [
    ['财政拨款支出预算表（功能科目）'],
    ['部门：中共江苏省委办公厅', null, '单位：万元'],
    ['功能科目编码', '功能科目名称', '金额'],
    ['合计', null, total],
    ['201', '一般公共服务支出', total],
  ]),
  sheet('公开06表', [
    ['财政拨款基本支出预算表（经济科目）'],
    ['部门：中共江苏省委办公厅', null, '单位：万元'],
    ['科目编码', '科目名称', '金额'],
    ['合计', null, basic],
    ['301', '工资福利支出', basic],
  ]),
  sheet('公开07表', [
    ['一般公共预算支出预算表（功能科目）'],
    ['部门：中共江苏省委办公厅', null, '单位：万元'],
    ['功能科目编码', '功能科目名称', '金额'],
    ['合计', null, total],
    ['201', '一般公共服务支出', total],
  ]),
  sheet('公开08表', [
    ['一般公共预算基本支出预算表（经济科目）'],
    ['部门：中共江苏省委办公厅', null, '单位：万元'],
    ['科目编码', '科目名称', '金额'],
    ['合计', null, basic],
    ['301', '工资福利支出', basic],
  ]),
];
const show = (g: Grid) => run(rule, g).map((f) => `${f.messageId} ${at(f)} ${f.expected}/${f.actual}`);

test('valid: the published uses agree with 支出预算总表 and the 财政拨款 / 一般公共预算 tables', () => {
  const g = swbgtCore();
  g.sheets.push(...fiscalTables());
  expect(show(g)).toEqual([]);
});
test('invalid: 财政拨款基本支出表 and 一般公共预算基本支出表 合计 differing from 公开04表 基本支出', () => {
  const g = swbgtCore();
  g.sheets.push(...fiscalTables(11600.63));
  expect(show(g)).toEqual(['mismatch 公开04表!D7 11600.63/11700.63', 'mismatch 公开04表!D7 11600.63/11700.63']);
});
test('invalid: 支出预算总表 项目支出 differing from 公开01表', () => {
  const g = clone(swbgtCore());
  g.sheets[2].rows[4][2] = 13000;
  expect(show(g)).toEqual(['mismatch 公开01表!F8 13000.00/13025.38']);
});
