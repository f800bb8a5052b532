/**
 * One workbook of a run: read, audited, and (with --annotate) its marked copy written. The same function runs in the
 * main thread and in each worker thread of a batch (src/cli/worker.ts); what it returns is plain data, so it crosses
 * the thread boundary as it is (the typed tables stay behind).
 */
import { promises as fs } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
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
  let bytes: Buffer;
  let r: AuditResult;
  try {
    bytes = await readFileBytes(file);
    const grid = await gridFromBuffer(bytes, { notes });
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
  if (o.annotateTo) out.annotated = await writeAnnotated(bytes, r, o.annotateTo, notes, o.lang);
  return out;
}

export async function writeAnnotated(
  bytes: Buffer,
  r: Report,
  to: string,
  notes: ReadNote[],
  lang: 'zh' | 'en',
): Promise<NonNullable<WorkResult['annotated']>> {
  if (notes.length > 0) {
    // Parts of the file were left out of the reading: a copy made from what was read would lose them.
    return {
      file: to,
      error: { zh: '工作簿有部分内容未读取（见上），未生成标注副本', en: 'part of the workbook was not read (see above): no annotated copy' },
    };
  }
  try {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const outcome = annotateWorkbook(wb, r, lang);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    await fs.mkdir(path.dirname(to), { recursive: true });
    const tmp = `${to}.${process.pid}.tmp`;
    await fs.writeFile(tmp, buf, { flag: 'wx' });
    await fs.rename(tmp, to);
    return { file: to, outcome };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    return { file: to, error: { zh: `无法写入标注副本（${code}）`, en: `cannot write the annotated copy (${code})` } };
  }
}
