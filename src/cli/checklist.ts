/**
 * The 公开情况检查表 (`--checklist FILE.xlsx`): the form a district 财政局 reviewer fills by hand for every
 * department's disclosure — one line per item (及时性, 封面, 目录, 主要职能, 机构设置, 名词解释, 预算编制说明, each table
 * of the layout, 其他相关说明, 项目经费情况说明) with 符合要求 是/否 and the problems found. One sheet per workbook of
 * the batch, after a 汇总 sheet listing them.
 *
 * 符合要求 follows the findings only: 否 when an error or a warning concerns the item (a table the layout requires
 * and the workbook lacks is such a finding, meta/required-tables), 是 when none does; notes (info) are listed but do
 * not make 否. What the tool cannot judge (及时性, how the published PDF shows) and parts of the disclosure that are
 * not in the workbook (no layout requires the front matter in the workbook: Jiangsu and the 财政部 nine 附表 come
 * without it) are left empty for the reviewer, with what was not found — a false 否 is as bad as a false error.
 */
import ExcelJS from 'exceljs';
import type { Finding, PartKind, Report, TableSummary } from '../core/report';
import { layoutById, tableNumberText, type LayoutProfile } from '../core/layouts';
import { TABLE_NAMES, TABLE_NAMES_EN, type TableKind } from '../core/tables/types';
import { reportOrg, tableOfFinding, tablesBySheet } from './html';

export interface ChecklistOptions {
  lang: 'zh' | 'en';
  /** Workbooks that could not be read, with the reason: each gets a sheet saying so (after the reports). */
  failed?: { file: string; reason: string }[];
}

// ---------------------------------------------------------------------------------------------------------------
// Labels: every word the checklist prints, zh first, en beside it.
// ---------------------------------------------------------------------------------------------------------------
const LABELS = {
  zh: {
    summarySheet: '汇总',
    summaryTitle: '部门预算公开情况检查汇总表',
    summaryCols: ['序号', '文件', '单位/部门', '报表格式', '错误', '警告', '是否通过'],
    title: '{year}部门预算公开情况检查表',
    year: '{y}年',
    orgLine: '被检查单位：{org}',
    fileLine: '文件：{file}',
    layoutLine: '报表格式：{layout}',
    resultLine: '工具核对结果：错误 {e} 个，警告 {w} 个，提示 {i} 个',
    cols: ['序号', '检查项目', '符合要求（是/否）', '问题描述'],
    yes: '是',
    no: '否',
    unreadable: '未能读取',
    items: {
      timeliness: '及时性',
      cover: '封面',
      contents: '目录',
      functions: '主要职能',
      organization: '机构设置',
      glossary: '名词解释',
      explanation: '预算编制说明',
      'other-notes': '其他相关说明',
      'project-notes': '项目经费情况说明',
      display: '公开文件显示（PDF 显示是否完整、清晰）',
      other: '其他（工作簿整体，或不属于以上各项）',
      tables: '预算公开附表',
    } as Record<string, string>,
    reviewer: '由审核人员判断',
    partMissing: '工作簿中未找到{what}，请审核人员在公开文件中核对',
    tableMissing: '工作簿中未找到此表',
    noTables: '工作簿中未识别到任何预算公开附表',
    sev: { error: '［错误］', warning: '［警告］', info: '［提示］' } as Record<string, string>,
    cellSep: '：',
    unrecognized: '未能识别的区域 {where}：{text}',
    more: '……另有 {n} 条，见工具的审核报告',
    signature: '审核人员：　　　　　　　　审核日期：',
    couldNotRead: '此文件未能读取，未作检查：{reason}',
    generatedBy: '由 budget-audit 生成；“符合要求”一栏按工具核对的错误和警告填写，空白处由审核人员判断。',
  },
  en: {
    summarySheet: 'Summary',
    summaryTitle: 'Budget disclosure checklist: summary',
    summaryCols: ['#', 'File', 'Organisation', 'Layout', 'Errors', 'Warnings', 'Passed'],
    title: '{year}Budget disclosure checklist',
    year: '{y} ',
    orgLine: 'Organisation: {org}',
    fileLine: 'File: {file}',
    layoutLine: 'Layout: {layout}',
    resultLine: 'Checked by the tool: {e} errors, {w} warnings, {i} notes',
    cols: ['#', 'Item', 'Compliant (Yes/No)', 'Problems'],
    yes: 'Yes',
    no: 'No',
    unreadable: 'Could not be read',
    items: {
      timeliness: 'Timeliness',
      cover: 'Cover',
      contents: 'Contents',
      functions: 'Main functions',
      organization: 'Organisation',
      glossary: 'Glossary',
      explanation: 'Budget explanation',
      'other-notes': 'Other notes',
      'project-notes': 'Project funding notes',
      display: 'Published document (does the PDF display completely and clearly)',
      other: 'Other (the workbook as a whole, or none of the items above)',
      tables: 'Budget tables',
    } as Record<string, string>,
    reviewer: 'For the reviewer',
    partMissing: 'No {what} found in the workbook: for the reviewer to check in the published document',
    tableMissing: 'This table was not found in the workbook',
    noTables: 'No budget disclosure table was recognised in the workbook',
    sev: { error: '[Error] ', warning: '[Warning] ', info: '[Note] ' } as Record<string, string>,
    cellSep: ': ',
    unrecognized: 'Not recognised {where}: {text}',
    more: '… {n} more, see the audit report',
    signature: 'Reviewer:                         Date:',
    couldNotRead: 'This file could not be read and was not checked: {reason}',
    generatedBy: 'Made by budget-audit; “Compliant” follows the errors and warnings the tool found; blanks are for the reviewer.',
  },
};

type Labels = (typeof LABELS)['zh'];

const PART_ORDER_BEFORE: PartKind[] = ['cover', 'contents', 'functions', 'organization', 'glossary', 'explanation'];
const PART_ORDER_AFTER: PartKind[] = ['other-notes', 'project-notes'];

/** One line of the checklist. `ok`: true 是, false 否, null left for the reviewer. */
export interface ChecklistItem {
  item: string;
  ok: boolean | null;
  lines: string[];
}

const RED = 'FFC00000';
const FORBIDDEN = /[[\]:*?/\\]/g;
/** Excel keeps at most 32,767 characters in a cell; a very long list is cut well before. */
const MAX_CELL_CHARS = 8000;

const fill = (template: string, data: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (m, k: string) => (k in data ? String(data[k]) : m));

function findingLine(f: Finding, L: Labels): string {
  const where = f.location ? `${f.location.sheet}!${f.location.cell}${L.cellSep}` : '';
  return `${L.sev[f.severity] ?? ''}${where}${f.message}`;
}

function addTo<K>(m: Map<K, Finding[]>, k: K, f: Finding): void {
  const list = m.get(k);
  if (list) list.push(f);
  else m.set(k, [f]);
}

const concerns = (fs: Finding[]) => fs.some((f) => f.severity === 'error' || f.severity === 'warning');

function yearOf(r: Report): string | undefined {
  const count = new Map<string, number>();
  for (const t of [...r.tables.map((t) => t.title), ...(r.parts ?? []).map((p) => p.title)]) {
    const m = /((?:19|20)\d{2})\s*年/.exec(t ?? '');
    if (m) count.set(m[1], (count.get(m[1]) ?? 0) + 1);
  }
  let best: string | undefined;
  let n = 0;
  for (const [y, c] of count) if (c > n) [best, n] = [y, c];
  return best;
}

/** The items of one report's checklist, in the reviewer's order (exported for tests and other hosts). */
export function checklistItems(r: Report, lang: 'zh' | 'en'): ChecklistItem[] {
  const L: Labels = lang === 'en' ? LABELS.en : LABELS.zh;
  const profile: LayoutProfile | undefined = r.layout ? layoutById(r.layout.id) : undefined;
  const bySheet = tablesBySheet(r);
  const partBySheet = new Map((r.parts ?? []).map((p) => [p.sheet, p.part] as const));

  // The table items: the layout's tables in its order, then recognised tables it does not list (a table sharing a
  // sheet with a listed one is part of it: 附表-5 分功能科目 and 分单位).
  interface TableItem {
    item: string;
    kind: TableKind | null;
    tables: TableSummary[];
    missing: Finding[];
    findings: Finding[];
  }
  const tableItems: TableItem[] = [];
  const itemOfKind = new Map<string, TableItem>();
  for (const lt of profile?.tables ?? []) {
    const label = tableNumberText(profile!, lt.number, lang);
    const it: TableItem = { item: `${label} ${lang === 'en' ? lt.nameEn : lt.name}`, kind: lt.kind, tables: [], missing: [], findings: [] };
    tableItems.push(it);
    itemOfKind.set(lt.kind, it);
  }
  const itemOfTable = new Map<TableSummary, TableItem>();
  for (const t of r.tables) {
    let it = itemOfKind.get(t.kind);
    if (!it) {
      const sibling = (bySheet.get(t.sheet) ?? [])
        .map((x) => itemOfKind.get(x.kind))
        .find((x) => x && x.kind !== null && profile?.tables.some((lt) => lt.kind === x.kind));
      if (sibling) it = sibling;
      else {
        const name = lang === 'en' ? (TABLE_NAMES_EN[t.kind as TableKind] ?? t.name) : t.name || TABLE_NAMES[t.kind as TableKind];
        it = { item: t.label ? `${t.label} ${name}` : name, kind: t.kind as TableKind, tables: [], missing: [], findings: [] };
        tableItems.push(it);
        itemOfKind.set(t.kind, it);
      }
    }
    it.tables.push(t);
    itemOfTable.set(t, it);
  }

  const partFindings = new Map<PartKind, Finding[]>();
  const other: Finding[] = [];
  const noTables: Finding[] = [];
  for (const f of r.findings) {
    if (f.rule === 'meta/required-tables' && !f.location) {
      if (f.messageId === 'none') {
        noTables.push(f);
        continue;
      }
      const lt = profile?.tables.find((x) => x.name === f.data?.name || x.nameEn === f.data?.nameEn);
      const it = lt ? itemOfKind.get(lt.kind) : undefined;
      if (it) {
        it.missing.push(f);
        continue;
      }
    }
    const onPart = f.location ? partBySheet.get(f.location.sheet) : undefined;
    // A finding of the 编制说明 text (--narrative) is a problem of the text, even where it names a table's cell.
    if (f.rule.startsWith('narrative/')) {
      addTo(partFindings, onPart ?? 'explanation', f);
      continue;
    }
    const t = tableOfFinding(r, f, bySheet);
    if (t) itemOfTable.get(t)!.findings.push(f);
    else if (onPart) addTo(partFindings, onPart, f);
    else other.push(f);
  }

  const present = new Set((r.parts ?? []).map((p) => p.part));
  const partItem = (p: PartKind): ChecklistItem => {
    const fs = partFindings.get(p) ?? [];
    const lines = fs.map((f) => findingLine(f, L));
    if (concerns(fs)) return { item: L.items[p], ok: false, lines };
    if (present.has(p)) return { item: L.items[p], ok: true, lines };
    // Not in the workbook: no layout asks for it there, so the reviewer judges the published document.
    return { item: L.items[p], ok: null, lines: [fill(L.partMissing, { what: L.items[p] }), ...lines] };
  };

  const items: ChecklistItem[] = [{ item: L.items.timeliness, ok: null, lines: [L.reviewer] }];
  for (const p of PART_ORDER_BEFORE) items.push(partItem(p));
  for (const it of tableItems) {
    const fs = [...it.missing, ...it.findings];
    const lines = fs.map((f) => findingLine(f, L));
    if (it.tables.length === 0) {
      // Missing: 否 when the audit says the layout requires it (meta/required-tables), else said and left open.
      const noneFound = noTables.length > 0 && concerns(noTables);
      const required = concerns(it.missing) || noneFound;
      items.push({ item: it.item, ok: required || concerns(fs) ? false : null, lines: [L.tableMissing, ...lines] });
    } else items.push({ item: it.item, ok: !concerns(fs), lines });
  }
  if (tableItems.length === 0) {
    // No layout and no table: one line for the tables, so the form does not look complete.
    items.push({ item: L.items.tables, ok: concerns(noTables) ? false : null, lines: [L.noTables, ...noTables.map((f) => findingLine(f, L))] });
  } else if (noTables.length > 0) other.push(...noTables);
  for (const p of PART_ORDER_AFTER) items.push(partItem(p));
  if (other.length > 0 || r.unrecognized.length > 0) {
    const lines = [
      ...other.map((f) => findingLine(f, L)),
      ...r.unrecognized.map((u) => fill(L.unrecognized, { where: `${u.sheet}!${u.range}`, text: u.text })),
    ];
    items.push({ item: L.items.other, ok: concerns(other) ? false : null, lines });
  }
  items.push({ item: L.items.display, ok: null, lines: [L.reviewer] });
  return items;
}

// ---------------------------------------------------------------------------------------------------------------
// Writing the workbook.
// ---------------------------------------------------------------------------------------------------------------

/** Display width in Excel's character units: CJK and full-width forms count two. */
function textWidth(s: string): number {
  let w = 0;
  for (const ch of s)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) || ch.codePointAt(0)! > 0xffff ? 2 : 1;
  return w;
}

/** Lines a wrapped text takes in a column `width` characters wide. */
function wrappedLines(text: string, width: number): number {
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(textWidth(line) / Math.max(1, width - 1))), 0);
}

// eslint-disable-next-line no-control-regex -- control characters are what is removed from a sheet name
const CONTROL = /[\u0000-\u001f]/g;

/** A valid sheet name (≤ 31 characters, none of []:*?/\, no quote at either end), unique case-insensitively. */
export function sheetNameFor(wanted: string, taken: Set<string>): string {
  const clean = (s: string) =>
    [...s.replace(FORBIDDEN, '_').replace(CONTROL, ' ').trim()]
      .join('')
      .replace(/^'+|'+$/g, '')
      .trim();
  const cut = (s: string, n: number) => {
    const chars = [...s];
    let out = '';
    for (const ch of chars) {
      if (out.length + ch.length > n) break;
      out += ch;
    }
    return out.replace(/'+$/, '').trim();
  };
  let base = cut(clean(wanted), 31);
  if (!base || base.toLowerCase() === 'history') base = base ? `${base}_` : 'Sheet';
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) {
    const suffix = `(${i})`;
    name = cut(base, 31 - suffix.length) + suffix;
  }
  taken.add(name.toLowerCase());
  return name;
}

const thin: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
const headFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF7' } };

function printSetup(ws: ExcelJS.Worksheet, headerRow: number): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    printTitlesRow: `${headerRow}:${headerRow}`,
  };
  ws.headerFooter = { oddFooter: '&C&P / &N' };
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: headerRow, activeCell: `A${headerRow + 1}` }];
}

function headerRow(ws: ExcelJS.Worksheet, row: number, values: string[]): void {
  const r = ws.getRow(row);
  values.forEach((v, i) => {
    const c = r.getCell(i + 1);
    c.value = v;
    c.font = { bold: true };
    c.fill = headFill;
    c.border = thin;
    c.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  });
  r.height = 20;
}

function titleRow(ws: ExcelJS.Worksheet, row: number, text: string, columns: number, size = 16): void {
  ws.mergeCells(row, 1, row, columns);
  const c = ws.getCell(row, 1);
  c.value = text;
  c.font = { bold: true, size };
  c.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(row).height = size + 14;
}

function noteRow(ws: ExcelJS.Worksheet, row: number, text: string, columns: number): void {
  ws.mergeCells(row, 1, row, columns);
  const c = ws.getCell(row, 1);
  c.value = text;
  c.alignment = { horizontal: 'left', vertical: 'middle', wrapText: true };
  // A merged cell never grows with its text: give it the lines it needs.
  let width = 0;
  for (let i = 1; i <= columns; i++) width += ws.getColumn(i).width ?? 9;
  ws.getRow(row).height = Math.min(409, Math.max(18, wrappedLines(text, width) * 15 + 4));
}

const WIDTHS = [7, 30, 20, 96];

function writeReportSheet(ws: ExcelJS.Worksheet, r: Report, L: Labels, lang: 'zh' | 'en'): void {
  WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const org = reportOrg(r);
  const year = yearOf(r);
  const title = (org ? (lang === 'en' ? `${org}: ` : org) : '') + fill(L.title, { year: year ? fill(L.year, { y: year }) : '' });
  titleRow(ws, 1, title, 4);
  let row = 2;
  const info = [
    org ? fill(L.orgLine, { org }) : null,
    r.file ? fill(L.fileLine, { file: r.file }) : null,
    r.layout ? fill(L.layoutLine, { layout: r.layout.name }) : null,
    fill(L.resultLine, { e: r.summary.errors, w: r.summary.warnings, i: r.summary.infos }),
  ].filter((x): x is string => x !== null);
  noteRow(ws, row++, info.join(lang === 'en' ? '    ' : '　　'), 4);
  const head = row++;
  headerRow(ws, head, L.cols);
  checklistItems(r, lang).forEach((it, i) => {
    const x = ws.getRow(row++);
    let text = it.lines.join('\n');
    if (text.length > MAX_CELL_CHARS) {
      const kept: string[] = [];
      let n = 0;
      for (const line of it.lines) {
        if (n + line.length + 1 > MAX_CELL_CHARS - 100) break;
        kept.push(line);
        n += line.length + 1;
      }
      text = [...kept, fill(L.more, { n: it.lines.length - kept.length })].join('\n');
    }
    x.getCell(1).value = i + 1;
    x.getCell(2).value = it.item;
    x.getCell(3).value = it.ok === null ? null : it.ok ? L.yes : L.no;
    x.getCell(4).value = text || null;
    for (let c = 1; c <= 4; c++) {
      const cell = x.getCell(c);
      cell.border = thin;
      cell.alignment = { vertical: 'top', horizontal: c === 1 || c === 3 ? 'center' : 'left', wrapText: true };
    }
    if (it.ok === false) x.getCell(3).font = { bold: true, color: { argb: RED } };
    // Excel does not grow a row for wrapped text written by a library: give it the lines it needs (≤ 409 pt).
    const lines = Math.max(wrappedLines(it.item, WIDTHS[1]), wrappedLines(text, WIDTHS[3]));
    x.height = Math.min(409, Math.max(20, lines * 15 + 5));
  });
  row++;
  noteRow(ws, row++, L.signature, 4);
  noteRow(ws, row, L.generatedBy, 4);
  ws.getCell(row, 1).font = { color: { argb: 'FF666666' }, size: 9 };
  printSetup(ws, head);
}

function writeFailedSheet(ws: ExcelJS.Worksheet, f: { file: string; reason: string }, L: Labels): void {
  WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  titleRow(ws, 1, fill(L.title, { year: '' }), 4);
  noteRow(ws, 2, fill(L.fileLine, { file: f.file }), 4);
  noteRow(ws, 3, fill(L.couldNotRead, { reason: f.reason }), 4);
  ws.getCell(3, 1).font = { bold: true, color: { argb: RED } };
  printSetup(ws, 1);
  ws.views = [];
}

const baseName = (file: string): string => file.replace(/^.*[\\/]/, '').replace(/\.xls[xm]?$/i, '');

/**
 * The 公开情况检查表 for a batch: a 汇总 sheet (file, 单位/部门, layout, errors, warnings, 是否通过, a link to each
 * sheet), then one sheet per workbook in the order given, then one per file that could not be read.
 */
export function buildChecklist(reports: Report[], options: ChecklistOptions): ExcelJS.Workbook {
  const L: Labels = options.lang === 'en' ? LABELS.en : LABELS.zh;
  const failed = options.failed ?? [];
  const wb = new ExcelJS.Workbook();
  wb.creator = 'budget-audit';
  wb.created = new Date();
  const taken = new Set<string>();
  const summary = wb.addWorksheet(sheetNameFor(L.summarySheet, taken));
  const names = [
    ...reports.map((r, i) => sheetNameFor((r.file ? baseName(r.file) : '') || reportOrg(r) || `${i + 1}`, taken)),
    ...failed.map((f, i) => sheetNameFor(baseName(f.file) || `${reports.length + i + 1}`, taken)),
  ];

  const sw = [7, 36, 34, 26, 8, 8, 12];
  sw.forEach((w, i) => (summary.getColumn(i + 1).width = w));
  titleRow(summary, 1, L.summaryTitle, sw.length);
  headerRow(summary, 2, L.summaryCols);
  const link = (name: string) => `#'${name.replace(/'/g, "''")}'!A1`;
  const rowsOut: { file: string; org: string; layout: string; e: number | null; w: number | null; pass: string; bad: boolean; sheet: string }[] = [
    ...reports.map((r, i) => ({
      file: r.file ?? names[i],
      org: reportOrg(r),
      layout: r.layout?.name ?? '',
      e: r.summary.errors,
      w: r.summary.warnings,
      pass: r.summary.errors > 0 ? L.no : L.yes,
      bad: r.summary.errors > 0,
      sheet: names[i],
    })),
    ...failed.map((f, j) => ({ file: f.file, org: '', layout: '', e: null, w: null, pass: L.unreadable, bad: true, sheet: names[reports.length + j] })),
  ];
  rowsOut.forEach((x, i) => {
    const r = summary.getRow(3 + i);
    r.getCell(1).value = i + 1;
    r.getCell(2).value = { text: x.file, hyperlink: link(x.sheet) };
    r.getCell(2).font = { color: { argb: 'FF0563C1' }, underline: true };
    r.getCell(3).value = x.org || null;
    r.getCell(4).value = x.layout || null;
    r.getCell(5).value = x.e;
    r.getCell(6).value = x.w;
    r.getCell(7).value = x.pass;
    if (x.bad) r.getCell(7).font = { bold: true, color: { argb: RED } };
    for (let c = 1; c <= sw.length; c++) {
      r.getCell(c).border = thin;
      r.getCell(c).alignment = { vertical: 'top', horizontal: c === 1 || c >= 5 ? 'center' : 'left', wrapText: true };
    }
  });
  printSetup(summary, 2);

  reports.forEach((r, i) => writeReportSheet(wb.addWorksheet(names[i]), r, L, options.lang));
  failed.forEach((f, j) => writeFailedSheet(wb.addWorksheet(names[reports.length + j]), f, L));
  return wb;
}
