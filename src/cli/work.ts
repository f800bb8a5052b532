/**
 * One workbook of a run: read, audited, and (with --annotate) its marked copy written. The same function runs in the
 * main thread and in each worker thread of a batch (src/cli/worker.ts); what it returns is plain data, so it crosses
 * the thread boundary as it is (the typed tables stay behind).
 */
import path from 'path';
import { writeEditedCopy, type CopySource, type CopyWording } from './copy';
import { audit, type AuditResult } from '../core/audit';
import type { CatalogFileOption, CustomCode } from '../core/catalog/setup';
import type { LayoutId } from '../core/layouts';
import type { Report } from '../core/report';
import { NOTE_MARK } from '../core/flags';
import { annotateWorkbook, type AnnotateOutcome } from './annotate';
import { withWorkbookNarrative } from '../core/workbook-narrative';
import { gridFromBuffer, ReadError, readFileBytes, type ReadNote } from './xlsx';

export interface WorkOptions {
  lang: 'zh' | 'en';
  customCodes?: CustomCode[];
  layout?: 'auto' | LayoutId;
  adminOnly?: boolean;
  year?: number;
  /** The bureau's 科目表 (--catalog). */
  catalogFile?: CatalogFileOption;
  /** Where the marked copy goes (decided by the main thread, never an input). */
  annotateTo?: string;
  /** Found by walking a folder: a marked copy this tool wrote (--annotate) is not a workbook to audit again. */
  skipOwnCopies?: boolean;
}

export interface WorkResult {
  file: string;
  report?: Report;
  /** Why the workbook could not be read. */
  error?: { zh: string; en: string };
  /** What the reader left out of a readable workbook. */
  notes: ReadNote[];
  /** Not audited, and why (a marked copy of ours met in a folder). */
  skipped?: { zh: string; en: string };
  annotated?: { file: string; outcome: AnnotateOutcome } | { file: string; error: { zh: string; en: string } };
}

/** Audit one file; `keepTyped` keeps the typed tables (the single-workbook path: narrative and explanation need them). */
export async function auditFile(file: string, o: WorkOptions, keepTyped = false): Promise<WorkResult & { result?: AuditResult }> {
  const notes: ReadNote[] = [];
  const report = { rewritten: false };
  let bytes: Buffer;
  let r: AuditResult;
  try {
    bytes = await readFileBytes(file);
    const grid = await gridFromBuffer(bytes, { notes, report });
    if (o.skipOwnCopies && grid.sheets.some((s) => typeof s.rows[0]?.[0] === 'string' && (s.rows[0][0] as string).startsWith(`${NOTE_MARK}审核结果`))) {
      return {
        file,
        notes: [],
        skipped: { zh: '是本工具生成的标注副本（含“审核结果”表），已跳过', en: 'a marked copy written by this tool (it has the 审核结果 sheet), skipped' },
      };
    }
    const locale = o.lang === 'en' ? 'en-US' : 'zh-CN';
    r = audit(grid, {
      file: path.basename(file),
      locale,
      customCodes: o.customCodes,
      layout: o.layout,
      adminOnly: o.adminOnly,
      year: o.year,
      catalogFile: o.catalogFile,
    });
    r.file = file;
    // The workbook's own 编制说明 / 其他相关情况说明 sheets, checked against its tables (no flag needed).
    withWorkbookNarrative(grid, r, { locale, year: o.year });
  } catch (e) {
    const error = e instanceof ReadError ? { zh: e.zh, en: e.en } : { zh: `无法读取（${(e as Error).message}）`, en: 'cannot be read' };
    return { file, error, notes };
  }
  const out: WorkResult & { result?: AuditResult } = { file, notes };
  if (keepTyped) out.result = r;
  const { typed: _typed, ...plain } = r;
  out.report = plain as Report;
  if (o.annotateTo) out.annotated = await writeAnnotated({ bytes, notes, rewritten: report.rewritten }, r, o.annotateTo, o.lang);
  return out;
}

const ANNOTATED: CopyWording = { zh: '标注副本', en: 'annotated copy', enNone: 'no annotated copy' };

/** The marked copy of a workbook (src/cli/copy.ts: not made when it could not be faithful). */
export async function writeAnnotated(src: CopySource, r: Report, to: string, lang: 'zh' | 'en'): Promise<NonNullable<WorkResult['annotated']>> {
  return writeEditedCopy(src, to, ANNOTATED, (wb) => annotateWorkbook(wb, r, lang));
}
