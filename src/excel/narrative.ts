/**
 * The 编制说明 in Excel: read the tables and the sheet 上年数与说明, create that sheet for the user to fill, write
 * the text to a sheet 编制说明 (or downwards from the selected cell), and read the sheet 编制说明 back to check it.
 * No React here; the pane (src/taskpane/ExplainView.tsx) calls these functions inside runExcel.
 *
 * Syncs: load = readGrid's 2, values only — no fills, notes or comments (the sheet list, then every sheet's used range — that read already holds the sheets
 * 上年数与说明 and 编制说明); insert into the sheet = 2 when the sheet is new, 3 when it exists (list, its used
 * range and protection, write); insert at the selection = 2 (selection, target cells and protection; write);
 * create 上年数与说明 = 2 (list; write or activate); insert into the template's own text cells (部门编制说明,
 * 其他相关情况说明: insertIntoTemplate) = 3 (readGrid's 2, then one write). A 'needs-confirmation' or 'refused'
 * answer writes nothing.
 *
 * Never writes a value of the user's tables: inserting at a selection that overlaps a recognised table region is
 * refused, and replacing existing text happens only with an explicit `replace`.
 */
import { textOfWorkbook } from '../core/recognize/explanation';
import { audit, AuditResult } from '../core';
import type { Area, CellRef, Grid } from '../core/grid';
import { a1, parseArea } from '../core/grid';
import { PRIOR_SHEET_NAME, priorFactsFromGrid, priorSheetTemplate } from '../core/narrative';
import type { Explanation, NarrativeInput, PriorFacts, PriorProblem, TextParagraph } from '../core/narrative';
import { placeExplanation, type PlannedWrite, type SkippedCell } from '../core/narrative/placement';
import { fill, messages } from '../i18n';
import { ApiSupport, detectSupport, localAddress } from './api';
import { settingsOf } from './flags';
import { readGrid, ReadResult } from './read';

export const EXPLANATION_SHEET = '编制说明';
/** Column A of 编制说明, in points: about 100 characters (50 Chinese characters) of 11-point text per line. */
export const EXPLANATION_COLUMN_WIDTH = 560;
/** Columns of 上年数与说明 (项目 | 数值 | 说明), in points. */
export const PRIOR_COLUMN_WIDTHS = [190, 110, 330] as const;

/** A recognised table region, which inserting must not touch (a TableSummary fits). */
export interface Region {
  sheet: string;
  range: string;
  title?: string;
  name?: string;
}

export interface NarrativeLoad {
  read: ReadResult;
  report: AuditResult;
  prior: PriorFacts;
  /** The workbook has a sheet 上年数与说明. */
  priorFound: boolean;
  priorProblems: PriorProblem[];
  /** Column A of the sheet 编制说明 (non-empty cells, with their addresses); null when there is none. */
  existing: (NarrativeInput & { cells: CellRef[] }) | null;
  syncs: number;
}

/** Everything the explanation view needs, in readGrid's two syncs. */
export async function loadNarrative(context: Excel.RequestContext, options: { locale?: 'zh-CN' | 'en-US'; support?: ApiSupport } = {}): Promise<NarrativeLoad> {
  // values only: the explanation needs no fills, notes or comments (those are for flagging)
  const read = await readGrid(context, options.support ?? detectSupport(), { forFlags: false });
  // audited as the workbook's remembered layout / 行政单位 settings say (the pane's choice, as 校验 uses it)
  const settings = settingsOf(read.stateText);
  const report = audit(read.grid, { locale: options.locale ?? 'zh-CN', layout: settings.layout, adminOnly: settings.adminOnly });
  const p = priorFactsFromGrid(read.grid);
  return {
    read,
    report,
    prior: p.facts,
    priorFound: p.found,
    priorProblems: p.problems,
    existing: explanationFromGrid(read.grid) ?? textOfWorkbook(read.grid, report.parts),
    syncs: read.syncs,
  };
}

/**
 * The paragraphs of the sheet 编制说明 in a Grid (the one 插入 writes): each non-empty cell of column A, with its cell.
 * Without it, the template's own text sheets (部门编制说明, 其他相关情况说明 …) are read (textOfWorkbook).
 */
export function explanationFromGrid(grid: Grid): (NarrativeInput & { cells: CellRef[] }) | null {
  const sheet = grid.sheets.find((s) => s.name === EXPLANATION_SHEET);
  if (!sheet) return null;
  const or = sheet.origin?.row ?? 0;
  const oc = sheet.origin?.col ?? 0;
  if (oc > 0) return null; // column A is empty
  const paragraphs: string[] = [];
  const cells: CellRef[] = [];
  sheet.rows.forEach((row, i) => {
    const v = row[0];
    if (v === null || v === undefined || String(v).trim() === '') return;
    paragraphs.push(String(v).trim());
    cells.push({ sheet: sheet.name, cell: a1(or + i, 0) });
  });
  return paragraphs.length ? { paragraphs, cells } : null;
}

// ---------------------------------------------------------------- inserting

export type InsertTarget = 'sheet' | 'selection';

export type InsertResult =
  | { status: 'inserted'; sheet: string; address: string; rows: number; syncs: number }
  /** The target holds content: nothing was written; call again with replace: true after the user agreed. */
  | { status: 'needs-confirmation'; sheet: string; address: string; filled: number; syncs: number }
  | {
      status: 'refused';
      reason: 'inside-table' | 'selection' | 'protected';
      sheet?: string;
      address?: string;
      region?: Region;
      message: { zh: string; en: string };
      syncs: number;
    };

export interface InsertOptions {
  /** Replace what the target holds (after the user confirmed). Without it, a filled target is left alone. */
  replace?: boolean;
  /** The recognised table regions (from the audit): inserting over them is refused. */
  regions: Region[];
  support?: ApiSupport;
}

const rectOf = (range: string): Area => parseArea(localAddress(range));

const overlaps = (x: Area, y: Area) => x.r1 <= y.r2 && y.r1 <= x.r2 && x.c1 <= y.c2 && y.c1 <= x.c2;

/** "'附表 1'!C5:C9" → 附表 1. */
export function sheetOfAddress(address: string): string {
  const i = address.lastIndexOf('!');
  const s = i >= 0 ? address.slice(0, i) : '';
  return s.startsWith("'") && s.endsWith("'") ? s.slice(1, -1).replace(/''/g, "'") : s;
}

function both(key: 'refusedInsideTable' | 'refusedSelection' | 'refusedProtected', data: Record<string, string>): { zh: string; en: string } {
  return { zh: fill(messages('zh-CN').explain[key], data), en: fill(messages('en-US').explain[key], data) };
}

const filledCount = (values: unknown[][]) => values.reduce((n, r) => n + r.filter((v) => v !== '' && v !== null && v !== undefined).length, 0);

/** Writes the paragraphs, one per row, into the column range `target` (already sized to the paragraphs). */
function writeParagraphs(ws: Excel.Worksheet, target: Excel.Range, firstRow: number, col: number, paragraphs: TextParagraph[], wrap: boolean): void {
  target.numberFormat = paragraphs.map(() => ['@']); // text stays text: "2024" is not turned into a number
  target.values = paragraphs.map((p) => [p.text]);
  target.format.font.bold = false;
  if (wrap) target.format.wrapText = true;
  paragraphs.forEach((p, i) => {
    if (p.heading) ws.getRange(a1(firstRow + i, col)).format.font.bold = true;
  });
}

/**
 * 插入: the paragraphs one per row — into column A of the sheet 编制说明 (created when missing; wrapped, column
 * width set, headings bold), or downwards from the selected cell. A target that holds content needs `replace`.
 */
export async function insertExplanation(
  context: Excel.RequestContext,
  paragraphs: TextParagraph[],
  target: InsertTarget,
  options: InsertOptions,
): Promise<InsertResult> {
  if (paragraphs.length === 0) throw new Error('nothing to insert');
  return target === 'sheet' ? insertIntoSheet(context, paragraphs, options) : insertAtSelection(context, paragraphs, options);
}

async function insertIntoSheet(context: Excel.RequestContext, paragraphs: TextParagraph[], options: InsertOptions): Promise<InsertResult> {
  let syncs = 0;
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  syncs++;
  const n = paragraphs.length;
  const address = `A1:A${n}`;
  const old = sheets.items.find((s) => s.name === EXPLANATION_SHEET);
  let ws: Excel.Worksheet;
  if (old) {
    const used = old.getUsedRange(true);
    used.load('address,values');
    old.protection.load('protected');
    await context.sync();
    syncs++;
    if (old.protection.protected) {
      return { status: 'refused', reason: 'protected', sheet: EXPLANATION_SHEET, message: both('refusedProtected', { sheet: EXPLANATION_SHEET }), syncs };
    }
    const filled = filledCount(used.values as unknown[][]);
    if (filled > 0 && !options.replace) {
      return { status: 'needs-confirmation', sheet: EXPLANATION_SHEET, address: localAddress(used.address), filled, syncs };
    }
    if (filled > 0) used.clear(); // our sheet, and the user agreed to replace its text
    ws = old;
  } else {
    ws = sheets.add(EXPLANATION_SHEET);
  }
  const range = ws.getRange(address);
  writeParagraphs(ws, range, 0, 0, paragraphs, true);
  ws.getRange('A:A').format.columnWidth = EXPLANATION_COLUMN_WIDTH;
  ws.activate();
  await context.sync();
  syncs++;
  return { status: 'inserted', sheet: EXPLANATION_SHEET, address, rows: n, syncs };
}

async function insertAtSelection(context: Excel.RequestContext, paragraphs: TextParagraph[], options: InsertOptions): Promise<InsertResult> {
  let syncs = 0;
  const n = paragraphs.length;
  let target: Excel.Range;
  let ws: Excel.Worksheet;
  try {
    const sel = context.workbook.getSelectedRange();
    target = sel.getCell(0, 0).getResizedRange(n - 1, 0);
    target.load('address,values,rowIndex,columnIndex');
    ws = target.worksheet;
    ws.load('name');
    ws.protection.load('protected');
    await context.sync();
    syncs++;
  } catch {
    // several areas selected (getSelectedRange throws), or the paragraphs would run past the last row
    return { status: 'refused', reason: 'selection', message: both('refusedSelection', {}), syncs: syncs + 1 };
  }
  const sheet = ws.name;
  const address = localAddress(target.address);
  const rect = rectOf(address);
  const hit = options.regions.find((r) => r.sheet === sheet && overlaps(rectOf(r.range), rect));
  if (hit) {
    return {
      status: 'refused',
      reason: 'inside-table',
      sheet,
      address,
      region: hit,
      message: both('refusedInsideTable', { where: `${sheet}!${address}`, table: hit.name ?? hit.title ?? '', range: `${hit.sheet}!${hit.range}` }),
      syncs,
    };
  }
  if (ws.protection.protected) {
    return { status: 'refused', reason: 'protected', sheet, address, message: both('refusedProtected', { sheet }), syncs };
  }
  const filled = filledCount(target.values as unknown[][]);
  if (filled > 0 && !options.replace) return { status: 'needs-confirmation', sheet, address, filled, syncs };
  // The column's width and wrapping are the user's sheet layout: left as they are.
  writeParagraphs(ws, target, target.rowIndex, target.columnIndex, paragraphs, false);
  await context.sync();
  syncs++;
  return { status: 'inserted', sheet, address, rows: n, syncs };
}

// ---------------------------------------------------------------- the template's own text cells

export type TemplateInsertResult =
  | { status: 'inserted'; writes: PlannedWrite[]; skipped: SkippedCell[]; syncs: number }
  /** Cells hold the user's own words: nothing was written; call again with replace: true after the user agreed. */
  | { status: 'needs-confirmation'; cells: SkippedCell[]; where: string; filled: number; syncs: number }
  | { status: 'refused'; reason: 'protected'; sheet: string; message: { zh: string; en: string }; syncs: number }
  /** The workbook has none of the template's text sheets (the pane then offers the sheet 编制说明). */
  | { status: 'no-template'; syncs: number };

/**
 * 插入 into the template's own text cells (部门编制说明 / 单位编制说明 A1, A3, one item per row; 其他相关情况说明 A1,
 * A3) by placeExplanation's plan, read afresh: readGrid's 2 syncs, the formulas of the target cells (a formula is
 * kept, never replaced by a value: the grid holds values only), then every write in one. Each cell keeps its
 * format (only its value is set; a row added after the template's item rows is wrapped as those are). Cells with the
 * user's own words need `replace`; a protected sheet is refused; no cell of a recognised table is in the plan.
 */
export async function insertIntoTemplate(
  context: Excel.RequestContext,
  explanation: Pick<Explanation, 'title' | 'sections'>,
  options: { replace?: boolean; support?: ApiSupport; locale?: 'zh-CN' | 'en-US' } = {},
): Promise<TemplateInsertResult> {
  const load = await loadNarrative(context, { support: options.support, locale: options.locale });
  let syncs = load.syncs;
  const plan = placeExplanation(load.read.grid, load.report.parts, explanation, { tables: load.report.tables, replace: options.replace });
  if (!plan.found) return { status: 'no-template', syncs };
  const mine = plan.skipped.filter((s) => s.reason === 'user-text');
  const locked = [...plan.writes, ...mine].find((w) => load.read.protectedSheets.includes(w.sheet));
  if (locked) return { status: 'refused', reason: 'protected', sheet: locked.sheet, message: both('refusedProtected', { sheet: locked.sheet }), syncs };
  if (mine.length > 0) {
    return { status: 'needs-confirmation', cells: mine, where: mine.map((c) => `${c.sheet}!${c.cell}`).join('、'), filled: mine.length, syncs };
  }
  if (plan.writes.length === 0) return { status: 'inserted', writes: [], skipped: plan.skipped, syncs };
  const sheets = context.workbook.worksheets;
  // The grid holds values only: a formula whose result looks like the template's text is found here, and kept.
  const targets = plan.writes.map((w) => sheets.getItem(w.sheet).getRange(w.cell).load('formulas'));
  await context.sync();
  syncs++;
  const isFormula = (i: number) => {
    const f = targets[i].formulas?.[0]?.[0];
    return typeof f === 'string' && f.startsWith('=');
  };
  const skipped = [
    ...plan.skipped,
    ...plan.writes.filter((_, i) => isFormula(i)).map((w) => ({ sheet: w.sheet, cell: w.cell, text: w.text, reason: 'formula' as const })),
  ];
  const writes = plan.writes.filter((_, i) => !isFormula(i));
  if (writes.length === 0) return { status: 'inserted', writes: [], skipped, syncs };
  for (const w of writes) {
    const range = sheets.getItem(w.sheet).getRange(w.cell);
    range.values = [[w.text]];
    if (w.formatFrom) range.format.wrapText = true;
  }
  const first = writes[0];
  sheets.getItem(first.sheet).activate();
  sheets.getItem(first.sheet).getRange(first.cell).select();
  await context.sync();
  syncs++;
  return { status: 'inserted', writes, skipped, syncs };
}

// ---------------------------------------------------------------- 上年数与说明

export type PriorSheetResult = { status: 'created' | 'exists'; sheet: string; syncs: number };

/**
 * Creates the sheet 上年数与说明 (项目 | 数值 | 说明, one labelled row per fact, values blank or from `prefill`) and
 * shows it. A sheet of that name that exists already is only shown, never written: the user's figures stay.
 */
export async function createPriorSheet(context: Excel.RequestContext, options: { prefill?: PriorFacts } = {}): Promise<PriorSheetResult> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  const old = sheets.items.find((s) => s.name.replace(/\s/g, '').includes(PRIOR_SHEET_NAME));
  if (old) {
    old.activate();
    await context.sync();
    return { status: 'exists', sheet: old.name, syncs: 2 };
  }
  const rows = priorSheetTemplate(options.prefill).map((r) => [r.label, r.value ?? '', r.note]);
  const ws = sheets.add(PRIOR_SHEET_NAME);
  const n = rows.length;
  ws.getRange(`A1:A${n}`).numberFormat = rows.map(() => ['@']);
  ws.getRange(`C1:C${n}`).numberFormat = rows.map(() => ['@']);
  ws.getRange(`A1:C${n}`).values = rows;
  ws.getRange('A1:C1').format.font.bold = true;
  ws.getRange(`C1:C${n}`).format.wrapText = true;
  ['A:A', 'B:B', 'C:C'].forEach((c, i) => (ws.getRange(c).format.columnWidth = PRIOR_COLUMN_WIDTHS[i]));
  ws.activate();
  ws.getRange('B2').select();
  await context.sync();
  return { status: 'created', sheet: PRIOR_SHEET_NAME, syncs: 2 };
}
