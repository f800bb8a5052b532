import data2024 from './2024';

export interface CatalogData {
  year: number;
  functional: string;
  'economic-dept': string;
  'economic-gov': string;
  /** dept<TAB>gov<TAB>scope lines. */
  economicMap: string;
}

/** Every catalogue year that ships with the tool. Add a year: a folder like ./2024 and one line here. */
export const CATALOG_YEARS: Record<number, CatalogData> = {
  2024: data2024,
};
