/** The explanation text inside a workbook: found by sheet name or title, split by row and inside a cell, each paragraph with its cell. */
import { audit } from '../../src/core/audit';
import { textOfWorkbook } from '../../src/core/recognize/explanation';
import { readGrid } from '../../src/cli/xlsx';
import path from 'path';
import { sheet } from './helpers';

test('the real Shanghai 部门 template: 部门编制说明 and 其他相关情况说明, a section per merged cell, a paragraph per line', async () => {
  const grid = await readGrid(path.join(__dirname, '..', 'fixtures', 'real', 'shanghai-2026-department-template.xlsx'));
  const r = audit(grid);
  const t = textOfWorkbook(grid, r.parts)!;
  expect(t.sheets.map((s) => `${s.part}:${s.sheet}`)).toEqual(['explanation:部门编制说明', 'other-notes:其他相关情况说明', 'project-notes:项目经费情况说明']);
  // the title row, then A3's lines one by one, all at A3
  expect(t.paragraphs[0]).toBe('2026年部门预算编制说明');
  expect(t.paragraphs[1]).toMatch(/^2026年，XX收入预算x,xxx万元/);
  expect(t.cells[1]).toEqual({ sheet: '部门编制说明', cell: 'A3' });
  expect(t.paragraphs[2]).toMatch(/^支出预算x,xxx万元/);
  expect(t.cells[2]).toEqual({ sheet: '部门编制说明', cell: 'A3' });
  expect(t.paragraphs).toContain('1. “xx”科目x,xxx万元，主要用于……');
  expect(t.cells[t.paragraphs.indexOf('1. “xx”科目x,xxx万元，主要用于……')]).toEqual({ sheet: '部门编制说明', cell: 'A4' });
  expect(t.paragraphs.some((p) => p.startsWith('2026年“三公”经费预算数为XXX万元'))).toBe(true);
});

test('a sheet 编制说明 (the add-in writes it), a paragraph per row; numbers and blank cells are not paragraphs', () => {
  const grid = { sheets: [sheet('编制说明', [['一、收入预算情况'], ['2024年收入预算 100 万元。'], [2024], ['   ']])] };
  const t = textOfWorkbook(grid, [])!;
  expect(t.paragraphs).toEqual(['一、收入预算情况', '2024年收入预算 100 万元。']);
  expect(t.cells.map((c) => c.cell)).toEqual(['A1', 'A2']);
});

test('no text sheet: nothing', () => {
  expect(textOfWorkbook({ sheets: [sheet('附表1', [['收支总表']])] }, [])).toBeNull();
});
