/**
 * The item lines of a text that name a 科目 by its levels without the word “科目” — the Jiangsu form “3．法院（款）机关
 * 服务（项）支出 1400 万元，与上年相比减少 50 万元，减少 3.45%。” and the Hubei form “1、公共安全支出（204类）司法（06款）
 * 行政运行（01项）：2023年当年预算执行数为 A 万元，2024年预算安排 B 万元，比上年执行数增加 P%。” (its figures may stand in
 * the paragraph after a heading that only names the item). Each line is parsed once here for the rules that read it:
 * the names and printed code digits of each level, the row of the tables it is (only when one row clearly fits),
 * this year's amount, last year's 执行数, the change in amount and in percent, and what the change is measured against.
 *
 * Parsing is conservative: a figure is taken only where its wording says what it is; anything else is left unread, and
 * the rules then say nothing about it.
 */
import Decimal from 'decimal.js';
import type { AnyRowsTable, Table } from '../tables/types';
import { wanPower } from '../money';
import { decimals, half, halfOf, NUM, num } from './figures';
import { codedRows, exactAmount, LEN, normName, type Coded, type Level } from './items';
import type { CellRef } from '../grid';
import type { Message } from '../render';
import { DIRECTION_TERMS } from './messages';
import type { PriorFacts, PriorItem } from './prior';
import type { NarrativeReport } from './rule';

/** A figure as printed, with its place (in its paragraph) and its value in 万元. */
export interface Figure {
  /** The digits as printed ("1,400.5"). */
  s: string;
  /** In 万元, exactly (a figure printed in 元 divided by 10,000). */
  wan: Decimal;
  /** Half a unit of its last printed digit, in 万元: what rounding to the printed precision may have changed. */
  half: Decimal;
  unit: '万元' | '元';
}

/** What a change is measured against: last year's budget, or last year's outturn (执行数). */
export type Basis = 'budget' | 'executed';

export interface ItemLine {
  /** The paragraph (index among ctx.paragraphs) that names the item, and the span of its names. */
  para: number;
  start: number;
  end: number;
  /** The names as printed, e.g. "公共安全支出（204类）司法（06款）行政运行（01项）". */
  text: string;
  said: Partial<Record<Level, { name: string; digits?: string }>>;
  /** The deepest level named (a 类 named alone only with its amount right after it). */
  deepest: Level;
  /** The row of the tables this item is: the one row whose names are those said at every level. */
  hit: Coded | null;
  /** The paragraph holding its figures (the item's own, or the one after a heading that only names it). */
  bodyPara: number;
  amount?: Figure;
  /** The amount a heading gives beside the names, when the figures follow in the next paragraph. */
  headingAmount?: Figure;
  /** The item line before it in the text. */
  prev?: ItemLine;
  executed?: Figure;
  change?: { up: boolean; word: string; fig: Figure; basis: Basis };
  /** The percentage: its digits, and where its word (增长, 减少 …) stands in the body paragraph. */
  pct?: { up: boolean; word: string; s: string; basis: Basis; at: number };
}

const MARK = /[（(]\s*(\d{0,7})\s*(类|款|项)\s*[）)]/g;
const LEAD = /^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|、)+/;
const ORDER: Record<Level, number> = { 类: 0, 款: 1, 项: 2 };

const UNIT = '(万元|元)';
/** A direction word (not 减 alone: 压减 is no change of the item). */
const WORD = '(增加|减少|增长|下降|上升|降低)';
const UP = /增加|增长|上升/;
/** Right after the names: “支出 1400 万元”, “：320.68万元”, “预算数为 5 万元”. */
const OWN = new RegExp(`^\\s*[：:]?\\s*(?:支出|预算支出|预算数?|安排)?\\s*(?:为|是)?\\s*${NUM}\\s*${UNIT}`);
/** “2024年预算安排 B 万元”, “预算数为 B 万元”: a budget; whose year it is, the clause before it says (yearOfClause). */
const PLANNED = new RegExp(`(?:预算安排|预算数|预算为|安排预算|年初预算)\\s*(?:为|是)?\\s*${NUM}\\s*${UNIT}`, 'g');
/** “2023年当年预算执行数为 A 万元”, “上年执行数 A 万元”: last year's outturn, said to be last year's. */
const EXECUTED = new RegExp(
  `(?:(20\\d{2})\\s*年度?|上年度?|去年|上一年度?)\\s*(?:的)?\\s*(?:当年)?\\s*(?:预算)?\\s*执行数?\\s*(?:为|是)?\\s*${NUM}\\s*${UNIT}`,
  'g',
);
/** A last-year budget figure (“2023年预算数为 80 万元”): with it printed, a bare “比上年” may mean either. */
const LAST_BUDGET = /(?:上年度?|去年|上一年度?)\s*(?:的)?\s*(?:年初)?预算(?:数|安排)?|(20\d{2})\s*年度?\s*(?:的)?\s*(?:年初)?预算(?:数|安排)?(?!执行)/g;
/** “与上年相比”, “比上年执行数”, “较2023年预算”: the comparison. */
const AGAINST = '(?:比|较|与)\\s*(?:上年度?|去年|(20\\d{2})\\s*年度?)\\s*(当年)?\\s*(预算执行数?|执行数?|预算数?|决算数?)?\\s*(?:相比)?[，,]?\\s*';
/** The item's change, right where it stands (sticky): after its amount and a comma at most. */
const CHANGE = new RegExp(`[，,、\\s]*${AGAINST}${WORD}了?\\s*${NUM}\\s*${UNIT}`, 'y');
/** The item's percentage, right after its change, or with its own comparison right after its amount (sticky). */
const PCT_AFTER_CHANGE = new RegExp(`[，,、\\s]*${WORD}了?\\s*${NUM}\\s*[%％]`, 'y');
const PCT_AFTER_AMOUNT = new RegExp(`[，,、\\s]*${AGAINST}${WORD}了?\\s*${NUM}\\s*[%％]`, 'y');
/** A heading's rest that is its amount alone: “320.68万元”, “：支出 5 万元。”. */
const HEADING_AMOUNT = new RegExp(`^(?:支出|预算支出|预算数?|安排)?\\s*(?:为|是)?\\s*${NUM}\\s*${UNIT}[。.]?$`);
/** The paragraph after a heading is the heading's figures only when it opens with them. */
const OPENS_WITH_FIGURES = /^\s*(?:20\d{2}\s*年度?|上年度?|去年|本年度?|今年)?\s*(?:的)?\s*(?:当年)?\s*(?:预算|执行|年初预算|比|较|与)/;
/** A figure of a body, to count them. */
const ANY_FIGURE = new RegExp(`${NUM}\\s*${UNIT}`, 'g');
/** A percentage that is a bound, not a figure: “增长 10% 以上”, “10%左右”. */
const BOUND_AFTER = /^\s*(?:以上|以下|左右|上下|多|余)/;
/** Where the figures of an item end: its reasons and purposes hold other figures. */
const BODY_END = /主要原因|原因是|主要用于|用于|其中|。|；|;/;
/** Words that make a figure no budget of this year's, or no outturn of last year's. */
const NOT_THIS_YEAR = /上年|去年|上一年|执行|决算|[〇零一二三四五六七八九]{4}\s*年|预计|截至|已/;
const NOT_LAST_OUTTURN = /本年|今年|预计|截至|已|月|同期/;
const MAX_NAME = 80;

function figure(s: string, unit: string): Figure {
  const scale = new Decimal(10).pow(wanPower(unit));
  return { s, wan: num(s).div(scale), half: half(s).div(scale), unit: unit as Figure['unit'] };
}

/** A figure as a message shows it, in 万元: as printed when printed in 万元, else converted exactly (800,000.00 元 → 80). */
export function wanText(f: Figure): string {
  return f.unit === '万元' ? f.s : f.wan.toFixed();
}

const isNameChar = (c: number) => (c >= 0x4e00 && c <= 0x9fa5) || c === 0xff08 || c === 0xff09 || c === 0x28 || c === 0x29;

/** The level runs of a paragraph: each name with its mark, in order. A name is read back at most MAX_NAME characters. */
export function levelRuns(text: string): { name: string; level: Level; digits: string; start: number; markEnd: number }[] {
  const out: { name: string; level: Level; digits: string; start: number; markEnd: number }[] = [];
  let from = 0;
  for (const m of text.matchAll(MARK)) {
    let i = m.index!;
    while (i > from && m.index! - i < MAX_NAME && isNameChar(text.charCodeAt(i - 1))) i--;
    const raw = text.slice(i, m.index!);
    const lead = LEAD.exec(raw)?.[0] ?? '';
    const name = raw.slice(lead.length);
    out.push({ name, level: m[2] as Level, digits: m[1], start: i + lead.length, markEnd: m.index! + m[0].length });
    from = m.index! + m[0].length;
  }
  return out;
}

/** What the clause before a figure says of its year: the text from the last comma or sentence end up to it. */
function clauseBefore(b: string, at: number): string {
  let i = at;
  while (i > 0 && !'，,；;。：:'.includes(b[i - 1])) i--;
  return b.slice(i, at);
}

/** The figures of an item in its body (the text after its names, up to its reasons or the sentence end). */
function readBody(
  body: string,
  offset: number,
  year: number | null,
  own: boolean,
): Pick<ItemLine, 'amount' | 'executed' | 'change' | 'pct'> & { any: boolean } {
  const cut = BODY_END.exec(body);
  const b = cut ? body.slice(0, cut.index) : body;
  const out: Pick<ItemLine, 'amount' | 'executed' | 'change' | 'pct'> & { any: boolean } = { any: /\d/.test(b) };
  const lastYear = (y: string | undefined) => y === undefined || (year !== null && Number(y) === year - 1);
  // Last year's outturn: said to be last year's, and nothing in its clause makes it this year's.
  const executed = [...b.matchAll(EXECUTED)].filter((m) => lastYear(m[1]) && !NOT_LAST_OUTTURN.test(clauseBefore(b, m.index!) + m[0]));
  if (executed.length === 1) out.executed = figure(executed[0][2], executed[0][3]);
  const lastBudget = [...b.matchAll(LAST_BUDGET)].some((m) => lastYear(m[1]));
  // This year's amount: right after the names, else the one budget figure of this year the clauses name.
  let amountEnd = -1;
  const ownM = own ? OWN.exec(b) : null;
  if (ownM) {
    out.amount = figure(ownM[1], ownM[2]);
    amountEnd = ownM[0].length;
  } else {
    const planned = [...b.matchAll(PLANNED)].filter((m) => {
      const clause = clauseBefore(b, m.index!);
      const years = [...clause.matchAll(/(20\d{2})\s*年/g)].map((y) => Number(y[1]));
      if (years.some((y) => year === null || y !== year)) return false;
      return !NOT_THIS_YEAR.test(clause);
    });
    if (planned.length === 1) {
      out.amount = figure(planned[0][1], planned[0][2]);
      amountEnd = planned[0].index! + planned[0][0].length;
    }
  }
  if (amountEnd < 0) return out;
  const basisOf = (word: string | undefined): Basis | null => {
    if (word && /决算/.test(word)) return null;
    if (word) return /执行/.test(word) ? 'executed' : 'budget';
    // A bare “比上年” where the text gives last year's 执行数 (or also its budget): either may be meant, neither is judged.
    return out.executed || lastBudget ? null : 'budget';
  };
  // Its change right after it, and its percentage right after that; or a percentage with its comparison right after it.
  CHANGE.lastIndex = amountEnd;
  const c = CHANGE.exec(b);
  if (c && lastYear(c[1])) {
    const basis = basisOf(c[3]);
    if (basis) out.change = { up: UP.test(c[4]), word: c[4], fig: figure(c[5], c[6]), basis };
    PCT_AFTER_CHANGE.lastIndex = CHANGE.lastIndex;
    const p = PCT_AFTER_CHANGE.exec(b);
    if (p && basis && !BOUND_AFTER.test(b.slice(PCT_AFTER_CHANGE.lastIndex)))
      out.pct = { up: UP.test(p[1]), word: p[1], s: p[2], basis, at: offset + p.index + p[0].lastIndexOf(p[1]) };
  } else {
    PCT_AFTER_AMOUNT.lastIndex = amountEnd;
    const p = PCT_AFTER_AMOUNT.exec(b);
    const basis = p && lastYear(p[1]) && !BOUND_AFTER.test(b.slice(PCT_AFTER_AMOUNT.lastIndex)) ? basisOf(p[3]) : null;
    if (p && basis) out.pct = { up: UP.test(p[4]), word: p[4], s: p[5], basis, at: offset + p.index + p[0].lastIndexOf(p[4]) };
  }
  return out;
}

/**
 * Two names of one 科目: equal as normName reads them, or but for a trailing 支出 on one of them (“机关事业单位基本养老
 * 保险缴费（项）” is 2080505 …缴费支出; “一般公共服务（类）支出” is 201 一般公共服务支出).
 */
export function sameName(a: string, b: string): boolean {
  const x = normName(a);
  const y = normName(b);
  return x === y || x + '支出' === y || x === y + '支出';
}

/** The table rows by their names at each level, for resolving an item. */
function resolve(said: ItemLine['said'], deepest: Level, byCode: Map<string, Coded>): Coded | null {
  const levels = (['类', '款', '项'] as Level[]).filter((l) => said[l]);
  const nameAt = (code: string, l: Level) => byCode.get(code.slice(0, LEN[l]))?.name ?? null;
  const fits = [...byCode.values()].filter(
    (c) =>
      c.code.length === LEN[deepest] &&
      levels.every((l) => {
        const n = nameAt(c.code, l);
        return n !== null && sameName(n, said[l]!.name);
      }),
  );
  if (fits.length === 1) return fits[0];
  // Printed code digits decide between rows of the same names (“行政运行” under two 款 of one text).
  if (fits.length > 1) {
    const code = codeOf(said);
    const byDigits = code ? fits.filter((c) => c.code === code) : [];
    if (byDigits.length === 1) return byDigits[0];
  }
  // A level marked wrong (“行政事业单位离退休（类）”, a 款: narrative/level-mark says so): the names as a chain of the
  // tables — the last the row's own name, the others names of its parents — when exactly one row is that chain.
  if (fits.length === 0) {
    const own = said[deepest]!.name;
    const others = levels.filter((l) => l !== deepest).map((l) => said[l]!.name);
    const chain = [...byCode.values()].filter((c) => {
      if (c.code.length < 5 || !sameName(c.name, own)) return false;
      const parents = [3, 5].filter((n) => n < c.code.length).map((n) => byCode.get(c.code.slice(0, n))?.name);
      return others.every((o) => parents.some((x) => x !== undefined && sameName(x, o)));
    });
    if (chain.length === 1) return chain[0];
  }
  return null;
}

/** The code the printed digits spell (“（204类）…（06款）…（01项）” → 2040601), when every level named prints its digits. */
export function codeOf(said: ItemLine['said']): string | null {
  let code = '';
  for (const l of ['类', '款', '项'] as Level[]) {
    const s = said[l];
    if (!s) continue;
    const d = s.digits ?? '';
    if (d.length === LEN[l]) code = d;
    else if (d.length === (l === '类' ? 3 : 2) && code.length === LEN[l] - 2) code += d;
    else if (d.length === 3 && l === '类') code = d;
    else return null;
  }
  return code || null;
}

/**
 * Every item line of the paragraphs. `paras` are the paragraph texts as the statement checks read them (index i
 * is ctx.paragraphs[i]); `year` is the budget year, which tells last year's figures from this year's.
 */
export function itemLinesOf(paras: string[], tables: Table[], year: number | null): ItemLine[] {
  if (!paras.some((t) => /[类款项]\s*[）)]/.test(t))) return [];
  const byCode = codedRows(tables);
  // A code in the tables of two funds (212 in 一般公共预算 and 政府性基金): which one a line means, its section says,
  // which is not read; such a line is matched to no row.
  const seen = new Map<string, number>();
  for (const kind of ['gpb-expenditure', 'gov-fund', 'soe-expenditure'] as const) {
    const t = tables.find((x) => x.kind === kind && x.shape === 'rows') as AnyRowsTable | undefined;
    for (const code of new Set((t?.rows ?? []).filter((r) => r.code && !r.isTotal).map((r) => r.code!))) seen.set(code, (seen.get(code) ?? 0) + 1);
  }
  const ambiguous = new Set([...seen].filter(([, n]) => n > 1).map(([code]) => code));
  const out: ItemLine[] = [];
  paras.forEach((text, pi) => {
    if (!/[类款项]\s*[）)]/.test(text)) return;
    const runs = levelRuns(text);
    for (let i = 0; i < runs.length;) {
      // A line: consecutive marks, each level deeper than the one before, the names touching their marks.
      let j = i;
      while (j + 1 < runs.length && ORDER[runs[j + 1].level] > ORDER[runs[j].level] && runs[j + 1].start === runs[j].markEnd && runs[j + 1].name.length >= 2)
        j++;
      const group = runs.slice(i, j + 1);
      i = j + 1;
      const deepest = group[group.length - 1].level;
      if (group.some((g) => g.name.length < 2)) continue;
      // One level alone is an item only with its amount right after it (“一般公共服务（类）支出22395.50万元”).
      if (group.length < 2 && (deepest === '项' || !OWN.test(text.slice(group[0].markEnd)))) continue;
      // “科目” after it: a Shanghai item of items.ts.
      const after = text.slice(group[group.length - 1].markEnd);
      if (/^[”"]?\s*科目/.test(after)) continue;
      const said: ItemLine['said'] = {};
      for (const g of group) said[g.level] = { name: g.name, ...(g.digits ? { digits: g.digits } : {}) };
      const line: ItemLine = {
        para: pi,
        start: group[0].start,
        end: group[group.length - 1].markEnd,
        text: text.slice(group[0].start, group[group.length - 1].markEnd),
        said,
        deepest,
        hit: null,
        bodyPara: pi,
      };
      const hit = byCode.size ? resolve(said, deepest, byCode) : null;
      if (hit && !ambiguous.has(hit.code)) line.hit = hit;
      // The body: up to the next item of the paragraph.
      const nextAt = i < runs.length ? runs[i].start : text.length;
      let body = readBody(text.slice(line.end, nextAt), line.end, year, true);
      // A heading that only names the item, or names it with its amount (“（一）…（01项）320.68万元”): its figures are
      // in the paragraph after it (when that names no item).
      const rest = text
        .slice(line.end)
        .trim()
        .replace(/^[：:]/, '');
      const headingOnly = !body.any && rest === '';
      const headingAmount = !!body.amount && !body.executed && !body.change && !body.pct && HEADING_AMOUNT.test(rest);
      const next = pi + 1 < paras.length ? paras[pi + 1] : undefined;
      if ((headingOnly || headingAmount) && nextAt === text.length && next && !/[类款项]\s*[）)]/.test(next) && OPENS_WITH_FIGURES.test(next)) {
        const nextBody = readBody(next, 0, year, false);
        // Every figure of its first sentence read as the item's (not “安排40万元用于离休人员，30万元用于退休人员”).
        const figures = [...next.split(/[。；;]/)[0].matchAll(ANY_FIGURE)].length;
        const read = [nextBody.amount, nextBody.executed, nextBody.change?.fig].filter(Boolean).length;
        if (figures === read && (headingOnly || nextBody.amount || nextBody.executed || nextBody.change || nextBody.pct)) {
          if (headingAmount) line.headingAmount = body.amount;
          body = { ...nextBody, amount: nextBody.amount ?? body.amount };
          line.bodyPara = pi + 1;
        }
      }
      for (const k of ['amount', 'executed', 'change', 'pct'] as const) if (body[k]) Object.assign(line, { [k]: body[k] });
      if (out.length > 0) line.prev = out[out.length - 1];
      out.push(line);
    }
  });
  return out;
}

/** An item's amount in its table, in 万元 exactly (a table in 元 not rounded), and half a unit of its printed digit. */
export function tableWan(c: Coded): { v: Decimal; half: Decimal } | null {
  return exactAmount(c.row.amounts.total, c.table.unit);
}

/** A printed figure is the table's, to the precision of the coarser of the two (100.0049 万元 is a table's 100.00). */
export const agrees = (f: Figure, t: { v: Decimal; half: Decimal }): boolean => f.wan.minus(t.v).abs().lte(Decimal.max(f.half, t.half));

/** Last year's amount of the item's row (PriorFacts.items), when last year's row of that code has the same name. */
export function priorItemOf(line: ItemLine, prior: PriorFacts): PriorItem | null {
  if (!line.hit || !prior.items) return null;
  const it = prior.items[line.hit.code];
  if (!it || (it.name !== undefined && !sameName(it.name, line.hit.name))) return null;
  return it;
}

/** A figure of a comparison: its value in 万元, what rounding may have changed in it, and how it is printed. */
export interface Side {
  wan: Decimal;
  half: Decimal;
  s: string;
}

/** What one judged change gives: a report for each of the line's change, direction and percentage that disagree. */
export interface ChangeVerdict {
  messageId: 'itemChange' | 'itemDirection' | 'itemPercent';
  data: Record<string, string>;
  expectedDir: 'up' | 'down';
  expected: string;
  actual: string;
  /** The percentage is off by less than two units of its last printed digit: rounded wrong, a warning. */
  slip?: boolean;
}

/**
 * The line's change (of the given basis) against last year's figure and this year's: the direction words, the change in
 * amount and the percentage, each within what rounding the figures to their printed precision may have changed.
 * A change too small to tell its direction is not judged.
 */
export function judgeChange(line: ItemLine, basis: Basis, last: Side, now: Side): ChangeVerdict[] {
  const out: ChangeVerdict[] = [];
  const diff = now.wan.minus(last.wan);
  const slack = now.half.plus(last.half);
  if (diff.abs().lte(slack)) return out;
  const dir: 'up' | 'down' = diff.isPositive() ? 'up' : 'down';
  const abs = diff.abs();
  const base = { item: line.text, last: last.s, amount: now.s };
  const words = [line.change?.basis === basis ? line.change : undefined, line.pct?.basis === basis ? line.pct : undefined];
  const wrong = words.find((w) => w && (w.up ? 'up' : 'down') !== dir);
  if (wrong) {
    out.push({ messageId: 'itemDirection', data: { ...base, word: wrong.word }, expectedDir: dir, expected: dir, actual: wrong.word });
    return out;
  }
  const c = line.change;
  if (c && c.basis === basis && c.fig.wan.minus(abs).abs().gt(c.fig.half.plus(slack))) {
    const expected = abs.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed();
    const actual = wanText(c.fig);
    out.push({ messageId: 'itemChange', data: { ...base, word: c.word, actual, expected }, expectedDir: dir, expected, actual });
  }
  const p = line.pct;
  if (p && p.basis === basis && last.wan.gt(last.half)) {
    const lo = abs.minus(slack).div(last.wan.plus(last.half)).times(100);
    const hi = abs.plus(slack).div(last.wan.minus(last.half)).times(100);
    const written = num(p.s);
    const u = halfOf(p.s);
    if (written.minus(u).gt(hi) || written.plus(u).lt(lo)) {
      const pct = abs.div(last.wan).times(100);
      const expected = pct.toDecimalPlaces(decimals(p.s), Decimal.ROUND_HALF_UP).toFixed(decimals(p.s)) + '%';
      out.push({
        messageId: 'itemPercent',
        data: { ...base, word: p.word, actual: p.s + '%', expected, exact: pct.toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toFixed() + '%' },
        expectedDir: dir,
        expected,
        actual: p.s + '%',
        slip: written.minus(pct).abs().lt(u.times(2)),
      });
    }
  }
  return out;
}

/** A verdict of judgeChange as a rule reports it: the comparison it rests on named (`against`), a slip a warning. */
export function verdictReport(
  v: ChangeVerdict,
  against: Message,
  pos: number,
  sub: number,
  related: CellRef[] = [],
): NarrativeReport<ChangeVerdict['messageId']> {
  return {
    messageId: v.messageId,
    data: { ...v.data, against, expectedDir: DIRECTION_TERMS[v.expectedDir] },
    stage: 'items',
    pos,
    sub,
    ...(v.slip ? { severity: 'warning' as const } : {}),
    extra: { expected: v.expected, actual: v.actual, ...(related.length ? { related } : {}) },
  };
}
