import rule from '../../../../src/core/rules/sum/sides';
import type { GridSheet } from '../../../../src/core/grid';
import { at, mendedGrid, run, setCell, sheet } from '../../helpers';
import { findingsOf, runRule } from '../rule-tester';

describe('sum/sides — 收支总表 / 财政拨款收支总表 add up and balance', () => {
  test('valid', async () => {
    expect(run(rule, await mendedGrid())).toEqual([]);
  });
  test('invalid: an income source changed breaks 本年收入合计', async () => {
    const f = run(rule, setCell(await mendedGrid(), '附表1', 'B10', '3.00'));
    expect(f.map(at)).toEqual(['附表1!B30']);
  });
  test('invalid: 收入总计 ≠ 本年收入合计 + 上年结转, and then 支出总计 ≠ 收入总计', async () => {
    const f = run(rule, setCell(await mendedGrid(), '附表1', 'B32', '1,215.56'));
    expect(f.map(at).sort()).toEqual(['附表1!B32', '附表1!D32']);
  });
  test('invalid: a class in 财政拨款收支总表 breaks 本年支出', async () => {
    const f = run(rule, setCell(await mendedGrid(), '附表4', 'D22', 39.42));
    expect(f.map(at)).toEqual(['附表4!D6']);
  });
});

/**
 * A 财政拨款收支总表 printed per fund (Shanghai 表4: 合计 | 一般公共预算 | 政府性基金预算 | 国有资本经营预算): a fund column
 * that does not add up is named by its header as printed, in both languages — never by the key the reader gives it.
 */
function perFund(o: { gpb201?: number } = {}): GridSheet[] {
  return [
    sheet('表4', [
      ['2025年部门财政拨款收支预算总表'],
      ['编制单位：某某局', null, null, null, null, '单位：元'],
      ['财政拨款收入', null, '财政拨款支出'],
      ['项目', '预算数', '项目', '合计', '一般公共预算', '政府性基金预算', '国有资本经营预算'],
      ['一、本年收入', 1500, '一、本年支出', 1500, 1000, 500, 0],
      ['1、一般公共预算资金', 1000, '一般公共服务支出', 1000, o.gpb201 ?? 1000, 0, 0],
      ['2、政府性基金', 500, '城乡社区支出', 500, 0, 500, 0],
      ['3、国有资本经营预算', 0],
      ['收入总计', 1500, '支出总计', 1500, 1000, 500, 0],
    ]),
  ];
}

runRule(rule, {
  valid: [{ name: 'a summary printed per fund that adds up', grid: perFund() }],
  invalid: [
    {
      name: 'the 一般公共预算 column of the classes short of 本年支出: named by its printed header',
      grid: perFund({ gpb201: 900 }),
      errors: [{ messageId: 'mismatch', at: '表4!E5', message: '本年支出·一般公共预算为 1000' }],
    },
  ],
});

describe('sum/sides names a fund column by its header in English too', () => {
  test('no internal column key (gpb) in either language', () => {
    const { zh, en } = findingsOf(rule, { grid: perFund({ gpb201: 900 }) });
    expect(zh.map((f) => f.message)).toEqual([expect.stringContaining('本年支出·一般公共预算为 1000')]);
    expect(en.map((f) => f.message)).toEqual([expect.stringContaining('本年支出 · 一般公共预算 is 1000')]);
    for (const f of [...zh, ...en]) expect(f.message).not.toMatch(/\bgpb\b/);
  });
});
