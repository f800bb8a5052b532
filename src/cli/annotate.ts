/**
 * --annotate: a copy of a workbook with the findings marked the way the add-in marks them — a fill per flagged cell
 * (error red, warning amber, 尾差 light yellow), our note beside the user's (a user's own note stays, the cell then gets
 * the fill only), the record of each cell's own fill on the very-hidden sheet BTA_State (so the add-in's 清除标记 puts
 * back exactly what the user had), and a 审核结果 sheet listing every finding with a link to its cell.
 *
 * Values, formulas and number formats are never touched: a flagged cell gets a style object of its own with only the
 * fill replaced. A cell whose own fill cannot be recorded the way Office.js restores it (a theme or indexed colour, a
 * hatch, a gradient) gets the note without the fill: a flag 清除标记 could not undo is worse than none. Protected
 * sheets are not flagged (as in the add-in); their findings are still listed on 审核结果.
 */
import ExcelJS from 'exceljs';
import { FLAG_COLORS, NOTE_MARK, parseState, STATE_SHEET, stateChunks, targetsOf } from '../core/flags';
import type { FillState, FlagRecord, FlagState } from '../core/flags';
import type { Finding, Report } from '../core/report';

export const RESULT_SHEET = '审核结果';

const LABELS = {
  zh: {
    title: (e: number, w: number, i: number) => `${NOTE_MARK}审核结果：错误 ${e} 个，警告 ${w} 个，提示 ${i} 个`,
    about: (file: string, layout: string) => `工作簿：${file}　报表格式：${layout}　本表及单元格标记由预算表审核助手添加，在加载项中点“清除标记”即可全部去除`,
    head: ['序号', '级别', '表', '单元格', '问题', '规则'],
    severity: { error: '错误', warning: '警告', info: '提示' } as Record<string, string>,
    none: '未发现问题',
    unflagged: '（所在工作表受保护，未在单元格中标记）',
  },
  en: {
    title: (e: number, w: number, i: number) => `${NOTE_MARK}审核结果 Audit result: ${e} errors, ${w} warnings, ${i} notes`,
    about: (file: string, layout: string) =>
      `Workbook: ${file}   Layout: ${layout}   This sheet and the cell marks were added by the budget table auditor; 清除标记 (Clear flags) in the add-in removes them all`,
    head: ['#', 'Severity', 'Table', 'Cell', 'Finding', 'Rule'],
    severity: { error: 'error', warning: 'warning', info: 'info' } as Record<string, string>,
    none: 'No problem found',
    unflagged: '(the sheet is protected: not marked in the cell)',
  },
};

export interface AnnotateOutcome {
  /** Cells that got a fill (and our note where the user had none). */
  flagged: number;
  /** Flagged cells that kept the user's own note: the fill flags them. */
  messagesKept: number;
  /** Cells whose own fill could not be recorded exactly: note only, no fill. */
  noteOnly: number;
  /** Sheets with findings that were not marked because they are protected. */
  protectedSheets: string[];
  /** The name of the sheet listing the findings. */
  resultSheet: string;
}

type Cell = ExcelJS.Cell;

/** The cell's own fill as Office.js would read it, or null when Office.js could not put it back exactly. */
export function fillStateOf(cell: Cell): FillState | null {
  const f = cell.fill as ExcelJS.Fill | undefined;
  if (!f || (f.type === 'pattern' && (f.pattern === 'none' || !f.pattern))) return { color: null, pattern: 'None' };
  if (f.type !== 'pattern' || f.pattern !== 'solid') return null;
  const argb = (f.fgColor as { argb?: string } | undefined)?.argb;
  if (!argb || !/^[0-9A-Fa-f]{8}$/.test(argb) || (f.fgColor as { tint?: number }).tint) return null;
  return { color: `#${argb.slice(2).toUpperCase()}`, pattern: 'Solid', tintAndShade: 0 };
}

/** A recorded fill as exceljs writes it, or null when it is not one this module can write (leave it). */
function fillOfState(s: FillState): ExcelJS.Fill | null {
  if (s.pattern === 'None' || (s.pattern === undefined && (!s.color || /^#FFFFFF$/i.test(s.color)))) return { type: 'pattern', pattern: 'none' };
  if ((s.pattern === 'Solid' || s.pattern === undefined) && s.color && /^#[0-9A-Fa-f]{6}$/.test(s.color) && !s.tintAndShade) {
    return { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${s.color.slice(1).toUpperCase()}` } };
  }
  return null;
}

function currentColor(cell: Cell): string | null {
  return fillStateOf(cell)?.color ?? null;
}

/** Give the cell a style of its own with this fill: exceljs shares style objects between cells read from a file. */
function setFill(cell: Cell, fill: ExcelJS.Fill): void {
  cell.style = { ...cell.style, fill };
}

function noteText(cell: Cell): string | undefined {
  const n = cell.note as string | ExcelJS.Comment | undefined;
  if (n === undefined || n === null) return undefined;
  if (typeof n === 'string') return n;
  return (n.texts ?? []).map((t) => t.text).join('');
}

function removeNote(cell: Cell): void {
  // exceljs has no public way to delete a note: the cell keeps it as `_comment`.
  delete (cell as unknown as { _comment?: unknown })._comment;
}

const ours = (text: string | undefined) => typeof text === 'string' && text.startsWith(NOTE_MARK);
const key = (sheet: string, cell: string) => `${sheet}\u0000${cell}`;

function readState(wb: ExcelJS.Workbook): string | null {
  const ws = wb.getWorksheet(STATE_SHEET);
  if (!ws) return null;
  let text = '';
  for (let r = 1; r <= ws.rowCount; r++) {
    const v = ws.getCell(r, 1).value;
    if (typeof v === 'string') text += v;
  }
  return text || null;
}

function uniqueSheetName(wb: ExcelJS.Workbook, base: string, mayReplace: Set<string>): string {
  const taken = (n: string) => wb.worksheets.some((w) => w.name === n && !mayReplace.has(n));
  if (!taken(base)) return base;
  for (let i = 2; ; i++) if (!taken(`${base}(${i})`)) return `${base}(${i})`;
}

/**
 * Mark `report`'s findings in `wb` (read from the user's file; the caller writes it elsewhere). A workbook flagged
 * before (by the add-in, or an earlier --annotate) has its previous flags taken away first, as re-validating does.
 */
export function annotateWorkbook(
  wb: ExcelJS.Workbook,
  report: Pick<Report, 'findings' | 'summary' | 'layout'> & { file?: string },
  lang: 'zh' | 'en' = 'zh',
): AnnotateOutcome {
  const L = LABELS[lang];
  const prev = parseState(readState(wb));
  const prevByKey = new Map(prev.cells.map((r) => [key(r.sheet, r.cell), r]));
  const sheetOf = (name: string) => wb.worksheets.find((w) => w.name === name && w.name !== STATE_SHEET);
  const locked = (ws: ExcelJS.Worksheet) => !!(ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection?.sheet;
  const targets = targetsOf(report.findings);
  const targetKeys = new Set(targets.map((t) => key(t.sheet, t.cell)));
  const next: FlagRecord[] = [];

  // 1. our previous flags away (a cell flagged again keeps its recorded own fill, below)
  for (const r of prev.cells) {
    const ws = sheetOf(r.sheet);
    if (!ws) continue;
    if (locked(ws)) {
      next.push(r); // as the add-in does: kept on record for a later 清除标记
      continue;
    }
    const cell = ws.getCell(r.cell);
    if (ours(noteText(cell)) && !targetKeys.has(key(r.sheet, r.cell))) removeNote(cell);
    if (targetKeys.has(key(r.sheet, r.cell))) continue;
    if (currentColor(cell)?.toUpperCase() !== r.flag.toUpperCase()) continue; // re-coloured by the user since: theirs now
    const own = fillOfState(r.fill);
    if (own) setFill(cell, own);
    else next.push(r); // a fill only Office.js can put back: the record stays for 清除标记
  }
  for (const name of prev.addedSheets ?? []) {
    const ws = wb.getWorksheet(name);
    if (ws) wb.removeWorksheet(ws.id);
  }

  // 2. the new flags
  let flagged = 0;
  let messagesKept = 0;
  let noteOnly = 0;
  const blocked = new Set<string>();
  for (const t of targets) {
    const ws = sheetOf(t.sheet);
    if (!ws) continue;
    if (locked(ws)) {
      blocked.add(t.sheet);
      continue;
    }
    const cell = ws.getCell(t.cell);
    const old = prevByKey.get(key(t.sheet, t.cell));
    const color = FLAG_COLORS[t.kind];
    const now = fillStateOf(cell);
    const ownFill = old && now?.color && now.color.toUpperCase() === old.flag.toUpperCase() ? old.fill : now;
    const existing = noteText(cell);
    const mayNote = existing === undefined || ours(existing);
    if (mayNote) cell.note = `${NOTE_MARK}\n${t.text}`;
    if (!ownFill) {
      noteOnly++; // no fill (and, under a user's own note, nothing in the cell): the finding is on 审核结果
      continue;
    }
    if (!mayNote) messagesKept++;
    const note: FlagRecord['note'] = mayNote ? 'note' : null;
    setFill(cell, { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${color.slice(1)}` } });
    next.push({ sheet: t.sheet, cell: t.cell, fill: ownFill, flag: color, note });
    flagged++;
  }

  // 3. 审核结果, and the record
  const resultSheet = uniqueSheetName(wb, RESULT_SHEET, new Set());
  writeResultSheet(wb.addWorksheet(resultSheet), report, blocked, L);
  const state: FlagState = { v: 1, cells: next, addedSheets: [resultSheet] };
  if (prev.settings) state.settings = prev.settings;
  const old = wb.getWorksheet(STATE_SHEET);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(STATE_SHEET, { state: 'veryHidden' });
  stateChunks(state).forEach((chunk, i) => {
    const c = ws.getCell(i + 1, 1);
    c.numFmt = '@';
    c.value = chunk;
  });
  return { flagged, messagesKept, noteOnly, protectedSheets: [...blocked], resultSheet };
}

function quoted(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

function writeResultSheet(
  ws: ExcelJS.Worksheet,
  report: Pick<Report, 'findings' | 'summary' | 'layout'> & { file?: string },
  blocked: Set<string>,
  L: (typeof LABELS)['zh'],
): void {
  const s = report.summary;
  ws.getCell('A1').value = L.title(s.errors, s.warnings, s.infos ?? 0);
  ws.getCell('A1').font = { bold: true, size: 13 };
  ws.getCell('A2').value = L.about(report.file ?? '', report.layout.name);
  ws.getCell('A2').font = { color: { argb: 'FF595959' } };
  const head = ws.getRow(4);
  L.head.forEach((h, i) => {
    const c = head.getCell(i + 1);
    c.value = h;
    c.font = { bold: true };
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    c.border = { bottom: { style: 'thin' } };
  });
  ws.views = [{ state: 'frozen', ySplit: 4 }];
  ws.columns = [{ width: 6 }, { width: 8 }, { width: 28 }, { width: 30 }, { width: 90 }, { width: 28 }];
  const findings: Finding[] = report.findings;
  if (findings.length === 0) ws.getCell('A5').value = L.none;
  findings.forEach((f, i) => {
    const row = ws.getRow(5 + i);
    row.getCell(1).value = i + 1;
    row.getCell(2).value = L.severity[f.severity] ?? f.severity;
    row.getCell(2).font = {
      color: { argb: f.severity === 'error' ? 'FFC00000' : f.severity === 'warning' ? 'FF9C5700' : 'FF1F4E79' },
      bold: f.severity === 'error',
    };
    row.getCell(3).value = f.table ?? '';
    if (f.location) {
      const text = `${f.location.sheet}!${f.location.cell}`;
      row.getCell(4).value = { text, hyperlink: `#${quoted(f.location.sheet)}!${f.location.cell}` };
      row.getCell(4).font = { color: { argb: 'FF0563C1' }, underline: true };
    } else row.getCell(4).value = '-';
    row.getCell(5).value = f.location && blocked.has(f.location.sheet) ? `${f.message}${L.unflagged}` : f.message;
    row.getCell(5).alignment = { wrapText: true, vertical: 'top' };
    row.getCell(6).value = f.rule;
  });
}
