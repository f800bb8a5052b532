/**
 * A copy of the user's workbook with an edit applied (--annotate's marked copies, --explain-into's text), written
 * through a temporary file beside it. The input is never written (the caller refuses an output that is an input).
 *
 * The copy is made by exceljs from the file's own bytes, so a workbook is not copied when the copy could not be
 * faithful or safe: parts of it were left out of the reading (`notes`), the reader had to rewrite a claim exceljs
 * would expand cell by cell (`rewritten`: a validation over a whole sheet, a merge to XFD1048576 — minutes and
 * gigabytes), or it holds parts exceljs does not write back (charts, pivot tables, …). A failed write leaves no
 * temporary copy of the user's data behind.
 */
import { promises as fs } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import type { ReadNote } from './xlsx';
import { readCentralDirectory } from './zip';

export interface CopySource {
  bytes: Buffer;
  /** What the reading left out: a copy made from what was read would lose it. */
  notes: readonly ReadNote[];
  /** The reader rewrote part of the file before exceljs could parse it (ReadOptions.report.rewritten). */
  rewritten: boolean;
}

export type CopyResult<T> = { file: string; outcome: T } | { file: string; error: { zh: string; en: string } };

/** Parts of an .xlsx that exceljs does not carry over into a copy it writes, by the zip entries that hold them. */
const LOST_PARTS: { re: RegExp; zh: string; en: string }[] = [
  { re: /^xl\/charts\//, zh: '图表', en: 'charts' },
  { re: /^xl\/pivot(?:Tables|Cache)\//, zh: '数据透视表', en: 'pivot tables' },
  { re: /^xl\/slicers?\/|^xl\/slicerCaches\//, zh: '切片器', en: 'slicers' },
  { re: /vbaProject\.bin$/, zh: '宏', en: 'macros' },
  { re: /^xl\/threadedComments\//, zh: '批注会话', en: 'threaded comments' },
  { re: /^xl\/externalLinks\//, zh: '外部链接', en: 'external links' },
];

function partsLost(bytes: Buffer): { zh: string; en: string }[] {
  let names: string[];
  try {
    names = readCentralDirectory(bytes, 100_000).map((e) => e.name);
  } catch {
    return [];
  }
  return LOST_PARTS.filter((p) => names.some((n) => p.re.test(n)));
}

/** How the messages name the copy: “标注副本” / “annotated copy” / “no annotated copy”; a hint after a refusal for lost parts. */
export interface CopyWording {
  zh: string;
  en: string;
  enNone: string;
  lostHint?: { zh: string; en: string };
}

/** Loads the workbook, applies `edit`, writes the copy to `to`. */
export async function writeEditedCopy<T>(src: CopySource, to: string, what: CopyWording, edit: (wb: ExcelJS.Workbook) => T): Promise<CopyResult<T>> {
  if (src.notes.length > 0) {
    return { file: to, error: { zh: `工作簿有部分内容未读取（见上），未生成${what.zh}`, en: `part of the workbook was not read (see above): ${what.enNone}` } };
  }
  if (src.rewritten) {
    return {
      file: to,
      error: {
        zh: `工作簿中有超出 Excel 表格范围或读取上限、读取时已截断的部分，未生成${what.zh}`,
        en: `parts of the workbook reach past Excel’s grid or the reading limits and were clipped when read: ${what.enNone}`,
      },
    };
  }
  const lost = partsLost(src.bytes);
  if (lost.length > 0) {
    return {
      file: to,
      error: {
        zh: `工作簿含有复制时无法保留的内容（${lost.map((x) => x.zh).join('、')}），未生成${what.zh}${what.lostHint ? '；' + what.lostHint.zh : ''}`,
        en: `the workbook holds parts a copy cannot keep (${lost.map((x) => x.en).join(', ')}): ${what.enNone}${what.lostHint ? '; ' + what.lostHint.en : ''}`,
      },
    };
  }
  const tmp = `${to}.${process.pid}.tmp`;
  try {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(src.bytes as unknown as ArrayBuffer);
    const outcome = edit(wb);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    await fs.mkdir(path.dirname(path.resolve(to)), { recursive: true });
    await fs.writeFile(tmp, buf, { flag: 'wx' });
    await fs.rename(tmp, to);
    return { file: to, outcome };
  } catch (e) {
    // A temporary copy of the user's data is not left behind (a directory given as the output, a file open in Excel).
    await fs.unlink(tmp).catch(() => undefined);
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    return { file: to, error: { zh: `无法写入${what.zh}（${code}）`, en: `cannot write the ${what.en} (${code})` } };
  }
}
