/**
 * The changes a paragraph states with the amount they are of — “支出 9370.12 万元，与上年相比增加 1297.83 万元，增长
 * 16.07%” — read once for the rules that judge them by the text's own figures (narrative/percent-figures,
 * narrative/change-exceeds). The amount is the one right before the change, in the same unit (万元 or 元), taken only
 * when nothing else can be meant: no figure between them but its share (“850088.3 元，占支出总预算 78.33%，同比减少
 * 54357.12 元”), not a part listed after 其中, not a figure of last year.
 */
import { NUM } from './context';
import type { ParagraphContext } from './context';

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
const SHARE_BETWEEN = /^[，,、\s]*占[\u4e00-\u9fa5“”"（）()]{0,16}\s*\d+(?:\.\d+)?\s*[%％][，,、\s]*/;
const AGAINST_BEFORE = /(?:(?:比|较|与)\s*(?:上年度?|去年|20\d{2}\s*年度?)(?:预算数?)?\s*(?:相比)?|同比)[，,]?\s*$/;
const UP = /增加|增长|上升/;

const CACHE = new WeakMap<ParagraphContext, StatedChange[]>();

/** The stated changes of a paragraph, with their amounts; `year` is the budget year (a figure said to be its own is this year's). */
export function statedChanges(p: ParagraphContext, year: number | null): StatedChange[] {
  const cached = CACHE.get(p);
  if (cached) return cached;
  const text = p.text;
  const out: StatedChange[] = [];
  const amounts = [...text.matchAll(AMOUNT)].map((m) => ({ at: m.index!, end: m.index! + m[0].length, s: m[1], unit: m[2] }));
  for (const m of text.matchAll(CHANGE)) {
    const changeAt = m.index!;
    const [, word, change, unit, pctWord, pctNum] = m;
    const base = amounts.filter((a) => a.end <= changeAt).pop();
    if (!base || base.unit !== unit) continue;
    const between = text.slice(base.end, changeAt).replace(SHARE_BETWEEN, '');
    if (/\d/.test(between)) continue;
    const sentenceStart = Math.max(text.lastIndexOf('。', base.at), text.lastIndexOf('；', base.at), 0);
    if (text.slice(sentenceStart, base.at).includes('其中')) continue;
    const before = text.slice(Math.max(0, base.at - 8), base.at);
    if (/上年|去年|上一年|20\d{2}\s*年(?:度)?(?:预算|执行|决算)?(?:数)?(?:为|是)?\s*$/.test(before) && !(year && new RegExp(`${year}\\s*年`).test(before)))
      continue;
    const against = AGAINST_BEFORE.exec(between)?.[0] ?? '';
    out.push({
      at: changeAt,
      end: (m as RegExpMatchArray & { indices: [number, number][] }).indices[3][1],
      word,
      up: UP.test(word),
      change,
      unit,
      base: { s: base.s, at: base.at, end: base.end },
      against,
      ...(pctWord ? { pct: { word: pctWord, s: pctNum, at: changeAt + m[0].lastIndexOf(pctWord) } } : {}),
    });
  }
  CACHE.set(p, out);
  return out;
}
