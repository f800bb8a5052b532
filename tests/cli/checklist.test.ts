/**
 * The 公开情况检查表 (src/cli/checklist.ts) on reports of the real audit: the seed, the mended seed, the Shanghai
 * example, the real Shanghai 单位 template filled (and with one figure changed), and a file that could not be read.
 * The workbook is written with exceljs, read back, and every item's 是/否 is compared with an expectation computed
 * here from the findings by sheet (independently of the module's own placement), besides items checked by hand.
 */
import ExcelJS from 'exceljs';
import { audit } from '../../src/core/audit';
import type { Report } from '../../src/core/report';
import { layoutById, tableNumberText } from '../../src/core/layouts';
import { workbookToGrid } from '../../src/cli/xlsx';
import { buildChecklist, sheetNameFor } from '../../src/cli/checklist';
import { mendedGrid, seedGrid } from '../core/helpers';
import { buildShanghaiWorkbook } from '../fixtures/shanghai-workbook';
import { filledTemplate, sheetNames } from '../fixtures/shanghai-templates';
import { buildJiangsuSwbgt } from '../fixtures/jiangsu-workbooks';

const strip = (r: Report): Report => {
  const { typed: _t, ...rest } = r as Report & { typed?: unknown };
  return rest as Report;
};

interface Row {
  no: number;
  item: string;
  ok: string;
  text: string;
  red: boolean;
}

let seed: Report, mended: Report, shanghai: Report, template: Report, templateChanged: Report, jiangsu: Report;
const FAILED = { file: '各部门/坏文件.xlsx', reason: '文件不是有效的 .xlsx（无法解压） / not a valid .xlsx file' };

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const buf = await wb.xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(buf as ArrayBuffer);
  return back;
}

const cellText = (v: ExcelJS.CellValue): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'text' in v) return String((v as { text: unknown }).text);
  if (typeof v === 'object' && 'richText' in v) return (v as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join('');
  return String(v);
};

/** The item rows of a checklist sheet: from the row under the 序号 header to the last numbered row. */
function items(ws: ExcelJS.Worksheet): Row[] {
  let head = 0;
  ws.eachRow((row, n) => {
    if (!head && (cellText(row.getCell(1).value) === '序号' || cellText(row.getCell(1).value) === '#')) head = n;
  });
  expect(head).toBeGreaterThan(0);
  const out: Row[] = [];
  for (let n = head + 1; n <= ws.rowCount; n++) {
    const row = ws.getRow(n);
    if (typeof row.getCell(1).value !== 'number') break;
    out.push({
      no: row.getCell(1).value as number,
      item: cellText(row.getCell(2).value),
      ok: cellText(row.getCell(3).value),
      text: cellText(row.getCell(4).value),
      red: row.getCell(3).font?.color?.argb === 'FFC00000',
    });
  }
  return out;
}

const PARTS = ['封面', '目录', '主要职能', '机构设置', '名词解释', '预算编制说明'];
const AFTER = ['其他相关说明', '项目经费情况说明'];

/** The item names the checklist must have, in order, for a report of a known layout. */
function expectedItems(r: Report): string[] {
  const p = layoutById(r.layout.id)!;
  return ['及时性', ...PARTS, ...p.tables.map((t) => `${tableNumberText(p, t.number)} ${t.name}`), ...AFTER];
}

/**
 * 否/是 per table item, from the findings alone: 否 when an error or warning sits on a sheet holding a table of the
 * item's kind, or a workbook-level finding names the table (meta/required-tables); 是 otherwise.
 */
function expectedTableVerdicts(r: Report): Map<string, string> {
  const p = layoutById(r.layout.id)!;
  const m = new Map<string, string>();
  for (const lt of p.tables) {
    const sheets = new Set(r.tables.filter((t) => t.kind === lt.kind).map((t) => t.sheet));
    const bad = r.findings.some(
      (f) => (f.severity === 'error' || f.severity === 'warning') && (f.location ? sheets.has(f.location.sheet) : f.message.includes(lt.name)),
    );
    m.set(`${tableNumberText(p, lt.number)} ${lt.name}`, bad ? '否' : '是');
  }
  return m;
}

beforeAll(async () => {
  seed = strip(audit(await seedGrid(), { file: 'xianning-2024-seed.xlsx' }));
  mended = strip(audit(await mendedGrid(), { file: 'xianning-2024-mended.xlsx' }));
  shanghai = strip(audit(await workbookToGrid(buildShanghaiWorkbook().workbook), { file: 'shanghai-wanli-2025.xlsx' }));
  template = strip(audit(await workbookToGrid(await filledTemplate('unit')), { file: '单位模板.xlsx' }));
  const names = sheetNames('unit');
  templateChanged = strip(
    audit(await workbookToGrid(await filledTemplate('unit', { change: (wb) => (wb.getWorksheet(names[0])!.getCell('B21').value = 1000500) })), {
      file: '单位模板（改动）.xlsx',
    }),
  );
  jiangsu = strip(audit(await workbookToGrid(buildJiangsuSwbgt().workbook), { file: 'jiangsu-swbgt.xlsx' }));
}, 120_000);

describe('the 公开情况检查表 of a batch', () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await roundTrip(buildChecklist([seed, mended, shanghai, template, templateChanged, jiangsu], { lang: 'zh', failed: [FAILED] }));
  });

  test('a 汇总 sheet first, then one sheet per workbook in the order given, then the file that could not be read', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '汇总',
      'xianning-2024-seed',
      'xianning-2024-mended',
      'shanghai-wanli-2025',
      '单位模板',
      '单位模板（改动）',
      'jiangsu-swbgt',
      '坏文件',
    ]);
  });

  test('the 汇总 lists each workbook: file (linked to its sheet), 单位, layout, errors, warnings, 是否通过', () => {
    const ws = wb.getWorksheet('汇总')!;
    expect([1, 2, 3, 4, 5, 6, 7].map((c) => cellText(ws.getRow(2).getCell(c).value))).toEqual([
      '序号',
      '文件',
      '单位/部门',
      '报表格式',
      '错误',
      '警告',
      '是否通过',
    ]);
    const rows = [3, 4, 5, 6, 7, 8, 9].map((n) => [2, 3, 4, 5, 6, 7].map((c) => cellText(ws.getRow(n).getCell(c).value)));
    expect(rows[0]).toEqual([
      'xianning-2024-seed.xlsx',
      '咸宁市交通运输局城市客运管理处',
      '财政部九张附表格式',
      String(seed.summary.errors),
      String(seed.summary.warnings),
      '否',
    ]);
    expect(rows[1]).toEqual(['xianning-2024-mended.xlsx', '咸宁市交通运输局城市客运管理处', '财政部九张附表格式', '0', '0', '是']);
    expect(rows[2]).toEqual(['shanghai-wanli-2025.xlsx', '上海市普陀区人民政府万里街道办事处', '上海市部门预算公开格式', '0', '10', '是']);
    expect(rows[4][5]).toBe('否');
    expect(rows[6]).toEqual(['各部门/坏文件.xlsx', '', '', '', '', '未能读取']);
    expect(ws.getRow(3).getCell(7).font?.color?.argb).toBe('FFC00000');
    const link = ws.getRow(3).getCell(2).value as ExcelJS.CellHyperlinkValue;
    expect(link.hyperlink).toBe("#'xianning-2024-seed'!A1");
  });

  test('the seed: the items in order; 否 on every table its findings concern (and 附表-7/8/9 未找到); reviewer items empty', () => {
    const ws = wb.getWorksheet('xianning-2024-seed')!;
    expect(cellText(ws.getCell('A1').value)).toBe('咸宁市交通运输局城市客运管理处部门预算公开情况检查表');
    const rows = items(ws);
    expect(rows.map((r) => r.item)).toEqual([...expectedItems(seed), '公开文件显示（PDF 显示是否完整、清晰）']);
    expect(rows.map((r) => r.no)).toEqual(rows.map((_r, i) => i + 1));
    const verdicts = expectedTableVerdicts(seed);
    for (const r of rows.filter((x) => verdicts.has(x.item))) expect([r.item, r.ok]).toEqual([r.item, verdicts.get(r.item)]);
    // By hand: the known flaws of the published seed.
    const get = (name: string) => rows.find((r) => r.item === name)!;
    expect(get('附表-2 收入总表')).toMatchObject({ ok: '否', red: true });
    expect(get('附表-2 收入总表').text).toContain('附表2!C7：');
    expect(get('附表-4 财政拨款收支总表').text).toMatch(/附表4!A3：.*济宁市/);
    expect(get('附表-1 收支总表').text).toContain('［警告］附表1!D30：');
    for (const n of ['附表-7 一般公共预算“三公”经费支出表', '附表-8 政府性基金预算支出表', '附表-9 项目支出表']) {
      expect(get(n).ok).toBe('否');
      expect(get(n).text).toMatch(/^工作簿中未找到此表\n［错误］缺少附表-/);
    }
    // The 分单位 table on 附表5's sheet is part of 附表-5, not an item of its own.
    expect(rows.some((r) => r.item.includes('分单位'))).toBe(false);
    // Every finding is listed somewhere (its message, at its cell).
    const all = rows.map((r) => r.text).join('\n');
    for (const f of seed.findings) expect(all).toContain(f.location ? `${f.location.sheet}!${f.location.cell}：${f.message}` : f.message);
    // The seed workbook has no front matter: said, not judged.
    for (const p of PARTS) expect(get(p)).toMatchObject({ ok: '', text: `工作簿中未找到${p}，请审核人员在公开文件中核对` });
    expect(get('及时性')).toMatchObject({ ok: '', text: '由审核人员判断' });
    expect(rows[rows.length - 1]).toMatchObject({ ok: '', text: '由审核人员判断' });
  });

  test('the mended seed: 是 on every table, no problem text; parts not in the workbook left for the reviewer', () => {
    const rows = items(wb.getWorksheet('xianning-2024-mended')!);
    const tables = rows.filter((r) => /^附表-\d/.test(r.item));
    expect(tables).toHaveLength(9);
    for (const r of tables) expect([r.item, r.ok, r.text]).toEqual([r.item, '是', '']);
    expect(rows.some((r) => r.ok === '否')).toBe(false);
  });

  test('the Shanghai example: 否 exactly on 表2, 表3 and 表5 (its 尾差 warnings), 是 on the other tables', () => {
    const rows = items(wb.getWorksheet('shanghai-wanli-2025')!);
    expect(rows.map((r) => r.item)).toEqual([...expectedItems(shanghai), '公开文件显示（PDF 显示是否完整、清晰）']);
    const verdicts = expectedTableVerdicts(shanghai);
    expect([...verdicts.entries()].filter(([, v]) => v === '否').map(([k]) => k.split(' ')[0])).toEqual(['表2', '表3', '表5']);
    for (const r of rows.filter((x) => verdicts.has(x.item))) expect([r.item, r.ok]).toEqual([r.item, verdicts.get(r.item)]);
    expect(rows.find((r) => r.item.startsWith('表5 '))!.text).toContain('［警告］表5!E63：');
    expect(cellText(wb.getWorksheet('shanghai-wanli-2025')!.getCell('A1').value)).toBe('上海市普陀区人民政府万里街道办事处2025年部门预算公开情况检查表');
  });

  test('the Shanghai 单位 template: its front matter found (是), 项目经费情况说明 absent (left open), every table 是', () => {
    const ws = wb.getWorksheet('单位模板')!;
    expect(cellText(ws.getCell('A1').value)).toBe('上海市普陀区某某中心2026年部门预算公开情况检查表');
    const rows = items(ws);
    const get = (name: string) => rows.find((r) => r.item === name)!;
    for (const p of [...PARTS, '其他相关说明']) expect([p, get(p).ok]).toEqual([p, '是']);
    expect(get('项目经费情况说明')).toMatchObject({ ok: '', text: '工作簿中未找到项目经费情况说明，请审核人员在公开文件中核对' });
    const verdicts = expectedTableVerdicts(template);
    expect([...verdicts.values()].every((v) => v === '是')).toBe(true);
    for (const r of rows.filter((x) => verdicts.has(x.item))) expect(r.ok).toBe('是');
  });

  test('the template with 表1 收入总计 changed: 否 on 表1 with the cell, and on 表2 whose total no longer agrees; 是 elsewhere', () => {
    const rows = items(wb.getWorksheet('单位模板（改动）')!);
    const verdicts = expectedTableVerdicts(templateChanged);
    expect([...verdicts.entries()].filter(([, v]) => v === '否').map(([k]) => k)).toEqual(['表1 财务收支预算总表', '表2 收入预算总表']);
    expect(rows.find((r) => r.item === '表2 收入预算总表')!.text).toMatch(/^［错误］单位收入总表!E20：.*单位收支总表!B21/);
    for (const r of rows.filter((x) => verdicts.has(x.item))) expect([r.item, r.ok]).toEqual([r.item, verdicts.get(r.item)]);
    const t1 = rows.find((r) => r.item === '表1 财务收支预算总表')!;
    expect(t1).toMatchObject({ ok: '否', red: true });
    expect(t1.text.split('\n').some((l) => l.startsWith('［错误］单位收支总表!B21：'))).toBe(true);
  });

  test('Jiangsu: notes (info) are listed but make no 否; no front matter in the workbook is no 否', () => {
    const rows = items(wb.getWorksheet('jiangsu-swbgt')!);
    expect(rows.map((r) => r.item)).toEqual([...expectedItems(jiangsu), '其他（工作簿整体，或不属于以上各项）', '公开文件显示（PDF 显示是否完整、清晰）']);
    expect(rows.some((r) => r.ok === '否')).toBe(false);
    const t5 = rows.find((r) => r.item.startsWith('公开05表'))!;
    expect(t5.ok).toBe('是');
    expect(t5.text).toMatch(/^［提示］财政拨款支出预算表!B10：/);
    // The workbook-level note (科目表 year) has no item: it is listed under 其他, not judged.
    expect(rows.find((r) => r.item.startsWith('其他（'))).toMatchObject({ ok: '' });
  });

  test('the file that could not be read: its sheet says so and why', () => {
    const ws = wb.getWorksheet('坏文件')!;
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => texts.push(cellText(c.value))));
    expect(texts).toContain('文件：各部门/坏文件.xlsx');
    expect(texts).toContain(`此文件未能读取，未作检查：${FAILED.reason}`);
  });

  test('what a reviewer expects of the form: borders, widths, bold header, frozen header, A4 landscape fit to width', () => {
    const ws = wb.getWorksheet('xianning-2024-seed')!;
    const head = 3;
    expect(cellText(ws.getRow(head).getCell(3).value)).toBe('符合要求（是/否）');
    for (let c = 1; c <= 4; c++) expect(ws.getRow(head).getCell(c).font?.bold).toBe(true);
    expect(ws.getRow(head + 1).getCell(4).border?.left?.style).toBe('thin');
    expect(ws.getRow(head + 1).getCell(4).alignment?.wrapText).toBe(true);
    expect(ws.getColumn(4).width).toBeGreaterThanOrEqual(60);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: head });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  });
});

describe('the checklist in English, and its edges', () => {
  test('English labels; the items and verdicts are the same', async () => {
    const wb = await roundTrip(buildChecklist([seed, mended], { lang: 'en' }));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Summary', 'xianning-2024-seed', 'xianning-2024-mended']);
    const rows = items(wb.getWorksheet('xianning-2024-seed')!);
    expect(rows[0]).toMatchObject({ item: 'Timeliness', ok: '', text: 'For the reviewer' });
    expect(rows.find((r) => r.item === 'Table 2 Income summary')).toMatchObject({ ok: 'No', red: true });
    expect(rows.filter((r) => /^Table \d/.test(r.item))).toHaveLength(9);
    const m = items(wb.getWorksheet('xianning-2024-mended')!);
    expect(m.filter((r) => /^Table \d/.test(r.item)).every((r) => r.ok === 'Yes')).toBe(true);
  });

  test('no workbook at all: just the 汇总', async () => {
    const wb = await roundTrip(buildChecklist([], { lang: 'zh' }));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总']);
  });

  test('sheet names: valid, ≤ 31 characters, unique whatever the files are called', async () => {
    const taken = new Set<string>(['汇总']);
    const names = ['a[1]:b*?/\\c', "'quoted'", '很长的文件名'.repeat(8), '很长的文件名'.repeat(8), 'History', 'Same', 'same', ''].map((n) =>
      sheetNameFor(n, taken),
    );
    for (const n of names) {
      expect(n.length).toBeGreaterThan(0);
      expect(n.length).toBeLessThanOrEqual(31);
      expect(n).not.toMatch(/[[\]:*?/\\]|^'|'$/);
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    // A batch of files with such names writes and reads back.
    const reports = names.map((_n, i) => ({ ...mended, file: ['x[1].xlsx', '/a/b/同名.xlsx', '/c/同名.xlsx', `${'长'.repeat(40)}.xlsx`][i % 4] }));
    const wb = await roundTrip(buildChecklist(reports, { lang: 'zh' }));
    expect(wb.worksheets).toHaveLength(reports.length + 1);
    expect(wb.worksheets[2].name).toBe('同名');
    expect(wb.worksheets[3].name).toBe('同名(2)');
  });

  test('a workbook with no table recognised: the tables line is 否 with the audit’s reason, nothing is called 是', async () => {
    const r = strip(audit({ sheets: [{ name: 'Sheet1', rows: [['你好'], ['随便写的']] }] }, { file: 'empty.xlsx' }));
    const wb = await roundTrip(buildChecklist([r], { lang: 'zh' }));
    const rows = items(wb.getWorksheet('empty')!);
    const t = rows.find((x) => x.item === '预算公开附表')!;
    expect(t.ok).toBe('否');
    expect(t.text).toContain('未识别到任何预算附表');
    expect(rows.some((x) => x.ok === '是')).toBe(false);
  });
});
