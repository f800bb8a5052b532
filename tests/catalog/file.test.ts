/**
 * The finance bureau's 科目表 as a file: each shape as a real xlsx built with exceljs (read through the CLI's reader)
 * and as CSV; a broken file gives one clear line naming the row; the codes then judge the workbook.
 */
import ExcelJS from 'exceljs';
import { workbookToGrid } from '../../src/cli/xlsx';
import { audit } from '../../src/core/audit';
import { catalogFileError, readCatalogCsv, readCatalogGrid, type CatalogFileResult } from '../../src/core/catalog/file';
import type { CellValue, Grid } from '../../src/core/grid';
import codeExists from '../../src/core/rules/catalog/code-exists';
import customRows from '../../src/core/rules/catalog/custom-rows';
import officialName from '../../src/core/rules/catalog/official-name';
import { at, mendedGrid, setCell } from '../core/helpers';

async function xlsx(rows: CellValue[][], opts: { numFmt?: Record<string, string>; sheet?: string } = {}): Promise<Grid> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(opts.sheet ?? '2025年科目');
  rows.forEach((r) => ws.addRow(r));
  for (const [addr, fmt] of Object.entries(opts.numFmt ?? {})) ws.getCell(addr).numFmt = fmt;
  const buf = await wb.xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(buf as ArrayBuffer);
  return workbookToGrid(back);
}

const pairs = (r: CatalogFileResult) => r.entries.map((e) => `${e.system === 'functional' ? '' : e.system + ':'}${e.code} ${e.name}`);

const EXPECTED = ['201 一般公共服务支出', '20101 人大事务', '2010101 行政运行', '2010199 其他人大事务支出', 'economic-dept:30101 基本工资'];

describe('编码 | 名称', () => {
  test('with a header, codes as text', async () => {
    const g = await xlsx([
      ['2025年政府收支分类科目'],
      ['科目编码', '科目名称'],
      ['201', '一般公共服务支出'],
      ['20101', '人大事务'],
      ['2010101', '行政运行'],
      ['2010199', '其他人大事务支出'],
      ['30101', '基本工资'],
    ]);
    const r = readCatalogGrid(g);
    expect(pairs(r)).toEqual(EXPECTED);
    expect(r.problems).toEqual([]);
    expect(r.shape).toBe('code-name');
    expect(catalogFileError(r)).toBeUndefined();
  });
  test('without a header, codes as numbers, a 序号 column in front', async () => {
    const g = await xlsx([
      [1, 201, '一般公共服务支出'],
      [2, 20101, '人大事务'],
      [3, 2010101, '行政运行'],
      [4, 2010199, '其他人大事务支出'],
      [5, 30101, '基本工资'],
    ]);
    expect(pairs(readCatalogGrid(g))).toEqual(EXPECTED);
  });
  test('code and name in one cell ("2010101 行政运行")', async () => {
    const g = await xlsx([['201 一般公共服务支出'], ['20101 人大事务'], ['[2010101]行政运行'], ['2010199　其他人大事务支出'], ['30101 基本工资']]);
    expect(pairs(readCatalogGrid(g))).toEqual(EXPECTED);
  });
  test('CSV, with a BOM, quoted names, and 收入分类 codes passed over', () => {
    const r = readCatalogCsv(
      '\uFEFF编码,名称\n101,税收收入\n201,一般公共服务支出\n20101,人大事务\n2010101,"行政运行"\n2010199,其他人大事务支出\n30101,基本工资\n',
    );
    expect(pairs(r)).toEqual(EXPECTED);
    expect(r.skippedIncome).toBe(1);
    expect(r.problems).toEqual([]);
  });
});

describe('类 | 款 | 项 | 名称', () => {
  test('the official book’s layout: a 款 row prints only its 款 under the 类 above (header, 款/项 as text "01")', async () => {
    const g = await xlsx([
      ['科目编码', null, null, '科目名称'],
      ['类', '款', '项', null],
      ['201', null, null, '一般公共服务支出'],
      [null, '01', null, '人大事务'],
      [null, null, '01', '行政运行'],
      [null, null, '99', '其他人大事务支出'],
      ['301', null, null, '工资福利支出'],
      [null, '01', null, '基本工资'],
    ]);
    const r = readCatalogGrid(g);
    expect(pairs(r)).toEqual([...EXPECTED.slice(0, 4), 'economic-dept:301 工资福利支出', 'economic-dept:30101 基本工资']);
    expect(r.shape).toBe('parts');
    expect(r.problems).toEqual([]);
  });
  test('every part on every row, as numbers formatted "00", no header', async () => {
    const g = await xlsx(
      [
        [201, null, null, '一般公共服务支出'],
        [201, 1, null, '人大事务'],
        [201, 1, 1, '行政运行'],
        [201, 1, 99, '其他人大事务支出'],
      ],
      { numFmt: { B2: '00', B3: '00', C3: '00', B4: '00' } },
    );
    expect(pairs(readCatalogGrid(g))).toEqual(EXPECTED.slice(0, 4));
  });
  test('full codes in the 款 and 项 columns, name in the same cell', async () => {
    const g = await xlsx([
      ['类', '款', '项'],
      ['201 一般公共服务支出'],
      [null, '20101 人大事务'],
      [null, null, '2010101 行政运行'],
      [null, null, '2010199 其他人大事务支出'],
    ]);
    expect(pairs(readCatalogGrid(g))).toEqual(EXPECTED.slice(0, 4));
  });
  test('CSV of the same (a number-exported 款 "1" is 01)', () => {
    const r = readCatalogCsv('类,款,项,名称\n201,,,一般公共服务支出\n,1,,人大事务\n,01,01,行政运行\n,,99,其他人大事务支出\n');
    expect(pairs(r)).toEqual(EXPECTED.slice(0, 4));
  });
});

describe('a broken file: one clear line naming the row', () => {
  test('a code with a letter stuck to it is a bad code, not a code named after the letter', () => {
    // Before, “20101x,坏” was read as 20101 named “x”: a wrong name the catalogue then judged the workbook by.
    const r = readCatalogCsv('编码,名称\n2010101,行政运行\n20101x,坏\n2010102 一般行政管理事务,\n');
    expect(r.entries.map((e) => `${e.code} ${e.name}`)).toEqual(['2010101 行政运行', '2010102 一般行政管理事务']);
    expect(r.problems.map((p) => `${p.reason} ${p.row} ${p.code}`)).toEqual(['bad-code 3 20101x']);
  });

  test('a 4-digit code', async () => {
    const r = readCatalogGrid(
      await xlsx([
        ['编码', '名称'],
        ['201', '一般公共服务支出'],
        ['2010', '人大事务'],
        ['2010101', '行政运行'],
      ]),
    );
    expect(r.problems.map((p) => `${p.reason} ${p.row} ${p.at?.cell}`)).toEqual(['bad-code 3 A3']);
    expect(catalogFileError(r)).toBe(
      '第 3 行（2025年科目!A3）：“2010”不是科目编码（应为 3、5 或 7 位数字，经济分类为 3 或 5 位） / row 3 (2025年科目!A3): "2010" is not a classification code (3, 5 or 7 digits; 3 or 5 for economic codes)',
    );
    expect(r.entries.map((e) => e.code)).toEqual(['201', '2010101']);
  });
  test('a 款 part of three digits, a 项 with no 款 above, a code without a name, a code twice', () => {
    const r = readCatalogCsv('类,款,项,名称\n,,01,行政运行\n201,,,一般公共服务支出\n,001,,人大事务\n,01,,\n,02,,政协事务\n,02,,政协\n');
    expect(r.problems.map((p) => `${p.reason} ${p.row}`)).toEqual(['no-parent 2', 'bad-part 4', 'no-name 5', 'conflict 7']);
    const line = catalogFileError(r)!;
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toContain('科目表有 4 行无法读取，第一处——第 2 行：项“01”前面没有所属的款');
  });
  test('no code at all', () => {
    expect(catalogFileError(readCatalogCsv('名称,说明\n一般公共服务支出,x\n'))).toContain('未找到任何科目编码');
  });
});

describe('the file judges the workbook (audit option catalogFile)', () => {
  test('add: a code of the bureau’s file is known; the bundled codes stay', async () => {
    const g = setCell(await mendedGrid(), '附表3', 'A22', '2210288');
    const file = readCatalogCsv('编码,名称\n2210288,提租补贴（本地）\n');
    expect(audit(g, { ruleSet: [codeExists], catalogFile: { entries: file.entries } }).findings).toEqual([]);
    expect(audit(g, { ruleSet: [codeExists] }).findings.map(at)).toEqual(['附表3!A22']);
  });
  test('replace: the file is the year’s 功能分类 catalogue; 经济分类 stays bundled', async () => {
    const g = await mendedGrid();
    const file = readCatalogCsv('编码,名称\n201,一般公共服务支出\n');
    const f = audit(g, { ruleSet: [codeExists], catalogFile: { entries: file.entries, mode: 'replace' } }).findings;
    expect(f.length).toBeGreaterThan(0);
    expect(f.every((x) => x.data.system === '功能分类')).toBe(true);
  });
});

describe('a sheet named 科目表 in the workbook (the add-in)', () => {
  test('its codes apply; a bad row is a finding at its cell; the workbook is still audited', async () => {
    const g = setCell(await mendedGrid(), '附表3', 'A22', '2210288');
    g.sheets.push({
      name: '科目表',
      rows: [
        ['科目编码', '科目名称'],
        ['2210288', '提租补贴'],
        ['22102888', '多一位'],
      ],
    });
    const r = audit(g, { ruleSet: [codeExists, customRows, officialName] });
    expect(r.findings.map((f) => `${f.rule} ${at(f)} ${f.severity}`)).toEqual(['catalog/custom-rows 科目表!A3 warning']);
    expect(r.findings[0].message).toBe('“科目表”第 3 行：“22102888”不是科目编码（功能分类 3、5 或 7 位，经济分类 3 或 5 位），此行未采用');
  });
});
