/**
 * A Shanghai 单位预算 表1 splits 基本支出 into 人员经费 | 公用经费: its totals must agree with 表8 (when all money is
 * 一般公共预算) and each 类 line's 基本支出 with 表3. Small grids shaped like the real 2026 unit template.
 */
import type { Grid } from '../../../../src/core/grid';
import summaryBasic from '../../../../src/core/rules/cross/summary-basic';
import { at, run } from '../../helpers';
import { unitGrid } from '../unit-grid';

const show = (g: Grid, rule = summaryBasic) => run(rule, g).map((f) => `${f.messageId} ${at(f)} ${f.expected ?? ''}/${f.actual ?? ''}`);

describe('cross/summary-basic', () => {
  test('valid: 表1 人员经费 1,000 and 公用经费 200 = 表8; each 类 基本支出 = 表3', () => {
    expect(show(unitGrid())).toEqual([]);
  });
  test('invalid: 表8 人员经费 printed 1,100 where 表1 says 1,000 (all money 一般公共预算): at 表1, naming 表8', () => {
    const f = run(summaryBasic, unitGrid({ personnel8: 1100 }));
    expect(f.map((x) => `${x.messageId} ${at(x)} ${x.expected}/${x.actual}`)).toEqual(['mismatch 表1!E10 1100/1000']);
    expect(f[0].message).toContain('人员经费');
  });
  test('with 事业收入 too, 表8 may be smaller than 表1, never larger', () => {
    expect(show(unitGrid({ business: 500, personnel8: 900 }))).toEqual([]);
    expect(show(unitGrid({ business: 500, personnel8: 1100 }))).toEqual(['exceeds 表8!E10 1000/1100']);
  });
  test('invalid: a 类 line whose 基本支出 (人员 + 公用) differs from 表3', () => {
    expect(show(unitGrid({ basic3: 800 }))).toEqual(['mismatch 表1!E7 800/900']);
  });
});
