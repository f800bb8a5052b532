/**
 * The 编制说明 inside the workbook, with no flag: the CLI (each workbook of a batch, worker or not) and the add-in's
 * 校验预算 read the template's text sheets and report the text's findings at the cells that hold the paragraphs.
 */
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { run } from '../../src/cli/main';
import { validateWorkbook } from '../../src/excel/validate';
import { workbookToGrid } from '../../src/cli/xlsx';
import { asExcelContext, MemContext } from '../excel-host/host';
import { MemWorkbook } from '../excel-host/model';
import { supportFor } from '../excel/helpers';
import { filledTemplate } from '../fixtures/shanghai-templates';

const dir = mkdtempSync(path.join(tmpdir(), 'budget-text-'));
const file = path.join(dir, '部门.xlsx');

beforeAll(async () => {
  // the tables filled; the text sheet's first section written as a department writes it (its figures right); the
  // other sections still hold the template's placeholders, which the text rules report
  const wb = await filledTemplate('department', {
    change: (w) => {
      w.getWorksheet('部门编制说明')!.getCell('A3').value =
        '2026年，上海市普陀区某某局收入预算100万元，其中：财政拨款收入100万元。\n支出预算100万元，其中：财政拨款支出预算100万元。';
    },
  });
  await wb.xlsx.writeFile(file);
}, 60000);

type F = { rule: string; location: { sheet: string; cell: string } | null; message: string };

test('the CLI reads 部门编制说明 with no flag: findings at its cells, beside the tables’ findings', async () => {
  let out = '';
  await run([file, '--format', 'json'], { out: (s) => void (out += s), err: () => undefined });
  const findings = (JSON.parse(out) as { findings: F[] }).findings.filter((f) => f.rule.startsWith('narrative/'));
  expect(findings.length).toBeGreaterThan(0);
  expect(findings.every((f) => f.location !== null && ['部门编制说明', '其他相关情况说明', '项目经费情况说明'].includes(f.location.sheet))).toBe(true);
  // the tables say 1,000,000 元 = 100 万元: the paragraph's figures are right, so A3 has no amount finding
  expect(findings.filter((f) => f.location!.cell === 'A3' && /amount|total|parts/.test(f.rule))).toEqual([]);
}, 60000);

test('the add-in’s 校验预算 flags the text’s findings in their cells', async () => {
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const model = MemWorkbook.fromGrid(await workbookToGrid(wb));
  const { report } = await validateWorkbook(asExcelContext(new MemContext(model)), { support: supportFor(18) });
  const text = report.findings.filter((f) => f.rule.startsWith('narrative/') && f.location);
  expect(text.length).toBeGreaterThan(0);
  for (const f of text) expect(model.notes.get(`${f.location!.sheet}!${f.location!.cell}`)).toContain(f.message);
}, 60000);
