/**
 * Reads an .xlsx file into the core's Grid with exceljs: values as Excel shows them (formula cells by their cached
 * result), number formats, merged areas, hidden rows/columns. Bad input becomes a ReadError with a clear message,
 * never a stack trace; the file is only ever read.
 */
import { promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import type { Area, CellValue, Grid, GridSheet } from '../core/grid';
import { a1, parseA1 } from '../core/grid';

export class ReadError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${zh} / ${en}`);
  }
}

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export async function readFileBytes(file: string): Promise<Buffer> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch {
    throw new ReadError('文件不存在', 'file not found');
  }
  if (stat.isDirectory()) throw new ReadError('这是一个文件夹，不是 .xlsx 文件', 'this is a directory, not an .xlsx file');
  if (stat.size === 0) throw new ReadError('文件为空（0 字节）', 'the file is empty (0 bytes)');
  try {
    return await fs.readFile(file);
  } catch (e) {
    throw new ReadError(`无法读取文件（${(e as NodeJS.ErrnoException).code ?? '读取失败'}）`, `cannot read the file (${(e as NodeJS.ErrnoException).code ?? 'read error'})`);
  }
}

/** Tells what a non-xlsx file is, so the message can say what to do. */
function identify(buf: Buffer): void {
  if (buf.subarray(0, 8).equals(CFB)) {
    const encrypted = buf.includes(Buffer.from('EncryptionInfo', 'utf16le'));
    if (encrypted) throw new ReadError('文件设有打开密码（已加密），无法读取：请在 Excel 中取消密码后另存为 .xlsx', 'the file is password-protected (encrypted): remove the password in Excel and save as .xlsx');
    throw new ReadError('这是旧版 Excel 97-2003（.xls）文件：请在 Excel 中另存为 .xlsx 后再检查', 'this is an old Excel 97-2003 (.xls) file: save it as .xlsx in Excel first');
  }
  if (!buf.subarray(0, 4).equals(ZIP)) {
    throw new ReadError('不是 .xlsx 文件（文件内容不是 Excel 工作簿）', 'not an .xlsx file (the content is not an Excel workbook)');
  }
}

function cellValue(v: ExcelJS.CellValue): { value: CellValue; error?: string } {
  if (v === null || v === undefined) return { value: null };
  if (typeof v === 'number' || typeof v === 'boolean') return { value: v };
  if (typeof v === 'string') return { value: v.trim() === '' ? null : v };
  if (v instanceof Date) return { value: v.toISOString().slice(0, 10) };
  const o = v as unknown as Record<string, unknown>;
  if ('error' in o) return { value: String(o.error), error: String(o.error) };
  if ('richText' in o && Array.isArray(o.richText)) {
    const s = (o.richText as { text: string }[]).map((r) => r.text).join('');
    return { value: s.trim() === '' ? null : s };
  }
  if ('formula' in o || 'sharedFormula' in o) {
    const r = o.result as ExcelJS.CellValue | undefined;
    if (r === undefined) return { value: null };
    return cellValue(r);
  }
  if ('text' in o) return cellValue(o.text as ExcelJS.CellValue);
  return { value: String(v) };
}

/**
 * A cell's content. A formula cell is read by its cached result from the cell itself: exceljs's `cell.value` drops a
 * falsy result, so a formula whose cached result is 0 (a =SUM of 0.00 rows) would read as blank.
 */
function cellContent(cell: ExcelJS.Cell): { value: CellValue; error?: string } {
  if (cell.type === ExcelJS.ValueType.Formula) {
    const r = cell.result as ExcelJS.CellValue | undefined;
    return r === undefined ? { value: null } : cellValue(r);
  }
  return cellValue(cell.value);
}

export function worksheetToGridSheet(ws: ExcelJS.Worksheet): GridSheet {
  const rows: CellValue[][] = [];
  const numFmts: (string | undefined)[][] = [];
  const formulaErrors: Record<string, string> = {};
  const hiddenRows: number[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    if (row.hidden) hiddenRows.push(r);
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = colNumber - 1;
      if (cell.isMerged && cell.master && cell.master.address !== cell.address) return;
      const { value, error } = cellContent(cell);
      if (value === null) return;
      (rows[r] ??= [])[c] = value;
      if (cell.numFmt) (numFmts[r] ??= [])[c] = cell.numFmt;
      if (error) formulaErrors[a1(r, c)] = error;
    });
  });
  // Dense rows: holes become null.
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] ?? [];
    for (let j = 0; j < r.length; j++) if (r[j] === undefined) r[j] = null;
    rows[i] = r;
  }
  const merges: Area[] = [];
  const model = (ws as unknown as { model: { merges?: string[] } }).model;
  for (const m of model.merges ?? []) {
    const [a, b] = m.split(':');
    if (!a || !b) continue;
    const p = parseA1(a);
    const q = parseA1(b);
    merges.push({ r1: p.row, c1: p.col, r2: q.row, c2: q.col });
  }
  const hiddenCols: number[] = [];
  const colCount = ws.columnCount;
  for (let c = 1; c <= colCount; c++) if (ws.getColumn(c).hidden) hiddenCols.push(c - 1);
  return {
    name: ws.name,
    rows,
    numFmts,
    merges,
    formulaErrors,
    hiddenRows,
    hiddenCols,
    hidden: ws.state !== 'visible' && ws.state !== undefined,
  };
}

export async function workbookToGrid(wb: ExcelJS.Workbook): Promise<Grid> {
  return { sheets: wb.worksheets.map(worksheetToGridSheet) };
}

/** Reads bytes of an .xlsx into a Grid; throws ReadError for anything that is not a readable, non-empty workbook. */
export async function gridFromBuffer(buf: Buffer): Promise<Grid> {
  identify(buf);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch {
    throw new ReadError('文件已损坏或不是有效的 .xlsx 工作簿，无法打开', 'the file is damaged or not a valid .xlsx workbook');
  }
  if (wb.worksheets.length === 0) throw new ReadError('工作簿中没有工作表', 'the workbook has no worksheets');
  const grid = await workbookToGrid(wb);
  if (grid.sheets.every((s) => s.rows.length === 0)) throw new ReadError('工作簿为空（所有工作表都没有内容）', 'the workbook is empty (no sheet has any content)');
  return grid;
}

export async function readGrid(file: string): Promise<Grid> {
  return gridFromBuffer(await readFileBytes(file));
}
