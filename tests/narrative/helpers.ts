import fs from 'fs';
import path from 'path';
import { workbookToGrid } from '../../src/cli/xlsx';
import { audit } from '../../src/core/audit';
import type { Table } from '../../src/core/tables/types';
import { priorFactsFromJson, PriorFacts } from '../../src/core/narrative';
import { buildMendedWorkbook, buildSeedWorkbook } from '../fixtures/seed-workbook';
import { buildShanghaiWorkbook } from '../fixtures/shanghai-workbook';

export const ROOT = path.resolve(__dirname, '../..');

export async function seedTables(): Promise<Table[]> {
  return audit(await workbookToGrid(buildSeedWorkbook().workbook)).typed;
}

export async function mendedTables(): Promise<Table[]> {
  return audit(await workbookToGrid(buildMendedWorkbook().workbook)).typed;
}

export function seedPrior(): PriorFacts {
  return priorFactsFromJson(JSON.parse(fs.readFileSync(path.join(ROOT, 'examples/xianning-2024-prior.json'), 'utf8')));
}

export function readFixture(name: string): string {
  return fs.readFileSync(path.join(__dirname, name), 'utf8');
}

export async function shanghaiTables(): Promise<Table[]> {
  return audit(await workbookToGrid(buildShanghaiWorkbook().workbook)).typed;
}

/** What the Shanghai 2025 text itself says about 2024 (tests/narrative/fixtures/shanghai-2025-prior.json). */
export function shanghaiPrior(): PriorFacts {
  return priorFactsFromJson(JSON.parse(readFixture('fixtures/shanghai-2025-prior.json')));
}
