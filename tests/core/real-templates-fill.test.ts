/**
 * Both real 2026 上海市普陀区 templates (部门, 单位), filled in code (tests/fixtures/shanghai-templates.ts, arithmetic
 * by hand there): fully filled, fully filled with 事业收入 (表1 ≠ 表4 and 表3 ≠ 表5 by design), and partly filled
 * (表1–表3 written, 表4–表9 still as received). What a user must see: nine tables each time, no front-matter noise, no
 * error where every figure ties, and one changed figure caught at that cell or the total it breaks.
 */
import { audit } from '../../src/core/audit';
import { workbookToGrid } from '../../src/cli/xlsx';
import { filledTemplate, sheetNames, type FillOptions, type TemplateKind } from '../fixtures/shanghai-templates';
import { at } from './helpers';

type Report = ReturnType<typeof audit>;
const run = async (kind: TemplateKind, options?: FillOptions): Promise<Report> => audit(await workbookToGrid(await filledTemplate(kind, options)));
const list = (r: Report, severity: string) => r.findings.filter((f) => f.severity === severity).map((f) => `${f.rule} ${at(f)} ${f.message}`);

describe.each(['department', 'unit'] as const)('the real Shanghai %s template', (kind) => {
  const names = sheetNames(kind);

  test.each([
    ['filled', {}],
    ['filled, with 事业收入', { shiye: true }],
  ])('%s: nine tables, no error, no warning', async (_what, options) => {
    const r = await run(kind, options);
    expect(r.layout.id).toBe('shanghai');
    expect(r.tables).toHaveLength(9);
    expect(r.unrecognized).toEqual([]);
    expect(list(r, 'error')).toEqual([]);
    expect(list(r, 'warning')).toEqual([]);
  });

  test('one 项 figure changed in 表5 (+100 元): errors only at the totals it breaks in 表5', async () => {
    const r = await run(kind, { change: (wb) => (wb.getWorksheet(names[4])!.getCell('E11').value = 800100) });
    const errs = list(r, 'error');
    expect(errs.some((e) => e.startsWith(`sum/children ${names[4]}!E10 `))).toBe(true);
    expect(errs.some((e) => e.startsWith(`sum/columns ${names[4]}!E11 `))).toBe(true);
    expect(errs.every((e) => e.includes(`${names[4]}!E1`))).toBe(true);
  });

  test('表1 收入总计 changed: the error is at 表1 (its own sum), not scattered over tables that are right', async () => {
    const r = await run(kind, { change: (wb) => (wb.getWorksheet(names[0])!.getCell('B21').value = 1000500) });
    const errs = list(r, 'error');
    expect(errs.length).toBeGreaterThan(0);
    expect(errs.every((e) => e.includes(`${names[0]}!`))).toBe(true);
    expect(errs.some((e) => e.includes(`${names[0]}!B21`))).toBe(true);
  });

  test('with 事业收入, 表4 claiming the 事业收入 as 财政拨款 is caught against 表1', async () => {
    const r = await run(kind, {
      shiye: true,
      change: (wb) => {
        const s = wb.getWorksheet(names[3])!;
        for (const a of ['B8', 'B21', 'D8', 'D21', 'E8', 'E21']) s.getCell(a).value = 1200000;
      },
    });
    const errs = list(r, 'error');
    expect(errs.some((e) => e.startsWith('cross/'))).toBe(true);
  });

  test('partly filled (表1–表3 written, 表4–表9 as received): nine tables, no error; each blank table said to be unchecked, once', async () => {
    const r = await run(kind, { tables: [1, 2, 3] });
    expect(r.tables).toHaveLength(9);
    expect(r.unrecognized).toEqual([]);
    expect(list(r, 'error')).toEqual([]);
    const warnings = r.findings.filter((f) => f.severity === 'warning');
    expect(warnings.map((f) => `${f.messageId} ${f.location?.sheet}`)).toEqual(names.slice(3).map((n) => `not-filled ${n}`));
    expect(warnings[0].message).toBe('财政拨款收支预算总表未填列任何金额，也没有空表说明：它与其他表的勾稽关系未核对（如确无此类资金，请注明“此表为空表”）');
  });

  test('partly filled, and 表2 disagrees with 表1: the error between the filled tables is still found', async () => {
    const r = await run(kind, { tables: [1, 2, 3], change: (wb) => (wb.getWorksheet(names[1])!.getCell('F20').value = 999000) });
    expect(list(r, 'error').some((e) => e.startsWith('cross/') || e.includes(`${names[1]}!F20`))).toBe(true);
  });
});
