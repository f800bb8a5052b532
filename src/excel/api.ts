/**
 * The thin edge between the add-in and Office.js: requirement-set checks and Excel.run with delayForCellEdit.
 * Nothing here imports React; src/core never imports this.
 */

/** Which optional API sets the running Excel has. Tests pass their own; in Excel it comes from isSetSupported. */
export interface ApiSupport {
  /** ExcelApi 1.4: *OrNullObject methods. */
  nullObjects: boolean;
  /** ExcelApi 1.9: fill pattern / tintAndShade, so No Fill and white fill can be told apart. */
  fillPattern: boolean;
  /**
   * ExcelApi 1.9: getRowProperties / getColumnProperties — which rows and columns are hidden, one entry each. Absent
   * → same as fillPattern (both come with 1.9). Before 1.9 only a range's all-or-nothing rowHidden / columnHidden.
   */
  rowProperties?: boolean;
  /** ExcelApi 1.10: threaded comments (fallback for notes). */
  comments: boolean;
  /** ExcelApi 1.13: merged areas of a range. */
  mergedAreas: boolean;
  /** ExcelApi 1.18: notes (the classic yellow note), preferred for flag messages. */
  notes: boolean;
  /** ExcelApi 1.7: Range.hyperlink (else a HYPERLINK formula); also workbook.protection (structure). */
  hyperlink: boolean;
}

export function isSetSupported(version: string): boolean {
  try {
    const office = (globalThis as { Office?: typeof Office }).Office;
    return !!office?.context?.requirements?.isSetSupported('ExcelApi', version);
  } catch {
    return false;
  }
}

export function detectSupport(): ApiSupport {
  return {
    nullObjects: isSetSupported('1.4'),
    fillPattern: isSetSupported('1.9'),
    rowProperties: isSetSupported('1.9'),
    comments: isSetSupported('1.10'),
    mergedAreas: isSetSupported('1.13'),
    notes: isSetSupported('1.18'),
    hyperlink: isSetSupported('1.7'),
  };
}

/**
 * Excel.run with delayForCellEdit: a click while the user is editing a cell waits for the edit to end instead of
 * failing with InvalidOperationInCellEditMode.
 */
export function runExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  const excel = (globalThis as { Excel?: typeof Excel }).Excel;
  if (!excel) throw new Error('Excel API not available');
  return excel.run({ delayForCellEdit: true }, batch);
}

/** Quote a sheet name for an A1 reference: 'My Sheet'!C5. */
export function sheetRef(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

/** "'附表1'!A1:H33" or "Sheet1!B2" → the part after the sheet name. */
export function localAddress(address: string): string {
  const i = address.lastIndexOf('!');
  return i >= 0 ? address.slice(i + 1) : address;
}

export type { FillState } from '../core/flags';

/** A RichApi error that says a sync's response (or a range read) was too large for Excel on the web. */
export function isPayloadLimitError(e: unknown): boolean {
  const err = e as { code?: string; message?: string } | null;
  const text = `${err?.code ?? ''} ${err?.message ?? ''}`;
  return /PayloadSizeLimitExceeded|PayloadTooLarge|too many cells|too large/i.test(text);
}

export { NOTE_MARK, STATE_SHEET } from '../core/flags';
