/**
 * --explain-into OUT.xlsx: a copy of the workbook with the generated 编制说明 written into the template's own text
 * cells (the plan of src/core/narrative/placement.ts), everything else as the input holds it — values, formulas,
 * styles, merges, the other sheets. The input file is never written (the caller refuses an OUT that is an input).
 *
 * Each written cell keeps its own format (a rich-text cell becomes plain text in the cell's font); a row added after
 * the template's item rows takes the format of the last item row, as filling down would. A protected sheet is not
 * written, as the add-in does not write it.
 */
import { promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import type { Placement, PlannedWrite, SkippedCell } from '../core/narrative/placement';
import { SKIP_REASON_TEXT } from '../core/narrative/placement';
import { writeEditedCopy, type CopyResult, type CopySource, type CopyWording } from './copy';

export interface ExplainIntoOutcome {
  /** The cells written, as planned (less those on protected sheets). */
  written: PlannedWrite[];
  /** The plan's skipped cells, and the writes left out because their sheet is protected. */
  skipped: (SkippedCell | (PlannedWrite & { reason: 'protected' }))[];
}

export type ExplainIntoResult = CopyResult<ExplainIntoOutcome>;

const locked = (ws: ExcelJS.Worksheet) => !!(ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection?.sheet;

/** Apply the plan to a workbook read from the user's file (the caller writes it elsewhere). */
export function applyPlacement(wb: ExcelJS.Workbook, plan: Placement): ExplainIntoOutcome {
  const out: ExplainIntoOutcome = { written: [], skipped: [...plan.skipped] };
  for (const w of plan.writes) {
    const ws = wb.getWorksheet(w.sheet);
    if (!ws) continue;
    if (locked(ws)) {
      out.skipped.push({ ...w, reason: 'protected' });
      continue;
    }
    const cell = ws.getCell(w.cell);
    // A formula (even one whose result looks like the template's text) is the user's: never replaced by a value.
    if (cell.formula || cell.type === ExcelJS.ValueType.Formula) {
      out.skipped.push({ sheet: w.sheet, cell: w.cell, text: w.text, reason: 'formula' });
      continue;
    }
    if (w.formatFrom) cell.style = { ...ws.getCell(w.formatFrom).style };
    cell.value = w.text === '' ? null : w.text;
    out.written.push(w);
  }
  return out;
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.lstat(file);
    return true;
  } catch {
    return false;
  }
}

const COPY: CopyWording = {
  zh: '副本',
  en: 'copy',
  enNone: 'no copy written',
  lostHint: { zh: '请在 Excel 中用加载项的“插入”写入', en: "use the add-in's Insert in Excel" },
};

/** Apply the plan to a copy of the user's workbook written to `to` (never over an existing file, never the input). */
export async function writeExplainedCopy(src: CopySource, plan: Placement, to: string): Promise<ExplainIntoResult> {
  if (!/\.xlsx$/i.test(to)) {
    return { file: to, error: { zh: '副本应为 .xlsx 文件', en: 'the copy must be an .xlsx file' } };
  }
  if (await exists(to)) {
    // Another workbook (or last run's copy) is never replaced silently: the user deletes it or names another file.
    return {
      file: to,
      error: { zh: '该文件已存在，未覆盖：请先删除它或换一个文件名', en: 'the file exists and was not overwritten: delete it or choose another name' },
    };
  }
  return writeEditedCopy(src, to, COPY, (wb) => applyPlacement(wb, plan));
}

const SECTION_NAMES: Record<string, { zh: string; en: string }> = {
  budget: { zh: '收支预算', en: 'income and expenditure' },
  items: { zh: '财政拨款支出主要内容', en: 'the items of fiscal spending' },
  threePublic: { zh: '“三公”经费', en: '"three public" expenses' },
  operating: { zh: '机关运行经费', en: 'administrative operating costs' },
  procurement: { zh: '政府采购', en: 'government procurement' },
  performance: { zh: '绩效目标', en: 'performance targets' },
  assets: { zh: '国有资产', en: 'state assets' },
};

const LABELS = {
  zh: {
    wrote: (file: string, n: number) => `已写入 ${file}：编制说明填入模板的 ${n} 个单元格（原工作簿未改动）`,
    none: '工作簿中没有编制说明模板的工作表（部门编制说明 / 单位编制说明、其他相关情况说明），未写入副本',
    left: '未写入：',
    what: { title: '标题', body: '正文', item: '条目', added: '条目（新增一行）', clear: '清空（模板多余的条目行）' } as Record<PlannedWrite['what'], string>,
    was: { empty: '原为空', template: '原为模板文字', user: '原为您的文字' } as Record<PlannedWrite['was'], string>,
    protected: '工作表受保护，未写入',
    folded: (n: number, into: string) => `；其余 ${n} 项写在 ${into} 中`,
    unplaced: (ids: string) => `没有对应的工作表，未写入：${ids}`,
    placeholders: (n: number) => `待填写 ${n} 处（【请填写：…】）`,
  },
  en: {
    wrote: (file: string, n: number) => `wrote ${file}: the explanation in ${n} cells of the template (the input workbook is unchanged)`,
    none: 'the workbook has none of the template’s text sheets (部门编制说明 / 单位编制说明, 其他相关情况说明): no copy written',
    left: 'not written:',
    what: { title: 'title', body: 'text', item: 'item', added: 'item (row added)', clear: 'emptied (a template item row not needed)' } as Record<
      PlannedWrite['what'],
      string
    >,
    was: { empty: 'was empty', template: 'held the template’s text', user: 'held your text' } as Record<PlannedWrite['was'], string>,
    protected: 'the sheet is protected: not written',
    folded: (n: number, into: string) => `; the other ${n} items are in ${into}`,
    unplaced: (ids: string) => `no sheet for: ${ids}`,
    placeholders: (n: number) => `${n} places to fill in (【请填写：…】)`,
  },
};

/** What --explain-into did, one line per cell, in the report language. */
export function describeExplainInto(r: ExplainIntoResult, plan: Placement, lang: 'zh' | 'en', placeholders = 0): string {
  const L = LABELS[lang];
  if ('error' in r) return `${r.file}：${r.error.zh} / ${r.error.en}\n`;
  const sep = lang === 'zh' ? '：' : ': ';
  const paren = (x: string) => (lang === 'zh' ? `（${x}）` : ` (${x})`);
  const out = [L.wrote(r.file, r.outcome.written.length)];
  for (const w of r.outcome.written) out.push(`  ${w.sheet}!${w.cell} ${L.what[w.what]}${w.what === 'clear' ? '' : paren(L.was[w.was])}`);
  if (r.outcome.skipped.length) out.push(L.left);
  for (const s of r.outcome.skipped) {
    const why = s.reason === 'protected' ? L.protected : SKIP_REASON_TEXT[s.reason][lang];
    const folded = 'folded' in s && s.folded ? L.folded(s.folded.count, s.folded.into) : '';
    out.push(`  ${s.sheet}!${s.cell}${sep}${why}${folded}`);
  }
  if (plan.unplaced.length) out.push(L.unplaced(plan.unplaced.map((id) => SECTION_NAMES[id]?.[lang] ?? id).join(lang === 'zh' ? '、' : ', ')));
  if (placeholders > 0) out.push(L.placeholders(placeholders));
  return out.join('\n') + '\n';
}

/** The line for a workbook without the template's text sheets. */
export function noTemplateLine(file: string, lang: 'zh' | 'en'): string {
  return `${file}${lang === 'zh' ? '：' : ': '}${LABELS[lang].none}\n`;
}
