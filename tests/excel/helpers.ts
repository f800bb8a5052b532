import { workbookToGrid } from '../../src/cli/xlsx';
import type { Grid } from '../../src/core/grid';
import type { ApiSupport } from '../../src/excel/api';
import { buildMendedWorkbook, buildSeedWorkbook } from '../fixtures/seed-workbook';
import { MemWorkbook } from '../excel-host/model';

export async function seedGrid(): Promise<Grid> {
  return workbookToGrid(buildSeedWorkbook().workbook);
}

export async function mendedGrid(): Promise<Grid> {
  return workbookToGrid(buildMendedWorkbook().workbook);
}

export async function seedModel(): Promise<MemWorkbook> {
  return MemWorkbook.fromGrid(await seedGrid());
}

/** What a host of ExcelApi 1.<minor> reports to isSetSupported. */
export function supportFor(minor: number): ApiSupport {
  return {
    nullObjects: minor >= 4,
    hyperlink: minor >= 7,
    fillPattern: minor >= 9,
    rowProperties: minor >= 9,
    comments: minor >= 10,
    mergedAreas: minor >= 13,
    notes: minor >= 18,
  };
}
