/** Test helpers: the seed workbooks as Grids (built in memory with exceljs), and ways to change one cell. */
import type { CellValue, Grid } from '../../src/core/grid';
import { parseA1 } from '../../src/core/grid';
import { audit } from '../../src/core/audit';
import type { Finding } from '../../src/core/report';
import type { RuleDefinition } from '../../src/core/rules/rule';
import { workbookToGrid } from '../../src/cli/xlsx';
import { buildMendedWorkbook, buildSeedWorkbook } from '../fixtures/seed-workbook';

let seed: Grid | undefined;
let mended: Grid | undefined;

export async function seedGrid(): Promise<Grid> {
  seed ??= await workbookToGrid(buildSeedWorkbook().workbook);
  return clone(seed);
}

export async function mendedGrid(): Promise<Grid> {
  mended ??= await workbookToGrid(buildMendedWorkbook().workbook);
  return clone(mended);
}

export function clone(g: Grid): Grid {
  return JSON.parse(JSON.stringify(g)) as Grid;
}

export function getCell(g: Grid, sheet: string, addr: string): CellValue {
  const s = g.sheets.find((x) => x.name === sheet);
  if (!s) throw new Error(`no sheet ${sheet}`);
  const { row, col } = parseA1(addr);
  return s.rows[row]?.[col] ?? null;
}

/** Sets a cell (sheet coordinates; the test grids start at A1). */
export function setCell(g: Grid, sheet: string, addr: string, value: CellValue): Grid {
  const s = g.sheets.find((x) => x.name === sheet);
  if (!s) throw new Error(`no sheet ${sheet}`);
  const { row, col } = parseA1(addr);
  while (s.rows.length <= row) s.rows.push([]);
  const r = s.rows[row];
  while (r.length <= col) r.push(null);
  r[col] = value;
  return g;
}

/** Findings of one rule only. */
export function run(rule: RuleDefinition, g: Grid): Finding[] {
  return audit(g, { ruleSet: [rule] }).findings;
}

export function at(f: Finding): string {
  return f.location ? `${f.location.sheet}!${f.location.cell}` : '-';
}

/** A sheet from rows of values (A1-based). */
export function sheet(name: string, rows: CellValue[][]): Grid['sheets'][number] {
  return { name, rows: rows.map((r) => r.map((v) => (v === undefined ? null : v))) };
}
