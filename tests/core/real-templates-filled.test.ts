/**
 * The real 2026 上海市普陀区 单位预算 template (tests/fixtures/real/), filled in code the way a unit fills it: the sample
 * rows cleared, one coherent budget written into the template's own cells (styles, merges and labels kept). Its
 * arithmetic, by hand (元; 表9 万元): 2010301 800,000 + 2010302 200,000 = 20103 = 201 = 1,000,000 = 基本 800,000 + 项目
 * 200,000; 表8 301 600,000 (人员) + 302 200,000 (公用: 30201 150,000 + 30217 50,000) = 800,000 = 表5 基本支出; 表1's
 * 201 line 1,000,000 = 600,000 + 200,000 + 200,000; 表9 公务接待费 5.00 万元 ≥ 30217 5.00 万元, 机关运行经费 20.00 万元
 * ≤ 公用经费 20.00 万元. Everything ties: no error. One figure changed: an error at the total it breaks.
 */
import path from 'path';
import ExcelJS from 'exceljs';
import { audit } from '../../src/core/audit';
import { workbookToGrid } from '../../src/cli/xlsx';
import { at } from './helpers';

const FILE = path.join(__dirname, '..', 'fixtures', 'real', 'shanghai-2026-unit-template.xlsx');
const ORG = '编制单位：上海市普陀区某某中心';
type Cells = Record<string, ExcelJS.CellValue>;

async function filled(change?: (wb: ExcelJS.Workbook) => void): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(FILE);
  const put = (sheet: string, cells: Cells) => {
    const ws = wb.getWorksheet(sheet)!;
    for (const [addr, v] of Object.entries(cells)) ws.getCell(addr).value = v;
  };
  const clear = (sheet: string, from: number, to: number, cols = 'ABCDEFGHI') => {
    const ws = wb.getWorksheet(sheet)!;
    for (let r = from; r <= to; r++) for (const c of cols) if (!ws.getCell(`${c}${r}`).isMerged) ws.getCell(`${c}${r}`).value = null;
  };
  /** The 功能分类 rows of 表2 (合计 | 财政拨款收入) or 表3/表5 (合计 | 基本支出 | 项目支出), from row 9. */
  const fn = (withSource: boolean) => {
    const rows: [string, string | null, string | null, string, number, number, number][] = [
      ['201', null, null, '一般公共服务支出', 1000000, 800000, 200000],
      ['201', '03', null, '政府办公厅（室）及相关机构事务', 1000000, 800000, 200000],
      ['201', '03', '01', '行政运行', 800000, 800000, 0],
      ['201', '03', '02', '一般行政管理事务', 200000, 0, 200000],
    ];
    const cells: Cells = {};
    rows.forEach(([a, b, c, d, t, x, y], i) => {
      const r = 9 + i;
      Object.assign(cells, { [`A${r}`]: a, [`B${r}`]: b, [`C${r}`]: c, [`D${r}`]: d });
      if (withSource) Object.assign(cells, { [`E${r}`]: t, [`F${r}`]: t });
      else Object.assign(cells, { [`E${r}`]: t, [`F${r}`]: x, [`G${r}`]: y });
    });
    return cells;
  };
  for (const ws of wb.worksheets) for (const r of [3, 4]) if (String(ws.getCell(`A${r}`).value ?? '') === '编制单位：') ws.getCell(`A${r}`).value = ORG;
  // 表1 财务收支预算总表
  put('单位收支总表', { B10: 1000000, B11: 1000000, C11: null, C12: null, C13: null, D10: 1000000, E10: 600000, F10: 200000, G10: 200000, B21: 1000000, D21: 1000000, E21: 600000, F21: 200000, G21: 200000 });
  // 表2 收入预算总表, 表3 支出预算总表, 表5 一般公共预算支出功能分类预算表
  clear('单位收入总表', 9, 19);
  put('单位收入总表', { ...fn(true), E20: 1000000, F20: 1000000 });
  clear('单位支出总表', 9, 19);
  put('单位支出总表', { ...fn(false), E20: 1000000, F20: 800000, G20: 200000 });
  clear('单位一般公共预算拨款表', 9, 20);
  put('单位一般公共预算拨款表', { ...fn(false), E21: 1000000, F21: 800000, G21: 200000 });
  // 表4 财政拨款收支预算总表 (the unit template prints no line labels: written as a unit writes them)
  put('单位财政拨款收支总表', { A8: '一、一般公共预算', B8: 1000000, C8: '一、一般公共服务支出', D8: 1000000, E8: 1000000, A10: '收入总计', B10: 1000000, C10: '支出总计', D10: 1000000, E10: 1000000 });
  // 表6, 表7: no such money — empty with their notes
  for (const [sheet, note] of [['单位政府性基金拨款表', '本单位无政府性基金预算拨款，此表为空表。'], ['单位国有资本经营预算拨款表 ', '本单位无国有资本经营预算拨款，此表为空表。']] as const) {
    clear(sheet, 9, 20);
    put(sheet, { A22: note });
  }
  // 表8 一般公共预算基本支出部门预算经济分类预算表
  clear('单位一般公共预算拨款基本支出明细表', 9, 20);
  put('单位一般公共预算拨款基本支出明细表', {
    A9: '301', C9: '工资福利支出', D9: 600000, E9: 600000,
    A10: '301', B10: '01', C10: '基本工资', D10: 600000, E10: 600000,
    A11: '302', C11: '商品和服务支出', D11: 200000, F11: 200000,
    A12: '302', B12: '01', C12: '办公费', D12: 150000, F12: 150000,
    A13: '302', B13: '17', C13: '公务接待费', D13: 50000, F13: 50000,
    D21: 800000, E21: 600000, F21: 200000,
  });
  // 表9 “三公”经费和机关运行经费预算表 (万元)
  put('单位“三公”经费和机关运行费预算表', { A7: 5, B7: 0, C7: 5, D7: 0, E7: 0, F7: 0, G7: 20 });
  change?.(wb);
  return wb;
}

const errors = (r: ReturnType<typeof audit>) => r.findings.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${at(f)} ${f.message}`);

test('the filled 单位 template: nine tables, no error, no warning', async () => {
  const r = audit(await workbookToGrid(await filled()));
  expect(r.layout.id).toBe('shanghai');
  expect(r.tables).toHaveLength(9);
  expect(r.unrecognized).toEqual([]);
  expect(errors(r)).toEqual([]);
  expect(r.findings.filter((f) => f.severity === 'warning').map((f) => `${f.rule} ${at(f)} ${f.message}`)).toEqual([]);
});

test('one figure changed (表5 2010301 行政运行 +100 元): an error at the totals it breaks, nothing else invented', async () => {
  const r = audit(await workbookToGrid(await filled((wb) => {
    const c = wb.getWorksheet('单位一般公共预算拨款表')!.getCell('E11');
    c.value = 800100;
  })));
  const errs = errors(r);
  expect(errs.some((e) => e.startsWith('sum/children 单位一般公共预算拨款表!E10 '))).toBe(true);
  expect(errs.some((e) => e.startsWith('sum/columns 单位一般公共预算拨款表!E11 '))).toBe(true);
  expect(errs.every((e) => /单位一般公共预算拨款表!E1[01] /.test(e))).toBe(true);
});
