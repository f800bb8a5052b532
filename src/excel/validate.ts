/** 校验: read the workbook, audit it, flag the cells — the one flow the ribbon command and the pane share. */
import { audit, AuditResult } from '../core';
import { ApiSupport, detectSupport } from './api';
import { flagReport, FlagOutcome } from './flags';
import { readGrid, ReadResult } from './read';

export interface ValidateResult {
  report: AuditResult;
  read: ReadResult;
  flags: FlagOutcome;
}

export type Progress = (step: 'read' | 'audit' | 'flag' | 'done') => void;

export async function validateWorkbook(
  context: Excel.RequestContext,
  options: { locale?: 'zh-CN' | 'en-US'; support?: ApiSupport; onProgress?: Progress } = {},
): Promise<ValidateResult> {
  const support = options.support ?? detectSupport();
  options.onProgress?.('read');
  const read = await readGrid(context, support);
  options.onProgress?.('audit');
  const report = audit(read.grid, { locale: options.locale ?? 'zh-CN' });
  options.onProgress?.('flag');
  const flags = await flagReport(context, report, read, support);
  options.onProgress?.('done');
  return { report, read, flags };
}
