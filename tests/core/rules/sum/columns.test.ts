import rule from '../../../../src/core/rules/sum/columns';
import { at, mendedGrid, run, setCell } from '../../helpers';

describe('sum/columns — 合计 = 基本 + 项目, 基本 = 人员 + 公用, 本年收入 = Σ 来源, 三公 合计 = 出国 + 接待 + 用车', () => {
  test('valid', async () => {
    expect(run(rule, await mendedGrid())).toEqual([]);
  });
  test('invalid: 基本支出 ≠ 人员经费 + 公用经费 on a row of 附表-5', async () => {
    const f = run(rule, setCell(await mendedGrid(), '附表5', 'F17', 20.57));
    // 214 row: 基本支出·小计 D17 no longer equals 人员 + 公用
    expect(f.map(at)).toEqual(['附表5!D17']);
    expect(f[0].related).toEqual([
      { sheet: '附表5', cell: 'E17' },
      { sheet: '附表5', cell: 'F17' },
    ]);
  });
  test('invalid: 收入总表 本年收入小计 ≠ Σ sources', async () => {
    const f = run(rule, setCell(await mendedGrid(), '附表2', 'K8', 5));
    expect(f.map(at)).toEqual(['附表2!D8']);
  });
  test('invalid: 三公 公务用车 小计 ≠ 购置 + 运行, and 合计 ≠ 出国 + 用车 + 接待', async () => {
    const g = setCell(await mendedGrid(), '附表7', 'E6', 2);
    expect(run(rule, g).map(at)).toEqual(['附表7!C6']);
    const g2 = setCell(await mendedGrid(), '附表7', 'F6', 0.5);
    expect(run(rule, g2).map(at)).toEqual(['附表7!A6']);
  });
  test('invalid: 项目支出表 合计 ≠ Σ 资金来源 on a project row', async () => {
    const f = run(rule, setCell(await mendedGrid(), '附表9', 'D6', 20));
    expect(f.map(at)).toEqual(['附表9!C6']);
  });
});
