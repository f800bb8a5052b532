/** 导出报告: a sheet 审核报告 with one row per finding and a link to its cell. Written in one sync. */
import type { Report } from '../core/report';
import { ApiSupport, detectSupport, sheetRef } from './api';
import { exportText, Locale } from '../i18n';

export const REPORT_SHEET = { 'zh-CN': '审核报告', 'en-US': 'Audit report' } as const;

export async function exportReport(
  context: Excel.RequestContext,
  report: Pick<Report, 'findings'>,
  locale: Locale = 'zh-CN',
  support: ApiSupport = detectSupport(),
): Promise<string> {
  const t = exportText(locale);
  const name = REPORT_SHEET[locale];
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  const old = sheets.items.find((s) => s.name === name);
  if (old) old.delete();
  const ws = sheets.add(name);
  const header = [t.severity, t.table, t.cell, t.message, t.expected, t.actual, t.difference, t.rule];
  const rows: (string | number)[][] = [header];
  for (const f of report.findings) {
    rows.push([
      t.severities[f.severity] + (f.category === 'rounding' ? `（${t.rounding}）` : ''),
      f.table ?? '',
      f.location ? `${f.location.sheet}!${f.location.cell}` : '',
      f.message,
      f.expected ?? '',
      f.actual ?? '',
      f.difference ?? '',
      f.rule,
    ]);
  }
  const range = ws.getRange(`A1:H${rows.length}`);
  range.numberFormat = rows.map((r) => r.map(() => '@'));
  range.values = rows;
  ws.getRange('A1:H1').format.font.bold = true;
  report.findings.forEach((f, i) => {
    if (!f.location) return;
    const cell = ws.getRange(`C${i + 2}`);
    const target = sheetRef(f.location.sheet, f.location.cell);
    if (support.hyperlink) cell.hyperlink = { documentReference: target, textToDisplay: `${f.location.sheet}!${f.location.cell}` };
    else cell.formulas = [[`=HYPERLINK("#${target.replace(/"/g, '""')}","${`${f.location.sheet}!${f.location.cell}`.replace(/"/g, '""')}")`]];
  });
  ws.activate();
  await context.sync();
  return name;
}
