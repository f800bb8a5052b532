import type { LayoutProfile } from './profile';

/**
 * A workbook whose titles match no profile: read table by table. What was recognised is checked, and the relations
 * among those tables; no table is demanded (a layout we do not know may well not have it), nothing is guessed.
 */
export const UNKNOWN: LayoutProfile = {
  id: 'unknown',
  name: { zh: '未识别的报表格式', en: 'Unrecognised layout' },
  choice: { zh: '逐表核对（不要求附表齐全）', en: 'Table by table (no table required)' },
  basis: '未识别的报表格式：按表名逐表核对，不要求附表齐全',
  tables: [],
  label: { zh: '表{n}', en: 'Table {n}' },
  namesTables: false,
  signals: [],
  // Never detected from titles: it is what remains when no profile is.
  minSignals: Number.POSITIVE_INFINITY,
  ownUnit: [],
  // Units may legitimately differ between the tables of a layout we do not know: a difference is for the user to check.
  rules: { 'meta/unit': 'warning' },
  explanation: 'standard',
};
