/**
 * Browser bundle of the in-memory Excel host: served in place of office.js by the browser test. It builds the
 * workbook from window.__BTA_GRID__ (the seed workbook's Grid, made in Node) and installs Office and Excel.
 */
import type { Grid } from '../../src/core/grid';
import { makeGlobals } from '../excel-host/host';
import { MemWorkbook } from '../excel-host/model';

const w = window as unknown as Record<string, unknown>;
const model = MemWorkbook.fromGrid(w.__BTA_GRID__ as Grid);
// sheets the test wants protected (flags cannot be written there)
for (const name of (w.__BTA_PROTECTED__ as string[] | undefined) ?? []) model.sheet(name)!.protected = true;
const g = makeGlobals(model, { displayLanguage: (w.__BTA_LANG__ as string) ?? 'zh-CN' });
w.Office = g.Office;
w.Excel = g.Excel;
w.__BTA_HOST__ = g.installed;
