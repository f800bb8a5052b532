/**
 * Which cross-table comparisons hold depends on where the money comes from: "一、财政拨款收入" printed as one line is
 * 一般公共预算 only when the 财政拨款收支总表 shows no other fund — then 支出总表 and 一般公共预算支出表 must agree line by line.
 */
import { audit } from '../../../src/core/audit';
import expenditureTotals from '../../../src/core/rules/cross/expenditure-totals';
import { at, mendedGrid, setCell } from '../helpers';

async function withFiscalLine() {
  const g = await mendedGrid();
  // 附表-1: "一、一般公共预算拨款收入" → "一、财政拨款收入" (the same money, printed the provincial way)
  const s = g.sheets.find((x) => x.name === '附表1')!;
  const i = s.rows.findIndex((r) => String(r[0] ?? '').includes('一般公共预算拨款收入'));
  expect(i).toBeGreaterThan(0);
  return setCell(g, '附表1', `A${i + 1}`, '一、财政拨款收入');
}

test('财政拨款收入 as one line, 财政拨款收支总表 with only 一般公共预算: 支出总表 ≠ 一般公共预算支出表 on a line is still found', async () => {
  const g = await withFiscalLine();
  // 附表5 (一般公共预算支出表) 2080502 事业单位离退休 changed: 支出总表 no longer equals it line by line.
  const s = g.sheets.find((x) => x.name === '附表5')!;
  const i = s.rows.findIndex((r) => r[0] === '2080502');
  setCell(g, '附表5', `C${i + 1}`, 69.45);
  const f = audit(g, { ruleSet: [expenditureTotals] }).findings;
  expect(f.some((x) => x.severity !== 'info')).toBe(true);
  expect(f.map(at).join(' ')).toMatch(/附表[35]!/);
});

test('财政拨款收入 as one line and fund money in 财政拨款收支总表: only "一般公共预算 ≤ whole" is asked, no false error', async () => {
  const g = await withFiscalLine();
  const s = g.sheets.find((x) => x.name === '附表4')!;
  const i = s.rows.findIndex((r) => String(r[0] ?? '').includes('政府性基金预算拨款'));
  setCell(g, '附表4', `B${i + 1}`, 5);
  const f = audit(g, { ruleSet: [expenditureTotals] }).findings;
  expect(f.filter((x) => x.severity === 'error')).toEqual([]);
});
