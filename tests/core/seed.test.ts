/**
 * The canonical workbook: the seed's tables as published must show its real flaws, and nothing else as an error;
 * the mended copy must be clean; and any single amount changed by 3.00 must be caught.
 */
import Decimal from 'decimal.js';
import { audit } from '../../src/core/audit';
import { parseAmount } from '../../src/core/money';
import type { Finding } from '../../src/core/report';
import { buildMendedWorkbook } from '../fixtures/seed-workbook';
import { at, getCell, mendedGrid, seedGrid, setCell } from './helpers';

function find(fs: Finding[], pred: (f: Finding) => boolean): Finding | undefined {
  return fs.find(pred);
}

describe('the seed workbook as published', () => {
  let findings: Finding[];
  let report: ReturnType<typeof audit>;
  beforeAll(async () => {
    report = audit(await seedGrid());
    findings = report.findings;
  });

  test('recognises the six tables it has (and the 分单位 table) by title and header', () => {
    expect(report.tables.map((t) => `${t.kind}@${t.sheet}`)).toEqual([
      'income-expenditure-summary@附表1',
      'income-summary@附表2',
      'expenditure-summary@附表3',
      'fiscal-summary@附表4',
      'gpb-expenditure@附表5',
      'gpb-expenditure-by-unit@附表5',
      'gpb-basic@附表6',
    ]);
    expect(report.unrecognized).toEqual([]);
    expect(report.tables.every((t) => t.unit === '万元')).toBe(true);
  });

  test('error: 附表-4 prints 济宁市 for 咸宁市', () => {
    const f = find(findings, (f) => f.rule === 'meta/org-name');
    expect(f).toBeDefined();
    expect(f!.severity).toBe('error');
    expect(at(f!)).toBe('附表4!A3');
    expect(f!.message).toContain('济宁市');
    expect(f!.message).toContain('咸宁市');
  });

  test('errors: 附表-7, 8 and 9 are missing, each named', () => {
    const missing = findings.filter((f) => f.rule === 'meta/required-tables');
    expect(missing.map((f) => f.severity)).toEqual(['error', 'error', 'error']);
    expect(missing[0].message).toContain('三公');
    expect(missing[1].message).toContain('政府性基金');
    expect(missing[2].message).toContain('项目支出表');
    expect(missing.every((f) => f.location === null)).toBe(true);
  });

  test('error: 附表-2 row 222 合计 is blank while its 本年收入 is 1205.56', () => {
    const f = find(findings, (f) => at(f) === '附表2!C7');
    expect(f).toBeDefined();
    expect(f!.severity).toBe('error');
    expect(f!.category).toBe('blank');
    expect(f!.expected).toBe('1205.56');
    expect(f!.actual).toBe('');
  });

  test.each([
    ['附表1!D30', '1205.55', '1205.56'], // 收支总表 本年支出合计
    ['附表3!C5', '1205.55', '1205.56'], // 支出总表 合计行 合计
    ['附表3!D5', '380.55', '380.56'], // 支出总表 合计行 基本支出
    ['附表4!D6', '1205.55', '1205.56'], // 财政拨款收支总表 本年支出
    ['附表5!C6', '1205.55', '1205.56'], // 一般公共预算支出表 合计行 合计
    ['附表5!D6', '380.55', '380.56'], // … 基本支出
    ['附表5!E6', '354.98', '354.99'], // … 人员经费
    ['附表6!C18', '25.58', '25.57'], // 基本支出表 302 商品和服务支出
  ])('尾差 warning (not an error) at %s: expected %s, printed %s', (cell, expected, actual) => {
    const f = find(findings, (f) => at(f) === cell);
    expect(f).toBeDefined();
    expect(f!.severity).toBe('warning');
    expect(f!.category).toBe('rounding');
    expect(f!.expected).toBe(expected);
    expect(f!.actual).toBe(actual);
    expect(f!.message).toContain('尾差');
    expect(f!.suggestion).toBeDefined();
  });

  test('the 舍位平衡 suggestion moves the cent onto the largest part', () => {
    const f = find(findings, (f) => at(f) === '附表6!C18')!;
    expect(f.suggestion!.cell).toEqual({ sheet: '附表6', cell: 'C30' });
    expect(f.suggestion!.from).toBe('10.30');
    expect(f.suggestion!.to).toBe('10.29');
  });

  test('warning: 2080505 is named differently in 附表-3 and 附表-5', () => {
    const f = find(findings, (f) => f.rule === 'code/consistent-names');
    expect(f).toBeDefined();
    expect(f!.severity).toBe('warning');
    expect(f!.message).toContain('2080505');
    expect([at(f!), `${f!.related[0].sheet}!${f!.related[0].cell}`].sort()).toEqual(['附表3!B9', '附表5!B10']);
  });

  test('nothing else is an error', () => {
    const errors = findings.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${at(f)}`);
    expect(errors.sort()).toEqual(
      ['meta/org-name 附表4!A3', 'meta/required-tables -', 'meta/required-tables -', 'meta/required-tables -', 'sum/columns 附表2!C7'].sort(),
    );
  });

  test('the blank 合计 is reported once, not again by every sum that reads it', () => {
    expect(findings.filter((f) => f.location && at(f) === '附表2!C7')).toHaveLength(1);
    expect(findings.filter((f) => f.related.some((r) => r.sheet === '附表2' && r.cell === 'C7'))).toHaveLength(0);
  });

  test('messages render in English on request', async () => {
    const en = audit(await seedGrid(), { locale: 'en-US' }).findings;
    const f = en.find((f) => f.rule === 'meta/required-tables')!;
    expect(f.message).toMatch(/^Table 7 /);
  });
});

describe('the mended copy', () => {
  test('gives no error and no warning, and recognises all nine tables', async () => {
    const r = audit(await mendedGrid());
    expect(r.findings).toEqual([]);
    expect(new Set(r.tables.map((t) => t.kind)).size).toBe(10);
  });

  test('an all-zero table without its 空表说明 is reported', async () => {
    const g = await mendedGrid();
    const s = g.sheets.find((x) => x.name === '附表7')!;
    for (const row of s.rows) for (let i = 0; i < row.length; i++) if (typeof row[i] === 'string' && /空表/.test(row[i] as string)) row[i] = null;
    const r = audit(g);
    expect(r.findings.map((f) => `${f.rule} ${at(f)}`)).toEqual(['meta/empty-table-note 附表7!A2']);
  });

  // Walks every amount cell: +3.00 on one cell must give an error naming that cell or the total it breaks.
  test('any single amount changed by 3.00 is caught as an error naming that cell or the total it breaks', async () => {
    const { amountCells } = buildMendedWorkbook();
    expect(amountCells.length).toBeGreaterThan(300);
    const base = await mendedGrid();
    const missed: string[] = [];
    for (const c of amountCells) {
      const g = JSON.parse(JSON.stringify(base));
      const v = getCell(g, c.sheet, c.cell);
      const p = parseAmount(v);
      if (p.kind !== 'number') throw new Error(`${c.sheet}!${c.cell} is not an amount: ${v}`);
      const changed = p.value.plus(new Decimal(3));
      setCell(g, c.sheet, c.cell, typeof v === 'string' ? changed.toFixed(2) : changed.toNumber());
      const errors = audit(g).findings.filter((f) => f.severity === 'error');
      const named = errors.some(
        (f) => (f.location && f.location.sheet === c.sheet && f.location.cell === c.cell) || f.related.some((r) => r.sheet === c.sheet && r.cell === c.cell),
      );
      if (!named) missed.push(`${c.sheet}!${c.cell}`);
    }
    expect(missed).toEqual([]);
  });
});

test('a table whose figures are in 元 while it says 万元 is named as a unit mistake, not only as a mismatch', async () => {
  const { mendedGrid, at } = await import('./helpers');
  const g = await mendedGrid();
  // 附表-6 一般公共预算基本支出表 typed in 元 (×10000) under its 单位：万元 label.
  const s = g.sheets.find((x) => x.name === '附表6')!;
  s.rows = s.rows.map((r, i) => (i < 5 ? r : r.map((v) => (typeof v === 'number' ? Math.round(v * 1000000) / 100 : v))));
  const r = (await import('../../src/core/audit')).audit(g);
  const unit = r.findings.filter((f) => f.messageId === 'unitSuspect');
  expect(unit.map((f) => `${f.rule} ${at(f)}`)).toEqual([
    'cross/basic-expenditure 附表6!C6',
    'cross/basic-expenditure 附表6!D6',
    'cross/basic-expenditure 附表6!E6',
  ]);
  expect(unit[0].message).toContain('正好相差一万倍');
});
