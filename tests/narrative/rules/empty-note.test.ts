/**
 * narrative/empty-note: what the text says is empty is empty in the tables. On real workbooks: 中共江苏省委办公厅 2019
 * (tests/fixtures/narrative-real.ts: its 情况说明 on a sheet of its own tables — 三公 508.20 万元, a 机关运行经费 table
 * with figures, 政府性基金 empty) with lines of its text changed, and the Shanghai 2026 department template with 表6
 * (政府性基金) holding figures. The tables' own notes are meta/empty-table-note's.
 */
import type ExcelJS from 'exceljs';
import { checkNarrative, emptyPriorFacts } from '../../../src/core/narrative';
import type { Finding } from '../../../src/core/report';
import { checkWorkbookText, JIANGSU_TEXTS, SHANGHAI_2026_FILLED } from '../../fixtures/narrative-real';
import { filledTemplate } from '../../fixtures/shanghai-templates';
import { seedTables } from '../helpers';

const RULE = 'narrative/empty-note';
const SHEET = '2019年度部门预算情况说明';
const mine = (fs: Finding[]) => fs.filter((f) => f.rule === RULE);

/** 江苏省委办公厅's workbook with some lines of its text replaced (A60 十、政府性基金…, A51 九、“三公”…, A62 十一、机关运行经费…). */
async function swbgt(lines: Record<string, string>): Promise<Finding[]> {
  const wb = await JIANGSU_TEXTS.find((t) => t.id === 'swbgt')!.build();
  for (const [cell, text] of Object.entries(lines)) wb.getWorksheet(SHEET)!.getCell(cell).value = text;
  return (await checkWorkbookText(wb, 2019)).findings;
}

describe('on 江苏省委办公厅 2019', () => {
  test('true notes, a part of a fund, a line after a figure: no finding', async () => {
    const fs = await swbgt({
      A61: '本部门无政府性基金预算支出，此表为空表。',
      A55: '（1）公务用车购置预算支出0万元，主要原因是本部门无此项支出。',
      A59: '江苏省委办公厅2019年度一般公共预算拨款安排的培训费预算支出30万元，本部门无此项结余。',
    });
    expect(mine(fs)).toEqual([]);
  });
  test('“无“三公”经费” and “无机关运行经费” while the tables give them figures: errors, at the text, related to the tables', async () => {
    const fs = mine(await swbgt({ A58: '本部门无“三公”经费预算。', A63: '本部门无机关运行经费。' }));
    expect(fs.map((f) => [f.location?.cell, f.severity, f.messageId])).toEqual([
      ['A58', 'error', 'emptyNoteFigures'],
      ['A63', 'error', 'emptyNoteTable'],
    ]);
    expect(fs[0].message).toBe('说明中写“本部门无“三公”经费预算”，但表中“三公”经费为 508.2 万元（一般公共预算“三公”经费、会议费、培训费支出预算表）');
    expect(fs[0].related).toEqual([{ sheet: '一般公共预算“三公”经费、会议费、培训费支出预算表', cell: 'B6' }]);
    expect(fs[1].message).toBe('说明中写“本部门无机关运行经费”，但一般公共预算机关运行经费支出预算表列有金额');
    expect(fs[1].related.length).toBeGreaterThan(0);
    expect(fs[1].related.every((c) => c.sheet === '一般公共预算机关运行经费支出预算表')).toBe(true);
  });
  test('a note naming another fund than its section: a warning', async () => {
    const fs = mine(await swbgt({ A61: '本部门无国有资本经营预算拨款，此表为空表。' }));
    expect(fs.map((f) => [f.location?.cell, f.severity, f.message])).toEqual([
      [
        'A61',
        'warning',
        '说明在“十、政府性基金预算支出预算情况说明”下写“本部门无国有资本经营预算拨款，此表为空表”，说的是国有资本经营预算，不是政府性基金预算',
      ],
    ]);
  });
});

describe('on the Shanghai 2026 department template, 表6 holding 政府性基金 figures', () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await filledTemplate('department', {
      tables: [1, 2, 3, 4, 5, 7, 8, 9],
      change: (w) => {
        const ws = w.getWorksheet('部门政府性基金拨款表')!;
        for (const c of ['E9', 'E10', 'E11', 'G9', 'G10', 'G11', 'E21', 'G21']) ws.getCell(c).value = 50000;
        for (const c of ['F9', 'F10', 'F11', 'F21']) ws.getCell(c).value = 0;
      },
    });
    const other = wb.getWorksheet('其他相关情况说明')!;
    other.unMergeCells('A1:Z200');
    const paras = [...SHANGHAI_2026_FILLED.其他相关情况说明, '六、政府性基金预算支出情况说明', '本部门无政府性基金预算拨款，此表为空表。'];
    for (let r = 1; r <= Math.max(other.rowCount, paras.length); r++) other.getCell(`A${r}`).value = paras[r - 1] ?? null;
  });
  test('the text says the table is empty: an error pointing at the table’s total', async () => {
    const fs = mine((await checkWorkbookText(wb, 2026)).findings);
    expect(fs.map((f) => [`${f.location?.sheet}!${f.location?.cell}`, f.severity, f.data.amount, f.related])).toEqual([
      ['其他相关情况说明!A17', 'error', '5', [{ sheet: '部门政府性基金拨款表', cell: 'E21' }]],
    ]);
  });
});

describe('what is not a claim of the text', () => {
  test('the template’s own instruction, 机关运行经费 judged by 公用经费: no finding', async () => {
    const tables = await seedTables();
    const rules = (s: string) => checkNarrative(s, tables, emptyPriorFacts(), { year: 2026 }).map((f) => f.rule);
    expect(rules('2026年XX（部门）财政拨款的机关运行经费预算为XXX万元。（若无，则写“本部门无机关运行经费。”）')).toEqual(['narrative/leftover']);
    // The seed's 公用经费 is 25.57 万元, and it has no table of 机关运行经费: a 事业单位 has the one and not the other.
    expect(rules('本单位无机关运行经费。')).not.toContain(RULE);
  });
});
