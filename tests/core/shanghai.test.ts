/**
 * The Shanghai layout (上海市普陀区万里街道 2025 部门预算, built from the published PDF text in
 * tests/fixtures/shanghai-workbook.ts): detected as such, read without a false error, and its own relations checked
 * (财政拨款 by fund, 三公 ↔ 经济分类, 机关运行经费 ↔ 公用经费, 元 tables against the 万元 三公 table).
 */
import { audit } from '../../src/core/audit';
import threePublicEconomic from '../../src/core/rules/cross/three-public-economic';
import type { Grid } from '../../src/core/grid';
import type { Finding } from '../../src/core/report';
import { workbookToGrid } from '../../src/cli/xlsx';
import { buildShanghaiOneSheet, buildShanghaiWorkbook } from '../fixtures/shanghai-workbook';
import { at, clone, getCell, setCell } from './helpers';

let base: Grid;
beforeAll(async () => {
  base = await workbookToGrid(buildShanghaiWorkbook().workbook);
});
const grid = () => clone(base);

/** The published 1 元 gap: 21201 城乡社区管理事务 prints 94,995,790 where its 项 (and 基本 + 项目) give 94,995,789. */
function mend(g: Grid): Grid {
  for (const [sheet, cells] of [
    ['表2', ['E55', 'F55']],
    ['表3', ['E55']],
    ['表5', ['E64']],
  ] as const) {
    for (const c of cells) {
      expect(getCell(g, sheet, c)).toBe(94995790);
      setCell(g, sheet, c, 94995789);
    }
  }
  return g;
}

/** The 0-based row of a sheet whose first cells are these code parts ("302", "17"). */
function rowOf(g: Grid, sheet: string, ...parts: string[]): number {
  const s = g.sheets.find((x) => x.name === sheet)!;
  const i = s.rows.findIndex((r) => parts.every((p, j) => String(r[j] ?? '').trim() === p));
  expect(i).toBeGreaterThanOrEqual(0);
  return i;
}

const errors = (fs: Finding[]) => fs.filter((f) => f.severity === 'error');
const describeF = (f: Finding) => `${f.rule} ${at(f)} ${f.message}`;

describe('Shanghai layout: the published workbook', () => {
  test('is detected as the Shanghai layout, with the titles that told it', () => {
    const r = audit(grid());
    expect(r.layout.id).toBe('shanghai');
    expect(r.layout.source).toBe('detected');
    expect(r.layout.evidence.join(' ')).toContain('财务收支预算总表');
    expect(r.unrecognized).toEqual([]);
    expect(r.tables.map((t) => `${t.sheet}:${t.kind}:${t.unit}`)).toEqual([
      '表1:income-expenditure-summary:元',
      '表2:income-summary:元',
      '表3:expenditure-summary:元',
      '表4:fiscal-summary:元',
      '表5:gpb-expenditure:元',
      '表6:gov-fund:元',
      '表7:soe-expenditure:元',
      '表8:gpb-basic:元',
      '表9:three-public:万元',
    ]);
    expect(r.tables.every((t) => t.org === '上海市普陀区人民政府万里街道办事处')).toBe(true);
  });

  test('no error; the only warnings are the 尾差 of the published 1 元 gap at 21201 城乡社区管理事务', () => {
    const r = audit(grid());
    expect(errors(r.findings).map(describeF)).toEqual([]);
    expect(r.findings.length).toBeGreaterThan(0);
    for (const f of r.findings) {
      expect(f.category).toBe('rounding');
      expect(f.message).toMatch(/212 城乡社区支出|21201 城乡社区管理事务/);
      expect(f.difference).toMatch(/^-?1$/);
    }
    // The 舍位平衡 advice names the row that is out of step.
    expect(r.findings.find((f) => at(f) === '表3!E54')?.suggestion?.text).toContain('21201 城乡社区管理事务');
  });

  test('with the gap closed there is nothing to report, whatever the tables are in (元 and 万元 mixed)', () => {
    const r = audit(mend(grid()));
    expect(r.findings.map(describeF)).toEqual([]);
  });

  test('all nine tables stacked on one sheet give the same findings', async () => {
    const one = await workbookToGrid(buildShanghaiOneSheet().workbook);
    const a = audit(grid())
      .findings.map((f) => `${f.rule}|${f.severity}|${f.table}|${f.expected}|${f.actual}`)
      .sort();
    const b = audit(one)
      .findings.map((f) => `${f.rule}|${f.severity}|${f.table}|${f.expected}|${f.actual}`)
      .sort();
    expect(b).toEqual(a);
    expect(audit(one).layout.id).toBe('shanghai');
  });

  test('read as the 财政部 layout on request: the layout is reported as chosen and its missing tables are named', () => {
    const r = audit(mend(grid()), { layout: 'standard' });
    expect(r.layout).toMatchObject({ id: 'standard', source: 'option' });
    expect(r.findings.filter((f) => f.rule === 'meta/required-tables').map((f) => f.message)).toEqual([expect.stringContaining('附表-9 项目支出表')]);
    // In the 财政部 layout every table shares one unit: 表9 in 万元 is pointed out.
    expect(r.findings.some((f) => f.rule === 'meta/unit' && at(f).startsWith('表9'))).toBe(true);
  });

  test('a missing table is named as the Shanghai layout names it', () => {
    const g = mend(grid());
    g.sheets = g.sheets.filter((s) => s.name !== '表7');
    const r = audit(g);
    expect(r.findings.map((f) => f.message)).toEqual([expect.stringContaining('表7 国有资本经营预算支出功能分类预算表')]);
  });
});

describe('Shanghai layout: its own relations', () => {
  test('财政拨款收支预算总表: 合计 ≠ 一般公共预算 + 政府性基金 + 国有资本经营 on a line is an error at that 合计', () => {
    const g = mend(grid());
    const r0 = rowOf(g, '表4', '一、一般公共预算资金');
    expect(getCell(g, '表4', `C${r0 + 1}`)).toBe('一、一般公共服务支出');
    setCell(g, '表4', `G${r0 + 1}`, 100000); // 国有资本经营预算 column of 一般公共服务支出
    const r = audit(g);
    const f = r.findings.filter((x) => x.rule === 'sum/fund-columns');
    expect(f.map(at)).toEqual([`表4!D${r0 + 1}`]);
    expect(f[0].expected).toBe('3396600');
    // The soe column now claims money no 国有资本经营预算支出表 line holds: found by the class comparison too.
    expect(r.findings.some((x) => x.rule === 'cross/class-amounts' && at(x) === `表4!G${r0 + 1}`)).toBe(true);
  });

  test('财政拨款收支预算总表 一般公共预算 column of a class ≠ 一般公共预算支出表: error at that cell', () => {
    const g = mend(grid());
    const r0 = rowOf(g, '表4', '一、一般公共预算资金');
    setCell(g, '表4', `E${r0 + 1}`, 3296601);
    setCell(g, '表4', `D${r0 + 1}`, 3296601);
    const r = audit(g);
    expect(r.findings.filter((x) => x.rule === 'cross/class-amounts').map(at)).toContain(`表4!E${r0 + 1}`);
  });

  test('财务收支预算总表: 一、财政拨款收入 must equal its 1./2./3. lines, and is counted once in 收入总计', () => {
    const g = mend(grid());
    const r0 = rowOf(g, '表1', '一、财政拨款收入');
    setCell(g, '表1', `B${r0 + 3}`, 500); // 2. 政府性基金 gets money the 财政拨款收入 line does not show
    const r = audit(g);
    const f = r.findings.filter((x) => x.rule === 'sum/sides');
    expect(f.map(at)).toEqual([`表1!B${r0 + 1}`]);
    expect(f[0].message).toContain('所列明细');
  });

  test('三公: 基本支出表 30217 公务接待费 above the 三公 公务接待费 is an error at the 三公 cell', () => {
    const g = mend(grid());
    const row = rowOf(g, '表8', '302', '17');
    // 13,500 元 = 1.35 万元 today; 14,000 元 exceeds it (the 表8 sums are kept balanced).
    for (const c of ['D', 'F']) setCell(g, '表8', `${c}${row + 1}`, 14000);
    const r302 = rowOf(g, '表8', '302');
    for (const c of ['D', 'F']) setCell(g, '表8', `${c}${r302 + 1}`, 10827702 + 500);
    const t8 = g.sheets.find((s) => s.name === '表8')!.rows;
    const tot = t8.length - 1 - [...t8].reverse().findIndex((r) => r.some((v) => v === '合计'));
    for (const c of ['D', 'F']) setCell(g, '表8', `${c}${tot + 1}`, (getCell(g, '表8', `${c}${tot + 1}`) as number) + 500);
    const r = audit(g, { rules: { 'cross/basic-expenditure': 'off' } });
    const f = r.findings.filter((x) => x.rule === 'cross/three-public-economic');
    expect(f.map(at)).toEqual(['表9!C6']);
    expect(f[0].message).toContain('30217');
    expect(f[0].related).toEqual([{ sheet: '表8', cell: `D${row + 1}` }]);
  });

  test('三公: within the coarser unit (1.35 万元 vs 13,540 元) is not a finding', () => {
    const g = mend(grid());
    const row = rowOf(g, '表8', '302', '17');
    setCell(g, '表8', `D${row + 1}`, 13540);
    const r = audit(g, { ruleSet: [threePublicEconomic] });
    expect(r.findings).toEqual([]);
  });

  test('机关运行经费 above the 公用经费 of 基本支出 is an error; below it is normal with 事业单位, an error with --admin-only', () => {
    const g = mend(grid());
    expect(getCell(g, '表9', 'G6')).toBe(464.64);
    expect(audit(g).findings.filter((x) => x.rule === 'cross/admin-operating')).toEqual([]);
    const only = audit(grid(), { adminOnly: true }).findings.filter((x) => x.rule === 'cross/admin-operating');
    expect(only.map(at)).toEqual(['表9!G6']);
    expect(only[0].message).toContain('1082.7702');
    setCell(g, '表9', 'G6', 1100);
    const over = audit(g).findings.filter((x) => x.rule === 'cross/admin-operating');
    expect(over.map(at)).toEqual(['表9!G6']);
    expect(over[0].message).toContain('超过');
  });

  test('a 元 table against the 万元 三公 table: 公务用车运行费 21.56 万元 = 30231 215,600 元 holds, 21.57 万元 does not', () => {
    const g = mend(grid());
    const row = rowOf(g, '表8', '302', '31');
    expect(getCell(g, '表8', `D${row + 1}`)).toBe(215600);
    setCell(g, '表9', 'F6', 21.5); // below the 基本支出 part
    setCell(g, '表9', 'D6', 36.5);
    setCell(g, '表9', 'A6', 37.85);
    const r = audit(g);
    expect(r.findings.map(describeF)).toEqual([expect.stringMatching(/^cross\/three-public-economic 表9!F6 .*30231/)]);
  });
});

describe('Shanghai layout: money other than 财政拨款', () => {
  /** Adds 事业收入 X to 201 一般公共服务支出 → 20105 → 2010507 as 项目支出, everywhere it shows, consistently. */
  function withBusinessIncome(g: Grid, x: number): Grid {
    const add = (sheet: string, cell: string, v = x) => setCell(g, sheet, cell, ((getCell(g, sheet, cell) as number | null) ?? 0) + v);
    for (const r of [6, 7, 8, 72]) {
      add('表2', `E${r}`);
      add('表2', `G${r}`);
      add('表3', `E${r}`);
      add('表3', `G${r}`);
    }
    const inc = rowOf(g, '表1', '二、事业收入');
    add('表1', `B${inc + 1}`);
    const grand = rowOf(g, '表1', '收入总计');
    add('表1', `B${grand + 1}`);
    add('表1', `D${grand + 1}`);
    const cls = g.sheets.find((s) => s.name === '表1')!.rows.findIndex((r) => r[2] === '一、一般公共服务支出');
    add('表1', `D${cls + 1}`);
    return g;
  }

  test('事业收入 makes 财务收支预算总表 larger than 财政拨款收支预算总表: legitimate, not a finding', () => {
    const g = withBusinessIncome(mend(grid()), 1000000);
    expect(getCell(g, '表2', 'G6')).toBe(1000000);
    const r = audit(g);
    expect(r.findings.map(describeF)).toEqual([]);
  });

  test('…but 事业收入 in 收入预算总表 that 财务收支预算总表 does not show is an error', () => {
    const g = withBusinessIncome(mend(grid()), 1000000);
    const inc = rowOf(g, '表1', '二、事业收入');
    setCell(g, '表1', `B${inc + 1}`, null);
    const r = audit(g);
    expect(errors(r.findings).map((f) => `${f.rule} ${at(f)}`)).toEqual(expect.arrayContaining([`cross/income-totals 表2!G72`]));
  });
});
