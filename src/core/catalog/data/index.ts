import data2024 from './2024';
import delta2023 from './2023';
import delta2025 from './2025';
import delta2026 from './2026';
import type { CatalogDelta } from './delta';

export type { CatalogDelta } from './delta';

export interface CatalogData {
  year: number;
  functional: string;
  'economic-dept': string;
  'economic-gov': string;
  /** dept<TAB>gov<TAB>scope lines. */
  economicMap: string;
}

/** A year's data: in full (2024, the base) or as changes to another year's (see ./delta.ts). */
export type CatalogSource = CatalogData | CatalogDelta;

export function isDelta(s: CatalogSource): s is CatalogDelta {
  return 'base' in s;
}

/**
 * Every catalogue year that ships with the tool. Add a year: a folder like ./2025 holding its changes to a
 * neighbouring year (a few lines: the pane's bundle grows by those, not by a copy), one line here, and its sources
 * in CHANGES.md.
 */
export const CATALOG_YEARS: Record<number, CatalogSource> = {
  2023: delta2023,
  2024: data2024,
  2025: delta2025,
  2026: delta2026,
};
