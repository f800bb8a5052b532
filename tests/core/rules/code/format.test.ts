import rule from '../../../../src/core/rules/code/format';
import { audit } from '../../../../src/core/audit';
import type { CellValue, Grid } from '../../../../src/core/grid';
import { at, mendedGrid, run, setCell, sheet } from '../../helpers';
import { projectGrid } from '../project-grid';

describe('code/format — 功能分类 3/5/7 digits, 经济分类 3/5', () => {
  test('valid (codes as text or numbers, full-width digits and spaces tolerated)', async () => {
    let g = await mendedGrid();
    g = setCell(g, '附表3', 'A6', 208);
    g = setCell(g, '附表3', 'A7', '２０８ ０５');
    expect(run(rule, g)).toEqual([]);
  });
  test('invalid: a 6-digit 功能分类 code', async () => {
    const f = run(rule, setCell(await mendedGrid(), '附表3', 'A8', '208050'));
    expect(f.map(at)).toEqual(['附表3!A8']);
    expect(f[0].message).toContain('3/5/7');
  });
  test('invalid: a 7-digit 经济分类 code', async () => {
    const f = run(rule, setCell(await mendedGrid(), '附表6', 'A8', '3010101'));
    expect(f.map(at)).toEqual(['附表6!A8']);
    expect(f[0].message).toContain('3/5');
  });
  test('invalid: a code that is not a number', async () => {
    const f = run(rule, setCell(await mendedGrid(), '附表3', 'A10', '2O8O5O6'));
    expect(f.map(at)).toEqual(['附表3!A10']);
  });
});

describe('code/format — split 类 | 款 | 项 codes are read as printed, never padded or glued', () => {
  // A small 支出总表 with codes over 类 | 款 | 项, in 万元: 208 = 20805 = 2080505 + 2080506.
  const grid = (kuan: CellValue, cls2: CellValue = '208', fmt?: string) => {
    const g = {
      sheets: [
        sheet('支出', [
          ['支出总表'],
          ['单位：万元'],
          ['类', '款', '项', '科目名称', '合计', '基本支出', '项目支出'],
          [null, null, null, '合计', 30, 30, 0],
          [cls2, null, null, '社会保障和就业支出', 30, 30, 0],
          ['208', kuan, null, '行政事业单位养老支出', 30, 30, 0],
          ['208', kuan, '05', '机关事业单位基本养老保险缴费支出', 20, 20, 0],
          ['208', kuan, '06', '机关事业单位职业年金缴费支出', 10, 10, 0],
        ]),
      ],
    } as Grid;
    if (fmt) g.sheets[0].numFmts = g.sheets[0].rows.map((r) => r.map(() => fmt));
    return g;
  };
  const findings = (g: Grid) =>
    audit(g)
      .findings.filter((f) => f.severity !== 'info')
      .map((f) => `${f.rule} ${at(f)}`);
  test('valid: 款 "05" as text, or 5 as a number shown "05" by its format', () => {
    expect(run(rule, grid('05'))).toEqual([]);
    expect(run(rule, grid(5, '208', '00'))).toEqual([]);
  });
  test('invalid: 款 printed "5" is reported at its cell; the rows it belongs to feed no sum (no false sum error)', () => {
    const f = run(rule, grid('5'));
    expect(f.map((x) => `${x.messageId} ${at(x)}`)).toEqual(['part 支出!B6', 'part 支出!B7', 'part 支出!B8']);
    expect(f[0].message).toBe('支出总表：款级编码印为“5”，应为 2 位数字（如“05”）：本行编码无法识别，未计入合计核对');
    expect(findings(grid('5')).filter((x) => /^sum\//.test(x))).toEqual([]);
  });
  test('invalid: a lone digit in the 类 column is not glued onto the next cells', () => {
    const f = run(rule, grid('05', '2'));
    expect(f.map((x) => `${x.messageId} ${at(x)}`)).toEqual(['part 支出!A5']);
    // 208 05 below are read (their own 类 is printed), but the total cannot be judged with row 5 unreadable.
    expect(findings(grid('05', '2')).filter((x) => /^sum\//.test(x))).toEqual([]);
  });
});

describe('code/format — the code of a project is still checked', () => {
  test('valid: 项目名称 | 功能科目编码, two projects under 2130101', () => {
    expect(run(rule, projectGrid())).toEqual([]);
  });
  test('invalid: an 8-digit code on a project row', () => {
    const f = run(rule, projectGrid({ thirdCode: '21301221' }));
    expect(f.map((x) => `${x.messageId} ${at(x)}`)).toEqual(['length 项目支出!B7']);
  });
});
