/**
 * The explanation text a workbook holds itself: the sheets 编制说明 / 部门编制说明 / 单位编制说明 / 预算编制说明 (the
 * narrative), 其他相关情况说明 and 项目经费情况说明 — one paragraph per row, or a whole section in one (merged) cell
 * with a line per paragraph. Every paragraph keeps the cell that holds it, so a finding points at that cell.
 */
import { a1, type CellRef, type Grid } from '../grid';
import type { DisclosurePart, PartKind } from '../report';
import { norm } from './text';

/** The parts whose text is read, in the order a disclosure prints them. */
export const TEXT_PARTS: readonly PartKind[] = ['explanation', 'other-notes', 'project-notes'];
/** The sheet the add-in writes the generated text into (not a part: recognition leaves our own sheets out). */
export const OWN_EXPLANATION_SHEET = '编制说明';

export interface WorkbookText {
  paragraphs: string[];
  cells: CellRef[];
  /** The sheets read, in order, with their part. */
  sheets: { sheet: string; part: PartKind }[];
}

/** A paragraph worth reading: some Chinese or Latin text, not a bare number, date or page mark. */
function isText(t: string): boolean {
  return /[\u4e00-\u9fffA-Za-z]/.test(t);
}

export function textOfWorkbook(grid: Grid, parts: readonly DisclosurePart[]): WorkbookText | null {
  const wanted: { sheet: string; part: PartKind }[] = [];
  const own = grid.sheets.find((s) => norm(s.name) === OWN_EXPLANATION_SHEET);
  if (own) wanted.push({ sheet: own.name, part: 'explanation' });
  for (const kind of TEXT_PARTS)
    for (const p of parts) if (p.part === kind && !wanted.some((w) => w.sheet === p.sheet)) wanted.push({ sheet: p.sheet, part: kind });
  const paragraphs: string[] = [];
  const cells: CellRef[] = [];
  for (const w of wanted) {
    const sheet = grid.sheets.find((s) => s.name === w.sheet);
    if (!sheet) continue;
    const or = sheet.origin?.row ?? 0;
    const oc = sheet.origin?.col ?? 0;
    sheet.rows.forEach((row, i) =>
      row.forEach((v, j) => {
        if (typeof v !== 'string') return;
        const cell = { sheet: sheet.name, cell: a1(or + i, oc + j) };
        for (const line of v.split(/\r\n|\r|\n/)) {
          const t = line.trim();
          if (t && isText(t)) {
            paragraphs.push(t);
            cells.push(cell);
          }
        }
      }),
    );
  }
  return paragraphs.length ? { paragraphs, cells, sheets: wanted } : null;
}
