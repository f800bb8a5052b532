/**
 * Mixed precision in one table: the rounding interval belongs to each figure as printed (XBRL Calculations 1.1), not
 * to the table. A figure shown with d decimals stands for ±½·10⁻ᵈ; a figure in 元 shown to the 分 is exact. Real
 * tables in 元 print most figures whole and a few with 分, and 万元 tables mix 2-decimal and whole figures: one figure
 * with 分 must not make the whole-元 figures beside it exact (a false error), nor a whole figure widen an exact one.
 */
import { audit } from '../../../src/core/audit';
import type { CellValue, Grid } from '../../../src/core/grid';
import totalRow from '../../../src/core/rules/sum/total-row';
import projectTotal from '../../../src/core/rules/cross/project-total';
import { at, sheet } from '../helpers';

const CENTS = '#,##0.00';
const WHOLE = '#,##0';

type Fig = [number | string, string | null];

/** A 支出总表 with one amount column: 合计 over 201 and 208, each figure with its own number format. */
function summary(unit: '元' | '万元', total: Fig, p201: Fig, p208: Fig): Grid {
  const rows: CellValue[][] = [
    ['2024年部门支出总表'],
    [`单位：${unit}`],
    ['科目编码', '科目名称', '合计'],
    ['合计', null, total[0]],
    ['201', '一般公共服务支出', p201[0]],
    ['208', '社会保障和就业支出', p208[0]],
  ];
  const s = sheet('支出总表', rows);
  s.numFmts = rows.map((r, i) => r.map((_, j) => (j === 2 && i >= 3 ? [total, p201, p208][i - 3][1] : null)));
  return { sheets: [s] };
}

const sums = (g: Grid) => audit(g, { ruleSet: [totalRow] }).findings;

describe('sum rules: the interval of each figure as printed', () => {
  test('元: a 合计 of 1,000.40 (with 分) over 600 and 400 in whole 元 is a 尾差, not an error', () => {
    const f = sums(summary('元', [1000.4, CENTS], [600, WHOLE], [400, WHOLE]));
    expect(f.map((x) => `${x.rule} ${x.severity} ${at(x)}`)).toEqual(['sum/total-row warning 支出总表!C4']);
    expect(f[0].category).toBe('rounding');
    // 1,000.40 is exact; 600 and 400 each stand for ±0.5 元: the interval is ±1.
    expect(f[0].data?.tolerance).toBe('1.00');
    expect([f[0].expected, f[0].actual, f[0].difference]).toEqual(['1000.00', '1000.40', '0.40']);
    expect(f[0].message).toContain('舍位误差范围（±1.00）');
  });
  test('元: the same with a gap of 1.40 is an error', () => {
    const f = sums(summary('元', [1001.4, CENTS], [600, WHOLE], [400, WHOLE]));
    expect(f.map((x) => `${x.severity} ${x.category} ${at(x)}`)).toEqual(['error mismatch 支出总表!C4']);
    expect(f[0].difference).toBe('1.40');
  });
  test('元: every figure to the 分 is exact — a gap of 0.01 is an error', () => {
    const f = sums(summary('元', [1000.01, CENTS], [600.25, CENTS], [399.75, CENTS]));
    expect(f.map((x) => `${x.severity} ${x.category} ${at(x)}`)).toEqual(['error mismatch 支出总表!C4']);
    expect(f[0].difference).toBe('0.01');
  });
  test('元: whole figures throughout keep ½·(n+1) — a gap of 1 元 over two parts is a 尾差, 2 元 an error', () => {
    expect(sums(summary('元', [1001, WHOLE], [600, WHOLE], [400, WHOLE])).map((x) => x.severity)).toEqual(['warning']);
    expect(sums(summary('元', [1002, WHOLE], [600, WHOLE], [400, WHOLE])).map((x) => x.severity)).toEqual(['error']);
  });
  test('万元: a whole part beside 2-decimal figures widens the interval by its own ±0.5 only', () => {
    // 100.50 and 40.30 stand for ±0.005, 60 for ±0.5: ±0.51 in all.
    const f = sums(summary('万元', [100.5, CENTS], [60, WHOLE], [40.3, CENTS]));
    expect(f.map((x) => `${x.severity} ${x.category} ${at(x)}`)).toEqual(['warning rounding 支出总表!C4']);
    expect(f[0].data?.tolerance).toBe('0.51');
    expect(f[0].difference).toBe('0.20');
    const g = sums(summary('万元', [100.9, CENTS], [60, WHOLE], [40.3, CENTS]));
    expect(g.map((x) => `${x.severity} ${x.category}`)).toEqual(['error mismatch']);
  });
  test('万元: 2 decimals throughout keep ½·10⁻²·(n+1) — 0.01 is a 尾差, 0.02 an error', () => {
    expect(sums(summary('万元', [100.31, CENTS], [60, CENTS], [40.3, CENTS])).map((x) => x.severity)).toEqual(['warning']);
    expect(sums(summary('万元', [100.32, CENTS], [60, CENTS], [40.3, CENTS])).map((x) => x.severity)).toEqual(['error']);
  });
  test('a total printed "-" is nothing: it does not borrow ±0.5 from showing no decimals', () => {
    const f = sums(summary('万元', ['-', null], [0.2, CENTS], [0.2, CENTS]));
    expect(f.map((x) => `${x.severity} ${x.category}`)).toEqual(['error mismatch']);
  });
});

/** 支出总表 (元): 合计 | 基本支出 | 项目支出, and a 项目支出表 (元) of two projects, each figure with its own format. */
function withProjects(projectTotalFig: Fig, projects: [Fig, Fig], summaryProject: Fig): Grid {
  const exp: CellValue[][] = [
    ['2024年部门支出总表'],
    ['单位：元'],
    ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
    ['合计', null, 500.4 + Number(summaryProject[0]), 500.4, summaryProject[0]],
    ['201', '一般公共服务支出', 500.4 + Number(summaryProject[0]), 500.4, summaryProject[0]],
  ];
  const e = sheet('支出总表', exp);
  e.numFmts = exp.map((r, i) => r.map((_, j) => (i < 3 || j < 2 ? null : j === 4 ? summaryProject[1] : CENTS)));
  const proj: CellValue[][] = [
    ['2024年部门项目支出表'],
    ['单位：元'],
    ['项目名称', '功能科目编码', '合计'],
    ['合计', null, projectTotalFig[0]],
    ['政务信息化运维', '2010301', projects[0][0]],
    ['档案数字化', '2010301', projects[1][0]],
  ];
  const p = sheet('项目支出表', proj);
  p.numFmts = proj.map((r, i) => r.map((_, j) => (j === 2 && i >= 3 ? [projectTotalFig, ...projects][i - 3][1] : null)));
  return { sheets: [e, p] };
}

describe('cross-table rules: the interval of each figure as printed', () => {
  const cross = (g: Grid) => audit(g, { ruleSet: [projectTotal] }).findings;
  test('项目支出表 合计 1,000.40 (with 分) against 支出总表 项目支出 1,000 in whole 元 is a 尾差, not an error', () => {
    const f = cross(
      withProjects(
        [1000.4, CENTS],
        [
          [600.4, CENTS],
          [400, WHOLE],
        ],
        [1000, WHOLE],
      ),
    );
    expect(f.map((x) => `${x.rule} ${x.severity} ${x.category} ${at(x)}`)).toEqual(['cross/project-total warning rounding 项目支出表!C4']);
    expect(f[0].difference).toBe('0.40');
  });
  test('the same with a gap of 1.40 is an error', () => {
    const f = cross(
      withProjects(
        [1001.4, CENTS],
        [
          [601.4, CENTS],
          [400, WHOLE],
        ],
        [1000, WHOLE],
      ),
    );
    expect(f.map((x) => `${x.severity} ${x.category} ${at(x)}`)).toEqual(['error mismatch 项目支出表!C4']);
  });
  test('both figures to the 分 are exact: a gap of 0.40 is an error', () => {
    const f = cross(
      withProjects(
        [1000.4, CENTS],
        [
          [600.4, CENTS],
          [400, WHOLE],
        ],
        [1000, CENTS],
      ),
    );
    expect(f.map((x) => `${x.severity} ${x.category}`)).toEqual(['error mismatch']);
  });
});
