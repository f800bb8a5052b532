import type { CellRef } from '../core/grid';

/** Activate the sheet and select the cell (and, when given, its related cells on the same sheet are not selected:
 * Excel selects one area through Range.select; the pane lists them). */
export async function navigate(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(cell).select();
  await context.sync();
}

/** Select a cell and its related cells on the same sheet (a multi-area selection where ExcelApi 1.9 allows). */
export async function selectWithRelated(context: Excel.RequestContext, at: CellRef, related: CellRef[], multiArea: boolean): Promise<void> {
  const same = related.filter((r) => r.sheet === at.sheet).map((r) => r.cell);
  if (!multiArea || same.length === 0) return navigate(context, at.sheet, at.cell);
  const ws = context.workbook.worksheets.getItem(at.sheet);
  ws.activate();
  ws.getRanges([at.cell, ...same].join(',')).select();
  await context.sync();
}
