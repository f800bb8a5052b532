/**
 * The catalog an audit runs with: the official codes of the workbook's year, the finance bureau's 科目表 (a file
 * given to the CLI, or a sheet named 科目表 in the workbook) and the user's own codes — a sheet named 自定义科目
 * (编码 | 名称 | 体系) or the CLI's --codes JSON. A row of those sheets that cannot be read is left out and kept in
 * `catalog.rejected` with its cell (rule catalog/custom-rows reports it there); the good rows still apply.
 */
import type { Grid } from '../grid';
import { norm } from '../recognize/text';
import { loadCatalog, type Catalog, type CodeSystem, type CustomInput, type RejectedEntry } from './catalog';
import { defaultSystem, readCatalogGrid, type CatalogFileResult } from './file';

export { defaultSystem };

export const CUSTOM_SHEET = '自定义科目';
/** A sheet of the bureau's 科目表 inside the workbook (the add-in's counterpart of --catalog). */
export const CATALOG_SHEET = '科目表';

export interface CustomCode {
  system: CodeSystem;
  code: string;
  name: string;
}

/** The bureau's 科目表 handed to the audit (the CLI's --catalog): its readable rows, added or replacing the bundled year. */
export interface CatalogFileOption {
  entries: CustomInput[];
  /** add (default): over the bundled codes, like 自定义科目; replace: for each system the file holds, the file is the catalogue. */
  mode?: 'add' | 'replace';
}

function sheetNamed(grid: Grid, name: string): string | undefined {
  return grid.sheets.find((s) => norm(s.name) === name)?.name;
}

/** Reads 自定义科目: any row with a code (3–7 digits) and a name; 体系 column (功能/经济/政府经济) optional. */
export function customSheetFromGrid(grid: Grid): CatalogFileResult | undefined {
  const name = sheetNamed(grid, CUSTOM_SHEET);
  return name === undefined ? undefined : readCatalogGrid(grid, { sheet: name, source: 'custom-sheet' });
}

/** The codes of the 自定义科目 sheet (its unreadable rows left out). */
export function customCodesFromGrid(grid: Grid): CustomCode[] {
  return (customSheetFromGrid(grid)?.entries ?? []).map((e) => ({ system: e.system, code: e.code, name: e.name }));
}

/** Reads a sheet named 科目表 (the bureau's 科目表 pasted into the workbook), in any shape file.ts reads. */
export function catalogSheetFromGrid(grid: Grid): CatalogFileResult | undefined {
  const name = sheetNamed(grid, CATALOG_SHEET);
  return name === undefined ? undefined : readCatalogGrid(grid, { sheet: name, source: 'catalog-sheet' });
}

/** The budget year printed in the tables' titles ("2024年…"), or undefined. */
export function yearFromGrid(grid: Grid): number | undefined {
  const counts = new Map<number, number>();
  for (const s of grid.sheets) {
    for (let r = 0; r < Math.min(s.rows.length, 6); r++) {
      for (const v of s.rows[r] ?? []) {
        if (typeof v !== 'string') continue;
        const m = /(20\d\d)\s*年/.exec(v);
        if (m && /表|预算/.test(v)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
      }
    }
  }
  let best: number | undefined;
  for (const [y, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = y;
  return best;
}

/**
 * The catalogue of the year (given, else read from the titles, else 2024), then the bureau's 科目表 (a file, then a
 * 科目表 sheet), then the user's own codes (自定义科目 sheet, then `extra` from --codes): later entries win.
 */
export function catalogFor(grid: Grid, year: number | undefined, extra: CustomCode[] = [], file?: CatalogFileOption): Catalog {
  let catalog = loadCatalog(year ?? yearFromGrid(grid) ?? 2024);
  if (file && file.entries.length) {
    const entries = file.entries.map((e) => ({ ...e, source: e.source ?? ('catalog-file' as const) }));
    catalog = file.mode === 'replace' ? catalog.withReplaced(entries) : catalog.withCustom(entries);
  }
  const rejected: RejectedEntry[] = [];
  const own: CustomInput[] = [];
  for (const r of [catalogSheetFromGrid(grid), customSheetFromGrid(grid)]) {
    if (!r) continue;
    own.push(...r.entries);
    rejected.push(...r.problems);
  }
  own.push(...extra.map((e) => ({ ...e, source: 'codes-option' as const })));
  return own.length || rejected.length ? catalog.withCustom(own, rejected) : catalog;
}
