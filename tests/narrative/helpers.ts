import fs from 'fs';
import path from 'path';
import { workbookToGrid } from '../../src/cli/xlsx';
import { audit } from '../../src/core/audit';
import type { Table } from '../../src/core/tables/types';
import { priorFactsFromJson, PriorFacts } from '../../src/core/narrative';
import { buildMendedWorkbook, buildSeedWorkbook } from '../fixtures/seed-workbook';

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
