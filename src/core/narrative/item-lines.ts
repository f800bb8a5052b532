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
import type { Table } from '../tables/types';
import { wanPower } from '../money';
import { codedRows, normName, type Coded, type Level } from './items';
import type { PriorFacts, PriorItem } from './prior';

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
const NAME_RUN = /[\u4e00-\u9fa5（）()]*$/;
const LEAD = /^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|、)+/;
const LEN: Record<Level, number> = { 类: 3, 款: 5, 项: 7 };
const ORDER: Record<Level, number> = { 类: 0, 款: 1, 项: 2 };

const NUM = '(?<![\\d.]|\\d,)(\\d[\\d,]*(?:\\.\\d+)?)';
const UNIT = '(万元|元)';
const WORD = '(增加|减少|增长|下降|上升|降低|减)';
const UP = /增加|增长|上升/;
/** Right after the names: “支出 1400 万元”, “：320.68万元”, “预算数为 5 万元”. */
const OWN = new RegExp(`^\\s*[：:]?\\s*(?:支出|预算支出|预算数?|安排)?\\s*(?:为|是)?\\s*${NUM}\\s*${UNIT}`);
/** “2024年预算安排 B 万元”, “预算数为 B 万元”: this year's budget (the year, when printed, checked by the caller). */
const PLANNED = new RegExp(`(?:(20\\d{2})\\s*年度?)?\\s*(?:预算安排|预算数|预算为|安排预算|年初预算)\\s*(?:为|是)?\\s*${NUM}\\s*${UNIT}`, 'g');
/** “2023年当年预算执行数为 A 万元”, “上年执行数 A 万元”. */
const EXECUTED = new RegExp(`(?:(20\\d{2})\\s*年度?|上年|去年)?\\s*(?:当年)?\\s*(?:预算)?\\s*执行数?\\s*(?:为|是)?\\s*${NUM}\\s*${UNIT}`, 'g');
/** “与上年相比增加 D 万元”, “比上年执行数减少 D 万元”, “较2023年预算增加 D 万元”. */
const AGAINST = '(?:比|较|与)\\s*(?:上年度?|去年|(20\\d{2})\\s*年度?)\\s*(当年)?\\s*(预算执行数?|执行数?|预算数?|决算数?)?\\s*(?:相比)?[，,]?\\s*';
const CHANGE = new RegExp(`${AGAINST}${WORD}了?\\s*${NUM}\\s*${UNIT}`, 'g');
/** A percentage change, with or without its comparison before it. */
const PCT = new RegExp(`(?:${AGAINST})?${WORD}了?\\s*${NUM}\\s*[%％]`, 'g');
/** A heading's rest that is its amount alone: “320.68万元”, “：支出 5 万元。”. */
const HEADING_AMOUNT = new RegExp(`^(?:支出|预算支出|预算数?|安排)?\\s*(?:为|是)?\\s*${NUM}\\s*${UNIT}[。.]?$`);
/** Where the figures of an item end: its reasons and purposes hold other figures. */
const BODY_END = /主要原因|原因是|主要用于|用于|其中|。|；|;/;

function figure(s: string, unit: string): Figure {
  const v = new Decimal(s.replace(/,/g, ''));
  const dp = (s.split('.')[1] ?? '').length;
  const scale = new Decimal(10).pow(wanPower(unit));
  return { s, wan: v.div(scale), half: new Decimal(10).pow(-dp).div(2).div(scale), unit: unit as Figure['unit'] };
}

/** The level runs of a paragraph: each name with its mark, in order. */
export function levelRuns(text: string): { name: string; level: Level; digits: string; start: number; markEnd: number; nameStart: number }[] {
  const out: { name: string; level: Level; digits: string; start: number; markEnd: number; nameStart: number }[] = [];
  let from = 0;
  for (const m of text.matchAll(MARK)) {
    const before = text.slice(from, m.index!);
    const raw = NAME_RUN.exec(before)![0];
    const lead = LEAD.exec(raw)?.[0] ?? '';
    const name = raw.slice(lead.length);
    const nameStart = m.index! - raw.length + lead.length;
    out.push({ name, level: m[2] as Level, digits: m[1], start: nameStart, markEnd: m.index! + m[0].length, nameStart });
    from = m.index! + m[0].length;
  }
  return out;
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
  const thisYear = (y: string | undefined) => y === undefined || (year !== null && Number(y) === year);
  const taken: [number, number][] = [];
  const free = (at: number, end: number) => !taken.some(([a, e]) => at < e && end > a);
  for (const m of b.matchAll(EXECUTED)) {
    if (!lastYear(m[1]) || out.executed) continue;
    out.executed = figure(m[2], m[3]);
    taken.push([m.index!, m.index! + m[0].length]);
  }
  for (const m of b.matchAll(CHANGE)) {
    if (out.change || !free(m.index!, m.index! + m[0].length)) continue;
    if (!lastYear(m[1]) || (m[3] && /决算/.test(m[3]))) continue;
    const basis: Basis = /执行/.test(m[3] ?? '') || (!m[3] && out.executed) ? 'executed' : 'budget';
    out.change = { up: UP.test(m[4]), word: m[4], fig: figure(m[5], m[6]), basis };
    taken.push([m.index!, m.index! + m[0].length]);
  }
  for (const m of b.matchAll(PCT)) {
    if (out.pct) continue;
    if (m[1] && !lastYear(m[1])) continue;
    if (m[3] && /决算/.test(m[3])) continue;
    const basis: Basis = /执行/.test(m[3] ?? '') || (!m[3] && out.executed) ? 'executed' : 'budget';
    out.pct = { up: UP.test(m[4]), word: m[4], s: m[5], basis, at: offset + m.index! + m[0].lastIndexOf(m[4]) };
  }
  const ownM = own ? OWN.exec(b) : null;
  if (ownM) out.amount = figure(ownM[1], ownM[2]);
  else {
    for (const m of b.matchAll(PLANNED)) {
      if (!thisYear(m[1]) || !free(m.index!, m.index! + m[0].length)) continue;
      const before = b.slice(Math.max(0, m.index! - 4), m.index!);
      if (/上年|去年|执行|决算/.test(before) && !m[1]) continue;
      out.amount = figure(m[2], m[3]);
      break;
    }
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
  const out: ItemLine[] = [];
  paras.forEach((text, pi) => {
    if (!/[类款项]\s*[）)]/.test(text)) return;
    const runs = levelRuns(text);
    for (let i = 0; i < runs.length;) {
      // A line: consecutive marks, each level deeper than the one before, the names touching their marks.
      let j = i;
      while (
        j + 1 < runs.length &&
        ORDER[runs[j + 1].level] > ORDER[runs[j].level] &&
        runs[j + 1].nameStart === runs[j].markEnd &&
        runs[j + 1].name.length >= 2
      )
        j++;
      const group = runs.slice(i, j + 1);
      i = j + 1;
      const deepest = group[group.length - 1].level;
      if (group.some((g) => g.name.length < 2)) continue;
      // One level alone is an item only as a 类 with its amount right after it (“一般公共服务（类）支出22395.50万元”).
      if (group.length < 2 && !(deepest === '类' && OWN.test(text.slice(group[0].markEnd)))) continue;
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
        hit: byCode.size ? resolve(said, deepest, byCode) : null,
        bodyPara: pi,
      };
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
      if ((headingOnly || headingAmount) && nextAt === text.length && next && !/[类款项]\s*[）)]/.test(next)) {
        const after = readBody(next, 0, year, false);
        if (headingOnly || after.amount || after.executed || after.change || after.pct) {
          if (headingAmount) line.headingAmount = body.amount;
          body = { ...after, amount: after.amount ?? body.amount };
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

const dp = (s: string) => (s.split('.')[1] ?? '').length;
const halfOf = (s: string) => new Decimal(10).pow(-dp(s)).div(2);

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
    out.push({ messageId: 'itemChange', data: { ...base, word: c.word, actual: c.fig.s, expected }, expectedDir: dir, expected, actual: c.fig.s });
  }
  const p = line.pct;
  if (p && p.basis === basis && last.wan.gt(last.half)) {
    const lo = abs.minus(slack).div(last.wan.plus(last.half)).times(100);
    const hi = abs.plus(slack).div(last.wan.minus(last.half)).times(100);
    const written = new Decimal(p.s.replace(/,/g, ''));
    const u = halfOf(p.s);
    if (written.minus(u).gt(hi) || written.plus(u).lt(lo)) {
      const pct = abs.div(last.wan).times(100);
      const expected = pct.toDecimalPlaces(dp(p.s), Decimal.ROUND_HALF_UP).toFixed(dp(p.s)) + '%';
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
