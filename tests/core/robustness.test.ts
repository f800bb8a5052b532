/**
 * Whatever a workbook holds, the engine answers with findings, never a crash: random damage to the seed (cells
 * blanked, replaced with text, numbers, dates' serials, formula errors, huge or negative figures, rows dropped)
 * must never make a rule fail ("规则 … 未能完成检查") or throw out of audit().
 */
import { audit } from '../../src/core/audit';
import type { CellValue, Grid } from '../../src/core/grid';
import { workbookToGrid } from '../../src/cli/xlsx';
import { buildShanghaiWorkbook } from '../fixtures/shanghai-workbook';
import { clone, mendedGrid, seedGrid } from './helpers';

let state = 20261129;
const rnd = (n: number) => {
  state = (state * 1103515245 + 12345) % 2147483648;
  return state % n;
};

const JUNK: CellValue[] = [
  null,
  '',
  '合计',
  '附表-3',
  '#REF!',
  'abc',
  '1,2,3',
  '（12.5）',
  '-',
  '12.345.6',
  1e15,
  -0.004,
  0,
  45292,
  '支出总表',
  '类',
  '单位：元',
  '2080505',
];

function damage(g: Grid, edits: number): Grid {
  for (let i = 0; i < edits; i++) {
    const s = g.sheets[rnd(g.sheets.length)];
    if (s.rows.length === 0) continue;
    const r = rnd(s.rows.length);
    const kind = rnd(10);
    if (kind === 0) {
      s.rows.splice(r, 1); // a row deleted
      continue;
    }
    const row = (s.rows[r] ??= []);
    const c = rnd(Math.max(1, row.length + 1));
    while (row.length <= c) row.push(null);
    row[c] = JUNK[rnd(JUNK.length)];
  }
  return g;
}

describe('random damage never crashes a rule', () => {
  const bases: [string, () => Promise<Grid>][] = [
    ['seed', seedGrid],
    ['mended', mendedGrid],
    ['shanghai', async () => workbookToGrid(buildShanghaiWorkbook().workbook)],
  ];
  test.each(bases)('%s: 150 damaged copies', async (_name, make) => {
    const base = await make();
    for (let i = 0; i < 150; i++) {
      const g = damage(clone(base), 1 + rnd(25));
      let r;
      try {
        r = audit(g);
      } catch (e) {
        throw new Error(`audit threw on copy ${i}: ${(e as Error).stack}`);
      }
      const internal = r.findings.filter((f) => f.messageId === 'internal');
      if (internal.length) throw new Error(`copy ${i}: ${internal.map((f) => f.message).join('; ')}`);
      for (const f of r.findings) expect(f.message).not.toMatch(/\{\w+\}|undefined|NaN/);
    }
  });
});
