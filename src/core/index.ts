/** The host-neutral core: `audit(grid)` runs the same in the task pane, the ribbon command, the CLI and the tests. */
export { audit } from './audit';
export type { AuditInput, AuditResult } from './audit';
export * from './grid';
export * from './report';
export type { Table, TableKind, AnyRowsTable, AnySidesTable, Row, Line, Column, Amount } from './tables/types';
export { TABLE_NAMES, TABLE_NAMES_EN, REQUIRED_TABLES } from './tables/types';
export { recognize } from './recognize';
export * from './narrative';
export { loadCatalog } from './catalog/catalog';
export type { Catalog, CodeSystem } from './catalog/catalog';
