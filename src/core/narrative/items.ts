/**
 * The itemised list of a 编制说明 (Shanghai: “财政拨款支出主要内容如下：1. “一般公共服务支出（类）统计信息事务（款）专项
 * 普查活动（项）”科目43.83万元 …”): each item names a 类, a 款 and a 项 and gives the 项's amount. The names are
 * resolved to a code of the 一般公共预算支出表 (else the 政府性基金 / 国有资本经营 / 支出总表), each level's name is
 * compared with the table's, and the amount with that 项's 合计 in 万元.
 *
 * Rules: narrative/item-name (a level's name differs from the table's; the item still resolves to one code),
 * narrative/item-unknown (no code of the tables fits the names), narrative/amount-mismatch (the amount).
 */
import Decimal from 'decimal.js';
import type { CellRef } from '../grid';
import { toWan, wanPower, type Unit } from '../money';
import type { Amount, AnyRowsTable, Row, Table, TableKind } from '../tables/types';
import { fmtWan } from './facts';
import { NUM } from './figures';

export type Level = '类' | '款' | '项';

/** What the check reports; check.ts adds the paragraph, the cell and the message. */
export interface ItemReport {
  rule: 'narrative/item-name' | 'narrative/item-unknown' | 'narrative/amount-mismatch';
  messageId: 'itemName' | 'itemUnknown' | 'amountMismatch';
  data: Record<string, string>;
  expected?: string;
  actual?: string;
  difference?: string;
  related: CellRef[];
}

export interface ItemSpan {
  start: number;
  end: number;
}

const MARK = '[（(](?:类|款|项)[）)]';
/**
 * One level: its name (with numbering, e.g. "1. 一般公共服务支出") up to its mark. Names may hold brackets of their own
 * ("政府办公厅（室）…") but no level mark, and are at most SEGMENT_MAX characters: each place of the text is then tried
 * in bounded time (a name running to the paragraph's end, tried from every place, made the scan quadratic; a name that
 * could swallow marks made "（类）" repeated exponential). The longest name of the 科目表 has 25 characters.
 */
const SEGMENT_MAX = 60;
const SEGMENT = `(?:(?!${MARK})[^“”"，。；：:]){1,${SEGMENT_MAX}}?`;
/** “A（类）B（款）C（项）”科目 X 万元 — 2 or 3 levels. */
const ITEM = new RegExp(`[“"]?((?:${SEGMENT}${MARK}){2,3})[”"]?\\s*科目\\s*(?:(?:为|是)\\s*)?${NUM}\\s*万元`, 'g');
const LEVEL_MARK = /[（(](类|款|项)[）)]/;

export const normName = (s: string): string =>
  s
    .replace(/[\s\u3000\u00a0]/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/其它/g, '其他');

export interface Coded {
  code: string;
  name: string;
  row: Row;
  table: AnyRowsTable;
}

/** The length of a 类, 款 or 项 code. */
export const LEN: Record<Level, number> = { 类: 3, 款: 5, 项: 7 };
const LEVELS: Level[] = ['类', '款', '项'];

/** The functional-code rows the list refers to: 一般公共预算, 政府性基金, 国有资本经营 tables; else the 支出总表. */
export function codedRows(tables: Table[]): Map<string, Coded> {
  const byCode = new Map<string, Coded>();
  const add = (kinds: TableKind[]) => {
    for (const kind of kinds) {
      const t = tables.find((x) => x.kind === kind && x.shape === 'rows') as AnyRowsTable | undefined;
      if (!t) continue;
      for (const row of t.rows) {
        if (!row.code || row.isTotal || byCode.has(row.code)) continue;
        byCode.set(row.code, { code: row.code, name: row.name, row, table: t });
      }
    }
  };
  add(['gpb-expenditure', 'gov-fund', 'soe-expenditure']);
  if (byCode.size === 0) add(['expenditure-summary']);
  return byCode;
}

/** The tables whose rows are 功能分类 codes with their amounts (not those by 经济分类, nor the 三公 or 采购 tables). */
const NOT_FUNCTIONAL = new Set<TableKind>(['gpb-basic', 'fiscal-basic', 'admin-operating', 'procurement', 'three-public']);
const PRINTED = new WeakMap<Table[], Map<string, { v: Decimal; half: Decimal; cell: CellRef }[]>>();

/**
 * Every amount the tables print for a 功能分类 code — its 合计 in each table that lists it (一般公共预算, 政府性基金,
 * 财政拨款, 支出总表 …) — in 万元 exactly, with half a unit of its printed digit. A text's section may give any of
 * them (支出总表's 项 include 事业收入; 一般公共预算's do not): a figure that is one of them is no mismatch.
 */
export function printedAmountsOfCode(tables: Table[], code: string): { v: Decimal; half: Decimal; cell: CellRef }[] {
  let m = PRINTED.get(tables);
  if (!m) {
    m = new Map();
    for (const t of tables) {
      if (t.shape !== 'rows' || NOT_FUNCTIONAL.has(t.kind)) continue;
      for (const row of (t as AnyRowsTable).rows) {
        const x = row.code && !row.isTotal ? exactAmount(row.amounts.total, t.unit) : null;
        if (x) m.set(row.code!, [...(m.get(row.code!) ?? []), x]);
      }
    }
    PRINTED.set(tables, m);
  }
  return m.get(code) ?? [];
}

/** A table's figure in 万元 exactly (a table in 元 not rounded), with half a unit of its printed digit; null when blank. */
export function exactAmount(a: Amount | undefined, unit: Unit | null): { v: Decimal; half: Decimal; cell: CellRef } | null {
  if (!a || a.value === null) return null;
  const scale = new Decimal(10).pow(wanPower(unit));
  return { v: a.value.div(scale), half: new Decimal(10).pow(-a.decimals).div(2).div(scale), cell: a.cell };
}

export function amountOf(c: Coded): { value: Decimal; cell: CellRef } | null {
  const a = c.row.amounts.total;
  if (!a || a.value === null) return null;
  return { value: toWan(a.value, c.table.unit), cell: a.cell };
}

/**
 * Checks every item of one paragraph. Returns the reports and the spans of the items, so the other checks can leave
 * those spans alone (an item's names are not the subjects of the paragraph).
 */
export function checkItems(para: string, tables: Table[], rowsCache?: { rows?: Map<string, Coded> }): { reports: ItemReport[]; spans: ItemSpan[] } {
  const reports: ItemReport[] = [];
  const spans: ItemSpan[] = [];
  // No item without "科目" and a level mark: most paragraphs are spared the scan.
  const matches = para.includes('科目') && LEVEL_MARK.test(para) ? [...para.matchAll(ITEM)] : [];
  if (matches.length === 0) return { reports, spans };
  const byCode = rowsCache?.rows ?? codedRows(tables);
  if (rowsCache) rowsCache.rows = byCode;
  if (byCode.size === 0) return { reports, spans };

  for (const m of matches) {
    spans.push({ start: m.index!, end: m.index! + m[0].length });
    // ["A", "类", "B", "款", "C", "项", ""]
    const parts = m[1].split(LEVEL_MARK);
    const said: Partial<Record<Level, string>> = {};
    for (let i = 0; i + 1 < parts.length; i += 2) said[parts[i + 1] as Level] = parts[i].replace(/^\s*\d+\s*[.．、]\s*/, '').trim();
    const levels = LEVELS.filter((l) => said[l] !== undefined);
    const deepest = levels[levels.length - 1];
    if (!said['类'] || levels.length < 2) continue;
    const item = m[1].replace(/^\s*\d+\s*[.．、]\s*/, '').trim();
    const actual = new Decimal(m[2].replace(/,/g, ''));

    const nameAt = (code: string, l: Level) => byCode.get(code.slice(0, LEN[l]))?.name ?? null;
    const candidates = [...byCode.values()].filter((c) => c.code.length === LEN[deepest]);
    const score = (c: Coded) => {
      let s = 0;
      const tableNames = levels
        .map((l) => nameAt(c.code, l))
        .filter((n): n is string => n !== null)
        .map(normName);
      for (const l of levels) {
        const n = nameAt(c.code, l);
        if (n !== null && normName(n) === normName(said[l]!)) s += 10;
        else if (tableNames.includes(normName(said[l]!))) s += 1; // the name of another level, put at this one
      }
      const a = amountOf(c);
      if (a && a.value.equals(actual)) s += 2;
      return s;
    };
    const exact = candidates.find((c) => levels.every((l) => nameAt(c.code, l) !== null && normName(nameAt(c.code, l)!) === normName(said[l]!)));
    let hit = exact;
    if (!hit) {
      const scored = candidates.map((c) => ({ c, s: score(c) })).sort((a, b) => b.s - a.s);
      // One code must fit clearly: its 类 and at least one more clue (another level's name or the amount), and no tie.
      const [best, second] = scored;
      const classOk = best && normName(nameAt(best.c.code, '类') ?? '') === normName(said['类']!);
      if (best && classOk && best.s >= 12 && (!second || second.s < best.s)) hit = best.c;
    }
    if (!hit) {
      reports.push({ rule: 'narrative/item-unknown', messageId: 'itemUnknown', data: { item, amount: fmtWan(actual) }, actual: item, related: [] });
      continue;
    }
    const a = amountOf(hit);
    if (!exact) {
      for (const l of levels) {
        const code = hit.code.slice(0, LEN[l]);
        const row = byCode.get(code);
        const n = row?.name ?? null;
        if (n === null || normName(n) === normName(said[l]!)) continue;
        reports.push({
          rule: 'narrative/item-name',
          messageId: 'itemName',
          data: { item, level: l, levelEn: { 类: 'class', 款: 'section', 项: 'item' }[l], actual: said[l]!, expected: n, code },
          expected: n,
          actual: said[l]!,
          related: [row!.row.nameCell ?? row!.row.codeCell, a?.cell].filter((x): x is CellRef => !!x),
        });
      }
    }
    if (a && !actual.equals(a.value) && !printedAmountsOfCode(tables, hit.code).some((x) => actual.minus(x.v).abs().lte(x.half))) {
      reports.push({
        rule: 'narrative/amount-mismatch',
        messageId: 'amountMismatch',
        data: { subject: `“${item}”`, actual: fmtWan(actual), expected: fmtWan(a.value), source: `${hit.code} ${hit.name}` },
        expected: fmtWan(a.value),
        actual: fmtWan(actual),
        difference: fmtWan(actual.minus(a.value)),
        related: [a.cell],
      });
    }
  }
  return { reports, spans };
}
