/** sum/fund-columns: a 财政拨款收支总表 printed per fund — on every line 合计 = 一般公共预算 + 政府性基金 + 国有资本经营. */
import type { GridSheet } from '../../../../src/core/grid';
import rule from '../../../../src/core/rules/sum/fund-columns';
import { sheet } from '../../helpers';
import { runRule } from '../rule-tester';

/** Shanghai 表4 shape (元): income lines with one amount, spending lines by fund. */
function fiscal(o: { total201?: number | null; fund201?: number } = {}): GridSheet[] {
  const fund201 = o.fund201 ?? 0;
  return [
    sheet('表4', [
      ['2025年部门财政拨款收支预算总表'],
      ['编制单位：某某局', null, null, null, null, '单位：元'],
      ['财政拨款收入', null, '财政拨款支出'],
      ['项目', '预算数', '项目', '合计', '一般公共预算', '政府性基金预算', '国有资本经营预算'],
      ['一、本年收入', 1500, '一、本年支出', 1500, 1000, 500, 0],
      ['1、一般公共预算资金', 1000, '一般公共服务支出', o.total201 === undefined ? 1000 + fund201 : o.total201, 1000, fund201, 0],
      ['2、政府性基金', 500, '城乡社区支出', 500 - fund201, 0, 500 - fund201, 0],
      ['3、国有资本经营预算', 0],
      ['收入总计', 1500, '支出总计', 1500, 1000, 500, 0],
    ]),
  ];
}

runRule(rule, {
  valid: [
    { name: 'each line adds up across the funds', grid: fiscal() },
    { name: 'a fund split between two classes', grid: fiscal({ fund201: 200 }) },
  ],
  invalid: [
    {
      name: '一般公共服务支出 合计 short of its funds: at the 合计 cell',
      grid: fiscal({ total201: 900 }),
      errors: [
        { messageId: 'mismatch', at: '表4!D6', related: ['表4!E6', '表4!F6', '表4!G6'], message: '一般公共预算、政府性基金预算、国有资本经营预算合计为 1000' },
      ],
    },
    {
      name: 'a blank 合计 while the funds hold money',
      grid: fiscal({ total201: null }),
      errors: [{ messageId: 'blank', at: '表4!D6' }],
    },
  ],
});
