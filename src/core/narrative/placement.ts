/**
 * Where a generated 编制说明 goes in a workbook that has the template's own text sheets (the Shanghai 部门编制说明 /
 * 单位编制说明 and 其他相关情况说明): a plan of cell writes into the template's cells, and the cells left alone with
 * the reason. Pure: the CLI (--explain-into, a new workbook) and the add-in (插入) apply the same plan.
 *
 *   编制说明 sheet    title cell (A1)   ← the explanation's title
 *                     body cell  (A3)   ← the sections before 其他相关情况说明, the items' opening line last, one line
 *                                         each, in the cell's own indentation
 *                     item cells (A4…)  ← one 项 per row; rows past the template's are used only while empty (and
 *                                         outside every table); else the remaining items become extra lines of the
 *                                         last item cell. Item rows the text does not need are emptied.
 *   其他相关情况说明   title cell (A1)   ← the level-1 section's title
 *                     body cell  (A3)   ← every section after it: its title line, then its paragraph lines
 *
 * The sheets are the ones recognition found (textOfWorkbook over the audit's parts); the cells inside a sheet are
 * found by what they hold (the title, the numbered item lines), the template's A1 / A3 / A4 when the sheet is empty.
 * A cell is written only when it is empty or still holds the template's text as received: every line of it one of
 * the template's own lines (templates/shanghai-received.ts) up to its placeholders, years and spacing, and at least one
 * placeholder left. A cell with the user's own words is left alone and listed (`user-text`), or written when the
 * caller passes `replace` (the user agreed).
 * A cell of a recognised table is never in the plan.
 */
import { a1, parseArea, SheetView, type Area, type Grid, type GridSheet } from '../grid';
import { textOfWorkbook, OWN_EXPLANATION_SHEET } from '../recognize/explanation';
import { norm } from '../recognize/text';
import type { DisclosurePart } from '../report';
import { SHANGHAI_TEMPLATE_LINES } from './templates/shanghai-received';
import { paragraphsOfText } from './text';
import type { Explanation, ExplanationSection } from './types';

/** What a cell holds before the write. */
export type CellState = 'empty' | 'template' | 'user' | 'same';

export interface PlannedWrite {
  sheet: string;
  cell: string;
  /** The new text ('' empties the cell: an item row of the template the text does not need). */
  text: string;
  /** title / body: the sheet's title and text cell; item: a template item row; added: a row after them; clear. */
  what: 'title' | 'body' | 'item' | 'added' | 'clear';
  /** What the cell held: empty, the template's text, or (only with `replace`) the user's own words. */
  was: Exclude<CellState, 'same'>;
  /** For an added row: the item cell whose format it should take (the host decides whether it can). */
  formatFrom?: string;
}

export type SkipReason =
  /** the cell holds the user's own words (written only with `replace`) */
  | 'user-text'
  /** the cell already holds exactly this text */
  | 'unchanged'
  /** the cell is inside a recognised table */
  | 'inside-table'
  /** the cell is covered by a merged area it does not start */
  | 'merged'
  /** the cell holds a formula (found when writing: the grid holds values only); never replaced by a value */
  | 'formula'
  /** a row after the template's item rows that is not empty: the remaining items went into the last item cell */
  | 'occupied';

export interface SkippedCell {
  sheet: string;
  cell: string;
  reason: SkipReason;
  /** The text the plan would have written there ('' for an item row to empty). */
  text: string;
  /** `occupied`: how many items were added as lines of `into` instead. */
  folded?: { count: number; into: string };
}

export interface Placement {
  /** The workbook has the template's text sheets (else there is nothing to place: the host writes its own sheet). */
  found: boolean;
  /** The template's sheets written into. */
  sheets: { explanation?: string; other?: string };
  writes: PlannedWrite[];
  skipped: SkippedCell[];
  /** Sections with no place: 其他相关情况说明's sections when the workbook has no such sheet. */
  unplaced: string[];
}

export interface PlaceOptions {
  /** The recognised tables (the audit's `tables`): none of their cells is ever written. */
  tables?: readonly { sheet: string; range: string }[];
  /** Write cells that hold the user's own words too (the user confirmed). */
  replace?: boolean;
}

// ---------------------------------------------------------------- reading a cell

const LEAD = /^[ \t\u00a0\u3000]*/;
/** An item line of the 编制说明: “1. “xx”科目…”, “12、…”. */
const ITEM_LINE = /^[ \t\u00a0\u3000]*\d{1,3}\s*[.．、](?!\d)/;
const TITLE_LINE = /^[ \t\u00a0\u3000]*[一二三四五六七八九十]+、/;
const SUB_LINE = /^[ \t\u00a0\u3000]*[（(][一二三四五六七八九十]+[）)]/;
/** The template's own titles: “2026年部门预算编制说明”, “其他相关情况说明”. */
const TEMPLATE_TITLE = /^(?:20\d{2}年度?)?(?:部门|单位)?(?:预算)?编制说明$|^其他相关情况说明$/;
const EXPLANATION_TITLE = /编制说明$/;
const OTHER_TITLE = /情况说明$/;

function textOf(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  return typeof v === 'string' ? v : null;
}

function lines(s: string): string[] {
  return s.split(/\r\n|\r|\n/);
}

/** The lines of a text, trimmed, blank ones dropped: what two texts are compared by. */
function shape(s: string): string {
  return lines(s)
    .map((l) => l.trim())
    .filter((l) => l)
    .join('\n');
}

/** The template's placeholders and undecided choices: XX, x,xxx, ……, 增加（减少）, （持平）. */
const PLACEHOLDER_TOKEN = /增加[（(]减少[）)]|[（(]持平[）)]|x,xxx|xxxxxx|XXX|XX|xx|X|…+/;
const PLACEHOLDER_TOKENS = new RegExp(PLACEHOLDER_TOKEN.source, 'g');

/**
 * A template line up to what may differ between copies of it: its placeholders and instructions' choices (XX, x,xxx,
 * ……, 增加（减少）, （持平）), its years, its item number and its spacing.
 */
function skeleton(line: string): string {
  return line
    .trim()
    .replace(/^\d{1,3}\s*[.．、]\s*/, '#')
    .replace(/\d{4}/g, 'Y')
    .replace(PLACEHOLDER_TOKENS, '')
    .replace(/[\s\u3000\u00a0]/g, '');
}

const TEMPLATE_SKELETONS = new Set(SHANGHAI_TEMPLATE_LINES.map(skeleton));

/**
 * Whether a cell's text is still the template's as received: every line of it is a line of the template (up to its
 * placeholders, years and spacing). A line the user wrote or began to fill in (“…的主要原因是新增信息化建设项目”,
 * “1. “行政运行”科目x,xxx万元，主要用于保障机关日常运转”) makes the cell the user's, however many XX are left in it.
 */
export function isTemplateText(text: string): boolean {
  let any = false;
  for (const raw of lines(text)) {
    const line = raw.trim();
    if (!line) continue;
    if (!TEMPLATE_SKELETONS.has(skeleton(line))) return false;
    // A heading of the template alone (“财政拨款支出主要内容如下：”) holds no placeholder: it may be the user's own layout.
    if (PLACEHOLDER_TOKEN.test(line)) any = true;
  }
  return any;
}

/** What a cell holds, against the text planned for it. A title cell is the template's while it is a template title. */
export function cellState(value: unknown, planned: string, title = false): CellState {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) return 'empty';
  if (typeof value !== 'string') return 'user';
  if (shape(value) === shape(planned)) return 'same';
  if (title) return TEMPLATE_TITLE.test(norm(value)) ? 'template' : 'user';
  return isTemplateText(value) ? 'template' : 'user';
}

/** The most common leading whitespace of the lines that match `which` (null when none does). */
function indentOf(text: string | null, which: (line: string) => boolean): string | null {
  if (!text) return null;
  const count = new Map<string, number>();
  for (const l of lines(text)) {
    if (!l.trim() || !which(l)) continue;
    const lead = LEAD.exec(l)![0];
    count.set(lead, (count.get(lead) ?? 0) + 1);
  }
  let best: string | null = null;
  let n = 0;
  for (const [k, v] of count) if (v > n) [best, n] = [k, v];
  return best;
}

/** The template's indentation when a cell gives none (the 2026 unit template's). */
const DEFAULT_INDENT = { title: '  ', sub: '    ', body: '    ' };

// ---------------------------------------------------------------- the sheets

interface Cellish {
  row: number;
  col: number;
  value: unknown;
}

/** A sheet's non-empty cells, row by row, in sheet coordinates. */
function filledCells(sheet: GridSheet): Cellish[] {
  const or = sheet.origin?.row ?? 0;
  const oc = sheet.origin?.col ?? 0;
  const out: Cellish[] = [];
  sheet.rows.forEach((r, i) =>
    r.forEach((v, j) => {
      if (v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '')) out.push({ row: or + i, col: oc + j, value: v });
    }),
  );
  return out;
}

/** The template's text sheets of the workbook, as recognition found them. */
function templateSheets(grid: Grid, parts: readonly DisclosurePart[]): { explanation?: string; other?: string } {
  const found = textOfWorkbook(grid, parts)?.sheets ?? parts.map((p) => ({ sheet: p.sheet, part: p.part }));
  // the sheet named 编制说明 is the add-in's own (插入 writes it whole), not a template sheet
  const own = (s: string) => norm(s) === OWN_EXPLANATION_SHEET;
  return {
    explanation: found.find((s) => s.part === 'explanation' && !own(s.sheet))?.sheet,
    other: found.find((s) => s.part === 'other-notes')?.sheet,
  };
}

// ---------------------------------------------------------------- the plan

/** The sections of the text, split where the template splits them. */
function split(e: Pick<Explanation, 'sections'>) {
  const at = e.sections.findIndex((s) => s.level === 1);
  const before = at >= 0 ? e.sections.slice(0, at) : e.sections;
  const other = at >= 0 ? e.sections[at] : undefined;
  const after = at >= 0 ? e.sections.slice(at + 1) : [];
  const items = before.find((s) => s.id === 'items');
  return { before: before.filter((s) => s !== items), items, other, after };
}

function sectionLines(ss: readonly ExplanationSection[], indent: { title: string; sub: string; body: string }): string[] {
  const out: string[] = [];
  for (const s of ss) {
    if (s.title.trim()) out.push(indent.title + s.title.trim());
    for (const p of s.paragraphs) {
      const t = p.trim();
      if (t) out.push((SUB_LINE.test(t) ? indent.sub : indent.body) + t);
    }
  }
  return out;
}

class Planner {
  readonly writes: PlannedWrite[] = [];
  readonly skipped: SkippedCell[] = [];
  private readonly regions: { sheet: string; rect: Area }[];
  private readonly replace: boolean;
  constructor(options: PlaceOptions) {
    this.regions = (options.tables ?? []).map((t) => ({ sheet: t.sheet, rect: parseArea(t.range) }));
    this.replace = !!options.replace;
  }

  inTable(sheet: string, row: number, col: number): boolean {
    return this.regions.some((r) => r.sheet === sheet && row >= r.rect.r1 && row <= r.rect.r2 && col >= r.rect.c1 && col <= r.rect.c2);
  }

  /** Why the cell cannot be written at all (a table, a merge), or null. */
  blocked(cells: SheetView, row: number, col: number): SkipReason | null {
    if (this.inTable(cells.name, row, col)) return 'inside-table';
    if (cells.isMergeTail(row, col)) return 'merged';
    return null;
  }

  put(cells: SheetView, row: number, col: number, text: string, what: PlannedWrite['what'], title = false, formatFrom?: string): void {
    const sheet = cells.name;
    const cell = a1(row, col);
    const block = this.blocked(cells, row, col);
    if (block) {
      this.skipped.push({ sheet, cell, reason: block, text });
      return;
    }
    const state = cellState(cells.value(row, col), text, title);
    if (state === 'same' || (state === 'empty' && text === '')) {
      if (text !== '') this.skipped.push({ sheet, cell, reason: 'unchanged', text });
      return;
    }
    if (state === 'user' && !this.replace) {
      this.skipped.push({ sheet, cell, reason: 'user-text', text });
      return;
    }
    this.writes.push({ sheet, cell, text, what, was: state, ...(formatFrom ? { formatFrom } : {}) });
  }
}

/** The 编制说明 sheet: title, body (sections before 其他, the items' opening line last), one item per row. */
function placeExplanationSheet(p: Planner, cells: SheetView, e: Pick<Explanation, 'title' | 'sections'>): void {
  const { before, items } = split(e);
  const filled = filledCells(cells.sheet);
  const title = filled.find((c) => isTitle(c.value, EXPLANATION_TITLE));
  const col = title?.col ?? filled[0]?.col ?? 0;
  // no title found: an empty sheet gets the template's A1 / A3 / A4…; a sheet of text, no title of ours
  const titleRow = title?.row ?? (filled.length ? -1 : 0);
  const str = (v: unknown) => textOf(v) ?? '';
  const below = filled.filter((c) => c.col === col && c.row > titleRow).sort((a, b) => a.row - b.row);
  const firstItem = below.find((c) => ITEM_LINE.test(str(c.value)));
  const itemRows: number[] = [];
  if (firstItem) for (let r = firstItem.row; ITEM_LINE.test(str(cells.value(r, col))); r++) itemRows.push(r);
  const bodyCell = below.find((c) => !firstItem || c.row < firstItem.row);
  const bodyRow = bodyCell?.row ?? (firstItem ? Math.max(titleRow + 1, firstItem.row - 1) : titleRow + 2);

  if (titleRow >= 0) p.put(cells, titleRow, col, e.title.trim(), 'title', true);

  // body, in the cell's own indentation
  const indent = indentsOf(textOf(cells.value(bodyRow, col)));
  const intro = items?.paragraphs[0]?.trim() ?? '';
  const body = [...sectionLines(before, indent), ...(intro ? [indent.body + intro] : [])];

  // items: the template's item rows, then the rows after them while they are free
  const list = (items?.paragraphs.slice(1) ?? []).map((x) => x.trim()).filter((x) => x);
  const itemIndent = indentOf(textOf(cells.value(itemRows[0] ?? -1, col)), () => true) ?? indent.body;
  const slots = [...itemRows];
  let stop: { row: number; reason: SkipReason } | null = null;
  for (let r = itemRows.length ? itemRows[itemRows.length - 1] + 1 : bodyRow + 1; slots.length < list.length; r++) {
    const why = p.blocked(cells, r, col) ?? (cellState(cells.value(r, col), '') === 'empty' ? null : 'occupied');
    if (why) {
      stop = { row: r, reason: why };
      break;
    }
    slots.push(r);
  }
  const texts = slots.map((_, i) => (i < list.length ? itemIndent + list[i] : ''));
  const extra = list.slice(slots.length).map((x) => itemIndent + x);
  if (extra.length && stop) {
    // no more free rows: the remaining items as further lines of the last item cell (of the body when there is none)
    if (slots.length) texts[slots.length - 1] += extra.map((x) => '\n' + x).join('');
    else body.push(...extra);
    const into = a1(slots.length ? slots[slots.length - 1] : bodyRow, col);
    p.skipped.push({ sheet: cells.name, cell: a1(stop.row, col), reason: stop.reason, text: extra.join('\n'), folded: { count: extra.length, into } });
  }
  if (body.length) p.put(cells, bodyRow, col, body.join('\n'), 'body');
  const template = new Set(itemRows);
  const lastTemplate = itemRows.length ? a1(itemRows[itemRows.length - 1], col) : undefined;
  slots.forEach((r, i) => {
    const text = texts[i];
    const what: PlannedWrite['what'] = text === '' ? 'clear' : template.has(r) ? 'item' : 'added';
    p.put(cells, r, col, text, what, false, what === 'added' ? lastTemplate : undefined);
  });
}

/** 其他相关情况说明: its title, and every section after it in the one text cell. */
function placeOtherSheet(p: Planner, cells: SheetView, other: ExplanationSection | undefined, after: readonly ExplanationSection[]): void {
  const filled = filledCells(cells.sheet);
  const title = filled.find((c) => isTitle(c.value, OTHER_TITLE));
  const col = title?.col ?? filled[0]?.col ?? 0;
  const titleRow = title?.row ?? (filled.length ? -1 : 0);
  if (titleRow >= 0 && other?.title.trim()) p.put(cells, titleRow, col, other.title.trim(), 'title', true);
  const bodyCell = filled.filter((c) => c.col === col && c.row > titleRow).sort((a, b) => a.row - b.row)[0];
  const bodyRow = bodyCell?.row ?? titleRow + 2;
  const body = sectionLines(after, indentsOf(textOf(cells.value(bodyRow, col))));
  if (body.length) p.put(cells, bodyRow, col, body.join('\n'), 'body');
}

/** A sheet's title cell: a short text ending as the template's titles do. */
function isTitle(v: unknown, ending: RegExp): boolean {
  const t = norm(textOf(v) ?? '');
  return t.length > 0 && t.length <= 40 && ending.test(t);
}

/** The indentation of a text cell's title lines (一、), sub-item lines (（一）) and other lines. */
function indentsOf(text: string | null): { title: string; sub: string; body: string } {
  const body = indentOf(text, (l) => !TITLE_LINE.test(l) && !SUB_LINE.test(l)) ?? DEFAULT_INDENT.body;
  return {
    title: indentOf(text, (l) => TITLE_LINE.test(l)) ?? DEFAULT_INDENT.title,
    sub: indentOf(text, (l) => SUB_LINE.test(l)) ?? (text ? body : DEFAULT_INDENT.sub),
    body,
  };
}

/**
 * The plan for writing `explanation` into the workbook's template text sheets. `parts` are the audit's (the sheets
 * recognition found); `options.tables` its table regions. `found` is false when the workbook has no template sheet.
 */
export function placeExplanation(
  grid: Grid,
  parts: readonly DisclosurePart[],
  explanation: Pick<Explanation, 'title' | 'sections'>,
  options: PlaceOptions = {},
): Placement {
  const sheets = templateSheets(grid, parts);
  const out: Placement = { found: !!(sheets.explanation || sheets.other), sheets: {}, writes: [], skipped: [], unplaced: [] };
  if (!out.found) return out;
  const p = new Planner(options);
  const sheetOf = (name: string) => new SheetView(grid.sheets.find((s) => s.name === name)!);
  const { other, after } = split(explanation);
  if (sheets.explanation) {
    out.sheets.explanation = sheets.explanation;
    placeExplanationSheet(p, sheetOf(sheets.explanation), explanation);
  } else out.unplaced.push(...explanation.sections.filter((s) => s.level !== 1 && !after.includes(s)).map((s) => s.id));
  if (sheets.other) {
    out.sheets.other = sheets.other;
    placeOtherSheet(p, sheetOf(sheets.other), other, after);
  } else out.unplaced.push(...after.map((s) => s.id));
  out.writes = p.writes;
  out.skipped = p.skipped;
  return out;
}

/**
 * The explanation back from its plain text as the user edited it (the add-in's preview): the first heading is the
 * title; a heading equal to the level-1 section's title (其他相关情况说明) starts that part, and each heading after it
 * a section; before it, the numbered lines are the items and the line just before them their opening line. What
 * placeExplanation needs, and no more.
 */
export function explanationFromText(text: string, generated: Pick<Explanation, 'title' | 'sections'>): Pick<Explanation, 'title' | 'sections'> {
  const ps = paragraphsOfText(text);
  const level1 = generated.sections.find((s) => s.level === 1);
  const isLevel1 = (t: string) => (level1 ? norm(t) === norm(level1.title) : /^其他相关情况说明$/.test(norm(t)));
  let i = 0;
  const title = ps[0]?.heading ? ps[i++].text : generated.title;
  const first: string[] = [];
  for (; i < ps.length && !(ps[i].heading && isLevel1(ps[i].text)); i++) first.push(ps[i].text);
  const sections: ExplanationSection[] = [];
  const at = first.findIndex((l) => ITEM_LINE.test(l));
  if (at >= 0) {
    const introAt = at > 0 ? at - 1 : -1;
    sections.push({ id: 'budget', title: '', paragraphs: first.slice(0, Math.max(introAt, 0)) });
    sections.push({ id: 'items', title: '', paragraphs: [introAt >= 0 ? first[introAt] : '', ...first.slice(at)] });
  } else sections.push({ id: 'budget', title: '', paragraphs: first });
  if (i < ps.length) {
    sections.push({ id: 'other', title: ps[i++].text, level: 1, paragraphs: [] });
    let cur: ExplanationSection | null = null;
    for (; i < ps.length; i++) {
      if (ps[i].heading || !cur) {
        // a paragraph before any section title runs under an untitled section
        cur = { id: generated.sections.find((s) => norm(s.title) === norm(ps[i].text))?.id ?? 'other', title: ps[i].heading ? ps[i].text : '', paragraphs: [] };
        sections.push(cur);
        if (ps[i].heading) continue;
      }
      cur.paragraphs.push(ps[i].text);
    }
  }
  return { title, sections };
}

/** The reasons a cell was left alone, as the CLI and the pane say them. */
export const SKIP_REASON_TEXT: Record<SkipReason, { zh: string; en: string }> = {
  'user-text': { zh: '有您填写的文字，未改写', en: 'holds your own text: not overwritten' },
  unchanged: { zh: '已是这段文字，未改动', en: 'already holds this text: left as it is' },
  'inside-table': { zh: '在附表区域内，不写入', en: 'inside a table: never written' },
  merged: { zh: '在合并单元格中（不是其左上角），不写入', en: 'inside a merged area (not its top-left cell): not written' },
  occupied: { zh: '不是空单元格', en: 'is not empty' },
  formula: { zh: '单元格是公式，未写入', en: 'the cell holds a formula: not written' },
};
