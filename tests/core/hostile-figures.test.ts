/**
 * Hostile figures: a cell that cannot take part in arithmetic (Number.MAX_VALUE, ±1e308, ±Infinity, NaN, formula
 * errors, emoji, text, numeric text of 400 digits) is one finding at its own cell (amount/invalid), and every rule
 * checks the rest: no rule stops ("规则 … 未能完成检查"), no relation with such a part is judged (no finding but its
 * own names the cell), and every finding of the workbook that does not involve its table is still there.
 *
 * Generated, deterministic: each value goes into a sample of the seed's amount cells (every table, every kind of
 * cell: totals, parts, 类/款/项, both sides of 收支总表), in the seed as published and in the mended copy.
 */
import { audit } from '../../src/core/audit';
import type { CellValue, Grid } from '../../src/core/grid';
import type { Finding } from '../../src/core/report';
import expenditureTotals from '../../src/core/rules/cross/expenditure-totals';
import { buildSeedWorkbook } from '../fixtures/seed-workbook';
import { at, clone, mendedGrid, seedGrid, setCell } from './helpers';

type Expect = 'notNumber' | 'formulaError' | 'outOfRange';

/** Values that are no figure, with the message their cell gets. `formula`: a formula whose cached result is the error. */
const HOSTILE: { value: CellValue; expect: Expect; formula?: boolean }[] = [
  { value: Number.MAX_VALUE, expect: 'outOfRange' },
  { value: -Number.MAX_VALUE, expect: 'outOfRange' },
  { value: 1e308, expect: 'outOfRange' },
  { value: -1e308, expect: 'outOfRange' },
  { value: 1.7976931348623155e308, expect: 'outOfRange' },
  { value: 1e16, expect: 'outOfRange' },
  { value: 1e15, expect: 'outOfRange' },
  { value: Infinity, expect: 'outOfRange' },
  { value: -Infinity, expect: 'outOfRange' },
  { value: NaN, expect: 'notNumber' },
  { value: '9'.repeat(400), expect: 'outOfRange' },
  { value: '-1,000,000,000,000,000.00', expect: 'outOfRange' },
  { value: '#REF!', expect: 'formulaError', formula: true },
  { value: '#DIV/0!', expect: 'formulaError', formula: true },
  { value: '#VALUE!', expect: 'formulaError' },
  { value: '#N/A', expect: 'formulaError', formula: true },
  { value: '😀💰', expect: 'notNumber' },
  { value: 'abc', expect: 'notNumber' },
  { value: 'NaN', expect: 'notNumber' },
  { value: 'Infinity', expect: 'notNumber' },
  { value: '1e308', expect: 'notNumber' },
  { value: '12.345.6', expect: 'notNumber' },
  { value: true, expect: 'notNumber' },
];

/** Every seed amount cell gets some value: value v goes into the cells i with (i + v) % STRIDE === 0. */
const STRIDE = 8;

const CELLS = buildSeedWorkbook().amountCells;
const key = (c: { sheet: string; cell: string }) => `${c.sheet}!${c.cell}`;
const where = (f: Finding) => (f.location ? key(f.location) : '-');
/** A finding as a claim about a cell: one blank total is one claim, whichever sum rule reports it. */
const brief = (f: Finding) => `${f.category === 'blank' ? 'blank' : f.rule} ${f.severity} @${where(f)}`;
const touches = (f: Finding, sheet: string) => f.location?.sheet === sheet || f.related.some((r) => r.sheet === sheet);
const names = (f: Finding, cell: string) => where(f) === cell || f.related.some((r) => key(r) === cell);

function put(g: Grid, c: { sheet: string; cell: string }, h: (typeof HOSTILE)[number]): Grid {
  setCell(g, c.sheet, c.cell, h.value);
  if (h.formula) {
    const s = g.sheets.find((x) => x.name === c.sheet)!;
    s.formulaErrors = { ...(s.formulaErrors ?? {}), [c.cell]: String(h.value) };
  }
  return g;
}

function crashed(fs: Finding[]): Finding[] {
  return fs.filter((f) => f.messageId === 'internal' || /未能完成检查/.test(f.message));
}

describe.each([
  ['seed', seedGrid],
  ['mended', mendedGrid],
])('hostile figures in the %s workbook', (_name, make) => {
  let base: Grid;
  let baseFindings: Finding[];
  beforeAll(async () => {
    base = await make();
    baseFindings = audit(clone(base)).findings;
    expect(crashed(baseFindings)).toEqual([]);
  });

  test.each(HOSTILE.map((h, v) => [String(h.value).slice(0, 24), v] as const))('%s: its own finding at its cell, every rule checks the rest', (_label, v) => {
    const h = HOSTILE[v];
    const cells = CELLS.filter((_, i) => (i + v) % STRIDE === 0);
    expect(new Set(cells.map((c) => c.sheet)).size).toBeGreaterThanOrEqual(5);
    const problems: string[] = [];
    for (const c of cells) {
      const cell = key(c);
      const fs = audit(put(clone(base), c, h)).findings;
      for (const f of crashed(fs)) problems.push(`${cell}: ${f.message}`);
      // The cell itself is the finding, with the message of its kind.
      const own = fs.filter((f) => f.rule === 'amount/invalid' && where(f) === cell);
      if (own.length !== 1 || own[0].messageId !== h.expect)
        problems.push(`${cell}: own finding ${own.map((f) => f.messageId).join(',') || 'missing'}, expected ${h.expect}`);
      for (const f of fs) {
        if (/NaN|Infinity|undefined|\{\w+\}/.test(f.message.replace(String(h.value), ''))) problems.push(`${cell}: message ${f.message}`);
        // No relation is judged with the cell as a part or a total: no other finding names it.
        if (f.rule !== 'amount/invalid' && names(f, cell)) problems.push(`${cell}: judged with it: ${brief(f)} ${f.message}`);
      }
      // Nothing new is claimed: every other finding was there before (a relation left unjudged may only drop one).
      const before = new Set(baseFindings.map(brief));
      for (const f of fs)
        if (!(f.rule === 'amount/invalid' && where(f) === cell) && !before.has(brief(f))) problems.push(`${cell}: new ${brief(f)} ${f.message}`);
      // The findings that involve neither this table nor the 收支总表 (whose lines decide what is compared) remain.
      const after = new Set(fs.map(brief));
      for (const f of baseFindings) {
        if (touches(f, c.sheet) || touches(f, '附表1') || f.rule === 'amount/negative') continue;
        if (!after.has(brief(f))) problems.push(`${cell}: lost ${brief(f)} ${f.message}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('huge but valid figures (below 10^15), and parts whose sum overflows a JavaScript number', () => {
  // 5e-324 prints as 0.00: where the seed has 0, nothing changes and no finding need name it.
  const BIG: number[] = [999_999_999_999_999, -999_999_999_999_999, 123_456_789_012.34, 5e-324];
  test.each(BIG.map((b) => [String(b), b] as const))('%s: no rule stops, no NaN, the cell is named', async (_label, b) => {
    const base = await mendedGrid();
    const problems: string[] = [];
    for (const c of CELLS.filter((_, i) => i % 11 === BIG.indexOf(b))) {
      const cell = key(c);
      const fs = audit(setCell(clone(base), c.sheet, c.cell, b)).findings;
      for (const f of crashed(fs)) problems.push(`${cell}: ${f.message}`);
      for (const f of fs) if (/NaN|Infinity|undefined|\{\w+\}/.test(f.message)) problems.push(`${cell}: message ${f.message}`);
      if (fs.some((f) => f.rule === 'amount/invalid')) problems.push(`${cell}: read as no figure`);
      if (b !== 5e-324 && !fs.some((f) => names(f, cell))) problems.push(`${cell}: no finding names it`);
    }
    expect(problems).toEqual([]);
  });

  test('every amount of a table at 9·10^14: sums beyond 2^53 and beyond 10^15 are exact, no rule stops', async () => {
    const g = await mendedGrid();
    for (const c of CELLS.filter((x) => x.sheet === '附表3' || x.sheet === '附表5')) setCell(g, c.sheet, c.cell, 9e14);
    const fs = audit(g).findings;
    expect(crashed(fs)).toEqual([]);
    expect(fs.filter((f) => f.rule === 'amount/invalid')).toEqual([]);
    for (const f of fs) expect(f.message).not.toMatch(/NaN|Infinity|e\+/);
    // A total at 9·10^14 over two parts at 9·10^14: Σ parts = 1.8·10^15 exactly, one difference of 9·10^14.
    const m = fs.find((f) => f.rule === 'sum/columns' && f.expected === '1800000000000000.00');
    expect(m).toBeDefined();
    expect(m!.difference).toBe('-900000000000000.00');
  });
});

describe('a source line that is no figure leaves the department’s money unknown', () => {
  // 附表5 2080502 事业单位离退休 at 60.00 where 支出总表 prints 69.46: an error only when all money is 一般公共预算.
  let lowered = '';
  async function lowerGpbLine(fundLine: CellValue): Promise<Finding[]> {
    const g = await mendedGrid();
    const s = g.sheets.find((x) => x.name === '附表5')!;
    const i = s.rows.findIndex((r) => r[0] === '2080502');
    lowered = `附表5!C${i + 1}`;
    setCell(g, '附表5', `C${i + 1}`, 60);
    setCell(g, '附表1', 'B7', fundLine); // 政府性基金预算拨款收入
    return audit(g, { ruleSet: [expenditureTotals] }).findings;
  }
  test('政府性基金 0.00: all money is 一般公共预算, the line must agree', async () => {
    expect((await lowerGpbLine(0)).filter((f) => f.severity === 'error').map(at)).toContain(lowered);
  });
  test.each(['#REF!', '😀', 1e308])('政府性基金 %p: only "一般公共预算 ≤ whole" is asked, no false error', async (v) => {
    expect((await lowerGpbLine(v)).filter((f) => f.severity === 'error')).toEqual([]);
  });
});
