/**
 * item-lines.ts: the item lines of a text that name a 科目 by its level marks without “科目”. On the three Jiangsu 2019
 * texts the parse gives every line of the ground truth (tests/fixtures/jiangsu-item-lines.ts, read by hand and checked
 * by script): its row, amount, change and percentage; the Hubei form's heading, code digits and 执行数.
 */
import Decimal from 'decimal.js';
import { narrativeContext } from '../../src/core/narrative/context';
import { codeOf, itemLinesOf, judgeChange, sameName } from '../../src/core/narrative/item-lines';
import { emptyPriorFacts } from '../../src/core/narrative';
import type { Table } from '../../src/core/tables/types';
import { JIANGSU_ITEM_LINES } from '../fixtures/jiangsu-item-lines';
import { GPB, jiangsuParagraphs, jiangsuTables } from './rule-tester';
import { audit } from '../../src/core/audit';

describe('the Jiangsu 2019 texts: every item line of the ground truth, as read by hand', () => {
  test.each(['swbgt', 'rdcwh', 'gy'] as const)('%s', async (doc) => {
    const tables = await jiangsuTables(doc)();
    const ctx = narrativeContext({ paragraphs: jiangsuParagraphs(doc), year: 2019 }, tables, emptyPriorFacts());
    const lines = ctx.paragraphs.flatMap((p) => p.itemLines);
    const got = lines.map((l) => ({
      code: l.hit?.code ?? null,
      amount: l.amount?.s,
      change: l.change ? `${l.change.up ? '+' : '-'}${l.change.fig.s}` : undefined,
      pct: l.pct?.s,
    }));
    const truth = JIANGSU_ITEM_LINES.filter((x) => x.doc === doc);
    // 类 lines give their change in the next sentence, after their purpose (“主要用于…。与上年相比…”): not the line's.
    const want = truth.map((x) => ({
      code: x.unresolved ? null : x.code,
      amount: x.amount,
      change: x.code.length === 3 ? undefined : `${x.dir === 'up' ? '+' : '-'}${x.change}`,
      pct: x.code.length === 3 ? undefined : x.pct,
    }));
    const order = (a: { code: string | null; amount?: string }) => `${a.amount}`;
    expect([...got].sort((a, b) => order(a).localeCompare(order(b)))).toEqual([...want].sort((a, b) => order(a).localeCompare(order(b))));
    // Every figure is against last year's budget (“与上年相比”): no 执行数 in these texts.
    expect(lines.every((l) => !l.executed && (!l.change || l.change.basis === 'budget'))).toBe(true);
  });
});

describe('the Hubei form', () => {
  let tables: Table[];
  beforeAll(() => {
    tables = audit({ sheets: GPB }).typed;
  });
  const parse = (paras: string[], year = 2024) => itemLinesOf(paras, tables, year);

  test('names with code digits, then 执行数, 预算安排 and the percentage in the same paragraph', () => {
    const [l, ...rest] = parse([
      '1、社会保障和就业支出（208类）行政事业单位养老支出（05款）机关事业单位基本养老保险缴费支出（05项）：2023年当年预算执行数为 25 万元，2024年预算安排 30 万元，比上年执行数增加 20%，主要原因是人员增加。',
    ]);
    expect(rest).toEqual([]);
    expect(l.hit?.code).toBe('2080505');
    expect(codeOf(l.said)).toBe('2080505');
    expect(l).toMatchObject({ amount: { s: '30' }, executed: { s: '25' }, pct: { s: '20', basis: 'executed', up: true } });
  });

  test('a heading that only names the item: its figures are read from the paragraph after it', () => {
    const lines = parse([
      '（一）社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）',
      '2023年执行数为 80 万元，2024年预算数为 70 万元，比上年执行数减少 12.5%。',
    ]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ para: 0, bodyPara: 1, hit: { code: '2080501' }, amount: { s: '70' }, executed: { s: '80' }, pct: { up: false } });
  });

  test('figures of another year are not taken for last year’s or this year’s', () => {
    const [l] = parse(['行政事业单位养老支出（款）行政单位离退休（项）：2022年执行数为 60 万元，2023年预算数为 65 万元。']);
    expect(l.executed).toBeUndefined();
    expect(l.amount).toBeUndefined();
  });

  test('a figure in 元 is read in 万元, with the half unit of its printed precision', () => {
    const [l] = parse(['行政事业单位养老支出（款）行政单位离退休（项）支出 700000.5 元。']);
    expect(l.amount?.wan.toString()).toBe('70.00005');
    expect(l.amount?.half.toString()).toBe('0.000005');
  });

  test('a level alone is no line, except a 类 with its amount right after it', () => {
    expect(parse(['（三）住房保障支出（类）'])).toEqual([]);
    expect(parse(['社会保障和就业（类）支出 100 万元，主要用于…。'])[0]).toMatchObject({ hit: { code: '208' }, amount: { s: '100' } });
  });

  test('the Shanghai “…（项）”科目 items are items.ts’s, not item lines', () => {
    expect(parse(['1. “社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）”科目 70 万元，主要用于…'])).toEqual([]);
  });
});

test('sameName: equal but for a trailing 支出', () => {
  expect(sameName('机关事业单位基本养老保险缴费', '机关事业单位基本养老保险缴费支出')).toBe(true);
  expect(sameName('一般公共服务', '一般公共服务支出')).toBe(true);
  expect(sameName('行政运行', '一般行政管理事务')).toBe(false);
});

describe('judgeChange: within the rounding of the printed figures', () => {
  const side = (s: string) => ({ wan: new Decimal(s), half: new Decimal('0.005'), s });
  const line = (pct: string, up = true) =>
    ({ pct: { up, word: up ? '增长' : '减少', s: pct, basis: 'budget' as const, at: 0 }, text: 'X（款）Y（项）' }) as never;
  test('5.60% for 41.67 ÷ 743.39 (5.6054%) is within rounding; 16.07% for 16.0776% is a slip', () => {
    expect(judgeChange(line('5.60'), 'budget', side('743.39'), side('785.06'))).toEqual([]);
    const [v] = judgeChange(line('16.07'), 'budget', side('8072.29'), side('9370.12'));
    expect(v).toMatchObject({ messageId: 'itemPercent', expected: '16.08%', slip: true });
  });
  test('the wrong direction is reported alone', () => {
    const [v, ...rest] = judgeChange(line('10', true), 'budget', side('810'), side('729'));
    expect(rest).toEqual([]);
    expect(v).toMatchObject({ messageId: 'itemDirection', expectedDir: 'down' });
  });
  test('a change too small to tell its direction, and a new item (last year 0), are not judged', () => {
    expect(judgeChange(line('10', false), 'budget', side('100.00'), side('100.01'))).toEqual([]);
    expect(judgeChange(line('100'), 'budget', side('0'), side('50'))).toEqual([]);
  });
});
