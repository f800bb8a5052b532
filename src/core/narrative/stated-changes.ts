/**
 * The changes a paragraph states with the amount they are of — “支出 9370.12 万元，与上年相比增加 1297.83 万元，增长
 * 16.07%” — read once for the rules that judge them by the text's own figures (narrative/percent-figures,
 * narrative/change-exceeds). The amount is the one right before the change, in the same unit (万元 or 元), taken only
 * when nothing else can be meant: no figure between them but its share (“850088.3 元，占支出总预算 78.33%，同比减少
 * 54357.12 元”), not a part listed after 其中, not a figure of last year.
 */
import Decimal from 'decimal.js';
import type { NarrativeContext, ParagraphContext } from './context';
import { decimals, half, halfOf, NUM, num } from './figures';
import { prevParagraph } from './paragraphs';

export interface StatedChange {
  /** Where the change's word stands, and where its amount (with the unit) ends. */
  at: number;
  end: number;
  word: string;
  up: boolean;
  change: string;
  unit: string;
  /** The amount it is a change of, as printed, and where it stands. */
  base: { s: string; at: number; end: number };
  /** The comparison right before the word (“与上年相比”, “比上年”), as printed; '' when there is none. */
  against: string;
  /** The percentage right after it, when one is given. */
  pct?: { word: string; s: string; at: number };
}

const CHANGE = new RegExp(
  `(增加|减少|增长|下降|上升|降低)了?\\s*${NUM}\\s*(万元|元)(?:[，,、]?\\s*(增长|增加|减少|下降|上升|降低)了?\\s*${NUM}\\s*[%％])?`,
  'gd',
);
const AMOUNT = new RegExp(`${NUM}\\s*(万元|元)`, 'g');
/** A share between an amount and its change; its figure may be missing (“占基本支出预算%”, narrative/blank-amount's). */
const SHARE_BETWEEN = /^[，,、\s]*占[\u4e00-\u9fa5“”"（）()]{0,16}\s*(?:\d+(?:\.\d+)?)?\s*[%％][，,、\s]*/;
/** The comparison a change is stated with: “与上年相比”, “比2024年预算”, “较上年预算数”, “同比”. */
const AGAINST = '(?:(?:比|较|与)\\s*(?:上年度?|去年|20\\d{2}\\s*年度?)(?:预算数?)?\\s*(?:相比)?|同比)';
/**
 * What may stand between an amount and its change: punctuation, the item's purpose (“，主要用于保障机构正常运转。”)
 * and the comparison — no other subject (“基本支出 60 万元，项目支出较上年增加…”), no 合计 or 共.
 */
const BETWEEN_OK = new RegExp(`^[，,、。；\\s]*(?:(?:主要)?用于[^。；\\d]{0,60}[。；，,]\\s*)?(${AGAINST})?[，,\\s]*$`);
/** A figure that is itself a change, a deduction or a part (“减少 30 万元”, “扣除…5 万元”, “含结转资金 10 万元”). */
const NOT_A_BASE = /(?:增加|减少|增长|下降|上升|降低|扣除|扣减|压减|节约|含|包括|其中)[^，,。；\d]{0,12}$/;
/** Last year's figure, or another year's, or an outturn: no amount of the budget year. */
const OTHER_YEAR = /上年|去年|上一年|执行|决算/;
/** A figure with a sign before it (a 结余 or 差额 may be negative): its sign is not read, it is not judged. */
const SIGNED = /[-－−]\s*$|负\s*$/;
/** A percentage that is a bound, not a figure: “增长 10% 以上”, “10%左右”. */
const BOUND_AFTER = /^\s*(?:以上|以下|左右|上下|多|余)/;
const UP = /增加|增长|上升/;

const CACHE = new WeakMap<ParagraphContext, StatedChange[]>();

/** The clause before a place: back to the last comma, 。 or ；. */
function clauseBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && !'，,；;。'.includes(text[i - 1])) i--;
  return text.slice(i, at);
}

/** Inside brackets not closed before it, in its sentence. */
function inBrackets(text: string, at: number, sentenceStart: number): boolean {
  const s = text.slice(sentenceStart, at);
  return (s.match(/[（(]/g)?.length ?? 0) > (s.match(/[）)]/g)?.length ?? 0);
}

/** The stated changes of a paragraph, with their amounts; `year` is the budget year (a figure said to be its own is this year's). */
export function statedChanges(p: ParagraphContext, year: number | null): StatedChange[] {
  const cached = CACHE.get(p);
  if (cached) return cached;
  const text = p.text;
  const out: StatedChange[] = [];
  const amounts = [...text.matchAll(AMOUNT)].map((m) => ({ at: m.index!, end: m.index! + m[0].length, s: m[1], unit: m[2] }));
  const changes = [...text.matchAll(CHANGE)];
  /** The figures of changes (their amounts): never the base of another. */
  const changeFigures = new Set(changes.map((m) => (m as RegExpMatchArray & { indices: [number, number][] }).indices[2][0]));
  /** Amounts that are the base of a change read: the others of a sentence make its base unclear. */
  const bases = new Set<number>();
  for (const m of changes) {
    const changeAt = m.index!;
    const idx = (m as RegExpMatchArray & { indices: [number, number][] }).indices;
    const [, word, change, unit, pctWord, pctNum] = m;
    const base = amounts.filter((a) => a.end <= changeAt).pop();
    if (!base || base.unit !== unit || changeFigures.has(base.at)) continue;
    const between = text.slice(base.end, changeAt).replace(SHARE_BETWEEN, '');
    const ok = BETWEEN_OK.exec(between);
    if (!ok) continue;
    const sentenceStart = Math.max(text.lastIndexOf('。', base.at), text.lastIndexOf('；', base.at), text.lastIndexOf(';', base.at), -1) + 1;
    const sentence = text.slice(sentenceStart, base.at);
    if (sentence.includes('其中') || NOT_A_BASE.test(sentence) || inBrackets(text, base.at, sentenceStart)) continue;
    // One amount of the sentence before it that is no change and no other change's base: which one changed is unclear.
    if (amounts.some((a) => a.at >= sentenceStart && a.end <= base.at && !changeFigures.has(a.at) && !bases.has(a.at))) continue;
    const clause = clauseBefore(text, base.at);
    const years = [...clause.matchAll(/(20\d{2})\s*年/g)].map((y) => Number(y[1]));
    if (OTHER_YEAR.test(clause) || years.some((y) => year === null || y !== year)) continue;
    if (SIGNED.test(text.slice(Math.max(0, base.at - 2), base.at)) || SIGNED.test(text.slice(Math.max(0, idx[2][0] - 2), idx[2][0]))) continue;
    const bounded = pctWord && BOUND_AFTER.test(text.slice(changeAt + m[0].length));
    bases.add(base.at);
    out.push({
      at: changeAt,
      end: idx[3][1],
      word,
      up: UP.test(word),
      change,
      unit,
      base: { s: base.s, at: base.at, end: base.end },
      against: ok[1] ?? '',
      ...(pctWord && !bounded ? { pct: { word: pctWord, s: pctNum, at: changeAt + m[0].lastIndexOf(pctWord) } } : {}),
    });
  }
  CACHE.set(p, out);
  return out;
}

/**
 * The changes stated just before the i-th of a paragraph — earlier in it, then in the paragraph above — nearest first,
 * each with its paragraph: where a rule looks for the line a figure was copied from.
 */
export function changesBefore(ctx: NarrativeContext, p: ParagraphContext, i: number): { c: StatedChange; p: ParagraphContext }[] {
  const prev = prevParagraph(ctx, p);
  const above = prev ? statedChanges(prev, ctx.year).map((c) => ({ c, p: prev })) : [];
  return [
    ...above,
    ...statedChanges(p, ctx.year)
      .slice(0, i)
      .map((c) => ({ c, p })),
  ].reverse();
}

/** A stated change as the text prints it, from its amount to its change (“18330.37万元，与上年相比增加2432.93万元”). */
export const changeText = (x: { c: StatedChange; p: ParagraphContext }): string => x.p.text.slice(x.c.base.at, x.c.end).replace(/\s+/g, '');

export interface PctVerdict {
  ok: boolean;
  /** Last year's figure the two give (this year − the increase, or + the decrease). */
  last: Decimal;
  /** The change ÷ last year, exactly, and rounded to the printed precision. */
  pct: Decimal;
  expected: string;
  /** Off by less than one unit of the last digit printed: rounded wrong (cut off, or forced). */
  slip: boolean;
}

/**
 * A change's percentage against its amount and change, within what rounding each figure to its printed precision
 * allows (each stands for ±½ of its last printed digit). Null when it cannot be judged: no percentage, no change, or
 * last year's figure not above 0.
 */
export function judgePct(c: StatedChange): PctVerdict | null {
  if (!c.pct) return null;
  const amount = num(c.base.s);
  const diff = num(c.change);
  const last = c.up ? amount.minus(diff) : amount.plus(diff);
  if (last.lte(0) || diff.isZero()) return null;
  const pct = diff.div(last).times(100);
  const eLast = half(c.base.s).plus(half(c.change));
  const lo = diff.minus(half(c.change)).div(last.plus(eLast)).times(100);
  // Last year's figure as small as its rounding: no upper bound.
  const hi = last.gt(eLast) ? diff.plus(half(c.change)).div(last.minus(eLast)).times(100) : null;
  const written = num(c.pct.s);
  const u = halfOf(c.pct.s);
  // A decrease to a printed 0 is a fall of exactly 100%, whatever the rounding of the change.
  const toZero = !c.up && amount.isZero();
  const ok = toZero ? written.minus(100).abs().lte(u) : (hi === null || written.minus(u).lte(hi)) && written.plus(u).gte(lo);
  const dp = decimals(c.pct.s);
  return { ok, last, pct, expected: pct.toDecimalPlaces(dp, Decimal.ROUND_HALF_UP).toFixed(dp) + '%', slip: written.minus(pct).abs().lt(u.times(2)) };
}
