/**
 * The explanation text a workbook holds, checked against its own tables — what the CLI (every workbook, no flag) and
 * the add-in (校验预算) do after the tables are audited. The facts of last year come from the workbook's sheet
 * 上年数与说明 when it has one (else the comparisons with last year are left unjudged).
 */
import type { AuditResult } from './audit';
import type { Grid } from './grid';
import { checkNarrative, emptyPriorFacts, priorFactsFromGrid, type PriorFacts } from './narrative';
import { textOfWorkbook } from './recognize/explanation';
import type { Finding } from './report';
import { summarize } from './report';

export interface WorkbookNarrativeOptions {
  locale?: 'zh-CN' | 'en-US';
  year?: number;
  /** Last year's facts given from outside (--prior); else the workbook's 上年数与说明. */
  prior?: PriorFacts;
}

/** The findings of the workbook's own text (none when it holds no text sheet). */
export function workbookNarrativeFindings(grid: Grid, r: AuditResult, o: WorkbookNarrativeOptions = {}): Finding[] {
  const text = textOfWorkbook(grid, r.parts);
  if (!text) return [];
  let prior = o.prior;
  if (!prior) {
    const p = priorFactsFromGrid(grid);
    prior = p.found ? p.facts : emptyPriorFacts();
  }
  return checkNarrative({ paragraphs: text.paragraphs, cells: text.cells }, r.typed, prior, { locale: o.locale, year: o.year, catalog: r.catalog });
}

/** Adds the workbook text's findings to the report (and its summary). */
export function withWorkbookNarrative(grid: Grid, r: AuditResult, o: WorkbookNarrativeOptions = {}): AuditResult {
  const found = workbookNarrativeFindings(grid, r, o);
  if (found.length > 0) {
    r.findings.push(...found);
    r.summary = summarize(r.findings);
  }
  return r;
}
