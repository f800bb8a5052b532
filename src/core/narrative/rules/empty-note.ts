/**
 * narrative/empty-note: what the text says is empty is empty in the tables. The tables' own 空表说明 are
 * meta/empty-table-note's (a note under a table that has figures); this is the text's: “本部门无政府性基金预算拨款，此表为
 * 空表”, “政府性基金预算支出表为空表”, “本单位无机关运行经费” while the tables give that fund figures — an error, with the
 * table's cells as `related` — and a note that names another fund than the section it is written under (“十、政府性基金预
 * 算支出情况说明” then “本部门无国有资本经营预算拨款，此表为空表”) — a warning.
 *
 * A claim is read only where it is plainly about the fund: “无/未安排/没有/不涉及” right before the fund's name, the fund's
 * name then “…为空表”, or “此表为空表” / “无此项支出” under (or after) a 政府性基金 or 国有资本经营 line. A part of a fund
 * (“公务用车购置费…无此项支出”) is never read as the whole (“三公”经费); 机关运行经费 is judged only by a table that
 * prints it (公用经费 is not 机关运行经费: a 事业单位 has the one and not the other). The template's own instructions
 * (“（若无，则写“本部门无机关运行经费。”）”, narrative/leftover) are not the text's claims.
 */
import Decimal from 'decimal.js';
import type { CellRef } from '../../grid';
import { allAmounts } from '../../tables/amounts';
import { TABLE_NAMES, type Table, type TableKind } from '../../tables/types';
import type { NarrativeContext } from '../context';
import { fmtWan } from '../facts';
import { headingsOf } from '../paragraphs';
import { defineNarrativeRule, pick } from '../rule';
import { leftoversOf } from './leftover';

type FundId = 'govFund' | 'soe' | 'threePublic' | 'operating' | 'procurement';

interface Fund {
  id: FundId;
  /** How the text names it. */
  re: string;
  /** How a message names it. */
  label: string;
  /** The table that prints it. */
  kind: TableKind;
  /** A line may say “无此项支出” / “此表为空表” of it without naming it again (a fund, not a part of one). */
  whole: boolean;
}

const FUNDS: Fund[] = [
  { id: 'govFund', re: '政府性基金', label: '政府性基金预算', kind: 'gov-fund', whole: true },
  { id: 'soe', re: '国有资本经营', label: '国有资本经营预算', kind: 'soe-expenditure', whole: true },
  { id: 'threePublic', re: '[“"]?三公[”"]?经费', label: '“三公”经费', kind: 'three-public', whole: false },
  { id: 'operating', re: '机关运行经费', label: '机关运行经费', kind: 'admin-operating', whole: false },
  { id: 'procurement', re: '政府采购', label: '政府采购预算', kind: 'procurement', whole: false },
];
const FUND_NAMES = FUNDS.map((f) => `(${f.re})`).join('|');
const ANY_FUND = new RegExp(FUND_NAMES, 'g');
const fundOf = (m: RegExpMatchArray): Fund => FUNDS[m.slice(1, FUNDS.length + 1).findIndex((x) => x !== undefined)];

/** “无政府性基金…”, “未安排政府采购预算”, “没有“三公”经费”. */
const NONE_OF = new RegExp(`(?:无|未安排|没有|不涉及)(?:相关|本级)?(?:${FUND_NAMES})`, 'g');
/** “政府性基金预算支出表为空表”. */
const EMPTY_TABLE_OF = new RegExp(`(?:${FUND_NAMES})[^，。；,;]{0,20}?(?:为|是)空表`, 'g');
/** “此表为空表”, “无此项支出”, “无相关收支”: of the fund just named or of the section. */
const EMPTY_THIS = /此表为空表|为空表|无(?:此项|该项|相关)(?:收入|支出|收支|预算|资金|拨款|经费)/g;
/** A sentence of the text. */
const SENTENCE = /[^。；;！？!?]+[。；;！？!?]?/g;

interface Figures {
  amount: Decimal | null;
  cells: CellRef[];
  table: Table | undefined;
}

/** The fund's figures in the tables, when they hold any that is not 0; else null (no table, or nothing in it). */
function figuresOf(ctx: NarrativeContext, fund: Fund): Figures | null {
  const f = ctx.facts;
  const table = ctx.tables.find((t) => t.kind === fund.kind);
  const fromTable = (t: Table | undefined): Figures | null => {
    if (!t) return null;
    const nonzero = allAmounts(t).filter((a) => a.value !== null && !a.value.isZero());
    return nonzero.length ? { amount: null, cells: nonzero.slice(0, 3).map((a) => a.cell), table: t } : null;
  };
  const fact = (v: Decimal | null, cell: CellRef | undefined): Figures | null =>
    v !== null && !v.isZero() ? { amount: v, cells: cell ? [cell] : (fromTable(table)?.cells ?? []), table } : fromTable(table);
  switch (fund.id) {
    case 'govFund':
      return fact(f.govFund, f.cells.govFund);
    case 'soe':
      return fact(f.soe, f.cells.soe);
    case 'threePublic':
      return f.threePublic ? fact(f.threePublic.total, f.cells.threePublic) : null;
    case 'operating':
      return f.operatingSource === 'admin-operating' ? fact(f.operating, f.cells.operating) : fromTable(table);
    case 'procurement':
      return fromTable(table);
  }
}

/** The one fund a heading names, if it names exactly one. */
function headingFund(s: string | undefined): Fund | undefined {
  if (!s) return undefined;
  const named = new Set([...s.matchAll(ANY_FUND)].map(fundOf));
  return named.size === 1 ? [...named][0] : undefined;
}

export default defineNarrativeRule({
  id: 'narrative/empty-note',
  severity: 'error',
  category: 'mismatch',
  title: { zh: '说明中的空表说明与表中金额一致', en: 'What the text says is empty is empty in the tables' },
  messages: pick('emptyNoteFigures', 'emptyNoteTable', 'emptyNoteWrongFund'),
  check(p, ctx, report) {
    if (!/空表|无|未安排|没有|不涉及/.test(p.text) || leftoversOf([p]).length > 0) return;
    const { top, inner } = headingsOf(ctx, p);
    // The section: the innermost heading above that names one fund, else the top-level one.
    const heading = [inner, top].find((h) => h && h !== p && headingFund(h.original));
    const sectionFund = headingFund(heading?.original);
    const paragraphHasFigures = /\d\s*万元/.test(p.text);
    let pos = 0;
    let lastNamed: Fund | undefined;
    for (const sm of p.text.matchAll(SENTENCE)) {
      const sentence = sm[0];
      const claims: { fund: Fund; text: string; named: boolean }[] = [];
      for (const m of sentence.matchAll(NONE_OF)) claims.push({ fund: fundOf(m), text: m[0], named: true });
      for (const m of sentence.matchAll(EMPTY_TABLE_OF)) claims.push({ fund: fundOf(m), text: m[0], named: true });
      const namedHere = [...sentence.matchAll(ANY_FUND)].map(fundOf);
      if (claims.length === 0) {
        const m = EMPTY_THIS.exec(sentence);
        EMPTY_THIS.lastIndex = 0;
        // Of the fund this sentence names; a bare sentence (“本部门无此项收入。”, no figure of its own) of the fund the
        // sentence before names, or of the section when the paragraph gives no figure at all. A whole fund only.
        const bare = !/\d/.test(sentence);
        const fund = namedHere.length ? namedHere[namedHere.length - 1] : bare ? (lastNamed ?? (paragraphHasFigures ? undefined : sectionFund)) : undefined;
        if (m && fund && fund.whole) claims.push({ fund, text: m[0], named: namedHere.length > 0 });
      }
      if (namedHere.length) lastNamed = namedHere[namedHere.length - 1];
      const said = sentence.trim().replace(/[。；;！？!?]$/, '');
      for (const c of claims) {
        pos++;
        const figures = figuresOf(ctx, c.fund);
        if (figures) {
          const table = figures.table ? figures.table.name || TABLE_NAMES[figures.table.kind] : TABLE_NAMES[c.fund.kind];
          if (figures.amount !== null) {
            report({
              messageId: 'emptyNoteFigures',
              data: { actual: said, fund: c.fund.label, amount: fmtWan(figures.amount), table },
              stage: 'namedAmounts',
              pos: 50_000 + pos,
              extra: { related: figures.cells, actual: said, expected: fmtWan(figures.amount) },
            });
          } else {
            report({ messageId: 'emptyNoteTable', data: { actual: said, table }, stage: 'namedAmounts', pos: 50_000 + pos, extra: { related: figures.cells } });
          }
          continue;
        }
        // A note that names one fund under the section of another (the note copied from the section before).
        if (
          c.named &&
          sectionFund &&
          heading &&
          c.fund !== sectionFund &&
          c.fund.whole &&
          sectionFund.whole &&
          !namedHere.includes(sectionFund) &&
          /空表/.test(sentence)
        ) {
          report({
            messageId: 'emptyNoteWrongFund',
            data: { heading: heading.original.trim(), actual: said, named: c.fund.label, expected: sectionFund.label },
            stage: 'namedAmounts',
            pos: 50_000 + pos,
            severity: 'warning',
          });
        }
      }
    }
  },
});
