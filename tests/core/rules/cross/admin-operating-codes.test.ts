/** cross/admin-operating-codes: each code of a 机关运行经费 table (Jiangsu 公开11表) ≤ the same code of 基本支出. */
import type { Grid } from '../../../../src/core/grid';
import rule from '../../../../src/core/rules/cross/admin-operating-codes';
import { at, run, sheet } from '../../helpers';

// The published 中共江苏省委办公厅 2019 figures (万元): 302 商品和服务支出 2,232.91 in both tables.
const grid = (office = 450, extra?: [string, string, number]): Grid => ({
  sheets: [
    sheet('公开08表', [
      ['一般公共预算基本支出预算表（经济科目）'],
      ['部门：中共江苏省委办公厅', null, '单位：万元'],
      ['科目编码', '科目名称', '金额'],
      ['合计', null, 2682.91],
      ['302', '商品和服务支出', 2232.91],
      ['30201', '办公费', 450],
      ['30299', '其他商品和服务支出', 1782.91],
      ['303', '对个人和家庭的补助', 450],
      ['30302', '退休费', 450],
    ]),
    sheet('公开11表', [
      ['一般公共预算机关运行经费支出预算表'],
      ['部门：中共江苏省委办公厅', null, '单位：万元'],
      ['科目编码', '科目名称', '机关运行经费支出'],
      ['合计', null, office + 1782.91 + (extra?.[2] ?? 0)],
      ['302', '商品和服务支出', office + 1782.91],
      ['30201', '办公费', office],
      ['30299', '其他商品和服务支出', 1782.91],
      ...(extra ? [extra] : []),
    ]),
  ],
});
const show = (g: Grid) => run(rule, g).map((f) => `${f.messageId} ${at(f)}`);

test('valid: every 机关运行经费 code within 基本支出 (equal here, as published)', () => {
  expect(show(grid())).toEqual([]);
  expect(show(grid(400))).toEqual([]);
});
test('invalid: 办公费 460 where 基本支出 has 450 — at the 机关运行经费 cell, naming the 基本支出 cell', () => {
  const f = run(rule, grid(460));
  expect(f.map((x) => `${x.messageId} ${at(x)}`)).toEqual(['exceeds 公开11表!C5', 'exceeds 公开11表!C6']);
  expect(f[1].related).toEqual([{ sheet: '公开08表', cell: 'C6' }]);
  expect(f[1].message).toContain('30201 办公费');
});
test('invalid: a code 基本支出 does not have', () => {
  expect(show(grid(450, ['30211', '差旅费', 10]))).toEqual(['missing 公开11表!C8']);
});
