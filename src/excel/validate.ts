/** 校验: read the workbook, audit it, flag the cells — the one flow the ribbon command and the pane share. */
import { audit, AuditResult } from '../core';
import { ApiSupport, detectSupport } from './api';
import { AuditSettings, flagReport, FlagOutcome, settingsOf } from './flags';
import { readGrid, ReadResult } from './read';
import { withWorkbookNarrative } from '../core/workbook-narrative';

export interface ValidateResult {
  report: AuditResult;
  read: ReadResult;
  flags: FlagOutcome;
  /** The layout / 行政单位 settings the audit ran with (the pane's choice, else the workbook's remembered one). */
  settings: AuditSettings;
}

export type Progress = (step: 'read' | 'audit' | 'flag' | 'done') => void;

/**
 * `settings` is the pane's choice: it is used and remembered for the workbook (in the flag write, no extra sync).
 * Without it — the ribbon's 校验预算, or the pane before the user chose — the workbook's remembered settings are used,
 * so the ribbon and the pane always audit a workbook the same way.
 */
export async function validateWorkbook(
  context: Excel.RequestContext,
  options: { locale?: 'zh-CN' | 'en-US'; support?: ApiSupport; onProgress?: Progress; settings?: AuditSettings } = {},
): Promise<ValidateResult> {
  const support = options.support ?? detectSupport();
  options.onProgress?.('read');
  const read = await readGrid(context, support);
  const settings = options.settings ?? settingsOf(read.stateText);
  options.onProgress?.('audit');
  const report = audit(read.grid, { locale: options.locale ?? 'zh-CN', layout: settings.layout, adminOnly: settings.adminOnly });
  // The workbook's own 编制说明 / 其他相关情况说明 sheets, checked against its tables: flagged at their cells like any finding.
  withWorkbookNarrative(read.grid, report, { locale: options.locale ?? 'zh-CN' });
  options.onProgress?.('flag');
  const flags = await flagReport(context, report, read, support, { settings: options.settings });
  options.onProgress?.('done');
  return { report, read, flags, settings };
}
