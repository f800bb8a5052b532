/**
 * --annotate's copy, as a user and a reviewer see it: every user cell as it was (value, formula, number format, font,
 * fill where no flag was put), each finding's cell filled and noted, the user's own note kept, a 审核结果 sheet whose
 * links point at the flagged cells — and, opened in the add-in (the in-memory Excel host), 清除标记 takes away exactly
 * what was added: the workbook is then the input again.
 */
import ExcelJS from 'exceljs';
import { audit } from '../../src/core/audit';
import { FLAG_COLORS, NOTE_MARK, parseState, STATE_SHEET, targetsOf } from '../../src/core/flags';
import { annotateWorkbook, fillStateOf, RESULT_SHEET } from '../../src/cli/annotate';
import { workbookToGrid } from '../../src/cli/xlsx';
import { clearFlags } from '../../src/excel/flags';
import { asExcelContext, MemContext } from '../excel-host/host';
import { MemWorkbook } from '../excel-host/model';
import { parseA1 } from '../../src/core/grid';
import { buildSeedWorkbook } from '../fixtures/seed-workbook';
import { supportFor } from '../excel/helpers';

async function reread(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const out = new ExcelJS.Workbook();
  await out.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return out;
}

const noteOf = (c: ExcelJS.Cell): string | undefined => {
  const n = c.note as string | ExcelJS.Comment | undefined;
  return n === undefined ? undefined : typeof n === 'string' ? n : (n.texts ?? []).map((t) => t.text).join('');
};

/** Every cell of every user sheet: value, formula, number format, font, fill, note. */
function cellsOf(wb: ExcelJS.Workbook, skip: string[] = []): Map<string, { value: string; numFmt: string; font: string; fill: string; note?: string }> {
  const out = new Map<string, { value: string; numFmt: string; font: string; fill: string; note?: string }>();
  for (const ws of wb.worksheets) {
    if (skip.includes(ws.name)) continue;
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (c) => {
        out.set(`${ws.name}!${c.address}`, {
          value: JSON.stringify(c.value),
          numFmt: c.numFmt ?? '',
          font: JSON.stringify(c.font ?? null),
          fill: JSON.stringify(c.fill ?? null),
          note: noteOf(c),
        });
      }),
    );
  }
  return out;
}

/** The workbook as the add-in's host would hold it: values, formats, sheets (very hidden too), fills and notes. */
async function inHost(wb: ExcelJS.Workbook): Promise<MemWorkbook> {
  const model = MemWorkbook.fromGrid(await workbookToGrid(wb));
  for (const ws of wb.worksheets) {
    const s = model.sheet(ws.name)!;
    if (ws.state === 'veryHidden') s.visibility = 'VeryHidden';
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (c) => {
        const { row: r, col } = parseA1(c.address);
        const f = fillStateOf(c);
        if (f?.color) s.cell(r, col).fill = { color: f.color, pattern: 'Solid', tintAndShade: 0, patternColor: '#000000', patternTintAndShade: 0 };
        const n = noteOf(c);
        if (n !== undefined) model.notes.set(`${ws.name}!${c.address}`, n);
      }),
    );
  }
  return model;
}

describe('--annotate: the seed workbook marked in a copy', () => {
  let input: ExcelJS.Workbook;
  let output: ExcelJS.Workbook;
  let report: ReturnType<typeof audit>;
  let targets: ReturnType<typeof targetsOf>;
  const USER_NOTE = '请财务科复核';
  const BLUE = 'FFDDEBF7';

  beforeAll(async () => {
    const built = await reread(buildSeedWorkbook().workbook);
    report = audit(await workbookToGrid(built), { file: 'seed.xlsx' });
    targets = targetsOf(report.findings);
    // The user's own note on one flagged cell, their own fill on another.
    const [t0, t1] = targets;
    built.getWorksheet(t0.sheet)!.getCell(t0.cell).note = USER_NOTE;
    built.getWorksheet(t1.sheet)!.getCell(t1.cell).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: BLUE } };
    input = await reread(built);
    const copy = await reread(input);
    annotateWorkbook(copy, report, 'zh');
    output = await reread(copy);
  });

  test('the seed has findings to mark (else this test proves nothing)', () => {
    expect(targets.length).toBeGreaterThan(5);
    expect(report.summary.errors).toBeGreaterThan(0);
  });

  test("every user cell that is not flagged is the input's: value, formula, number format, font, fill, note", () => {
    const before = cellsOf(input);
    const after = cellsOf(output, [RESULT_SHEET, STATE_SHEET]);
    const flagged = new Set(targets.map((t) => `${t.sheet}!${t.cell}`));
    let compared = 0;
    for (const [k, v] of before) {
      const w = after.get(k);
      if (flagged.has(k)) {
        expect({ ...w, fill: undefined, note: undefined }).toEqual({ ...v, fill: undefined, note: undefined });
        continue;
      }
      expect([k, w]).toEqual([k, v]);
      compared++;
    }
    expect(compared).toBeGreaterThan(500);
    expect([...after.keys()].filter((k) => !before.has(k) && after.get(k)!.value !== 'null')).toEqual([]);
  });

  test('each flagged cell has the colour of its strongest finding and our note; the user’s own note stays', () => {
    for (const t of targets) {
      const c = output.getWorksheet(t.sheet)!.getCell(t.cell);
      expect([t.cell, (c.fill as ExcelJS.FillPattern).fgColor?.argb]).toEqual([t.cell, `FF${FLAG_COLORS[t.kind].slice(1)}`]);
      if (t === targets[0]) expect(noteOf(c)).toBe(USER_NOTE);
      else expect(noteOf(c)).toBe(`${NOTE_MARK}\n${t.text}`);
    }
  });

  test('审核结果 lists every finding, each link pointing at its cell', () => {
    const ws = output.getWorksheet(RESULT_SHEET)!;
    expect(String(ws.getCell('A1').value)).toMatch(new RegExp(`^${NOTE_MARK}审核结果：错误 ${report.summary.errors} 个`));
    const rows: { link?: string; text?: string; message: string }[] = [];
    for (let r = 5; r < 5 + report.findings.length; r++) {
      const v = ws.getCell(r, 4).value as ExcelJS.CellHyperlinkValue | string;
      rows.push({ link: typeof v === 'object' ? v.hyperlink : undefined, text: typeof v === 'object' ? v.text : v, message: String(ws.getCell(r, 5).value) });
    }
    report.findings.forEach((f, i) => {
      expect(rows[i].message).toBe(f.message);
      if (f.location) {
        expect(rows[i].text).toBe(`${f.location.sheet}!${f.location.cell}`);
        expect(rows[i].link).toBe(`#'${f.location.sheet}'!${f.location.cell}`);
      } else expect(rows[i].text).toBe('-');
    });
  });

  test('BTA_State is very hidden and records each flagged cell’s own fill', () => {
    const ws = output.getWorksheet(STATE_SHEET)!;
    expect(ws.state).toBe('veryHidden');
    let text = '';
    for (let r = 1; r <= ws.rowCount; r++) text += String(ws.getCell(r, 1).value ?? '');
    const state = parseState(text);
    expect(state.addedSheets).toEqual([RESULT_SHEET]);
    expect(state.cells.map((c) => `${c.sheet}!${c.cell}`).sort()).toEqual(targets.map((t) => `${t.sheet}!${t.cell}`).sort());
    const blue = state.cells.find((c) => c.sheet === targets[1].sheet && c.cell === targets[1].cell)!;
    expect(blue.fill).toEqual({ color: '#DDEBF7', pattern: 'Solid', tintAndShade: 0 });
    expect(state.cells.find((c) => c.sheet === targets[0].sheet && c.cell === targets[0].cell)!.note).toBeNull();
  });

  test('opened in the add-in, 清除标记 removes exactly what was added', async () => {
    const expected = (await inHost(input)).snapshot();
    const model = await inHost(output);
    expect(Object.keys(model.snapshot())).toContain(RESULT_SHEET);
    const out = await clearFlags(asExcelContext(new MemContext(model)), supportFor(18));
    expect(out.cleared).toBe(targets.length);
    expect(model.snapshot()).toEqual(expected);
    expect(model.sheet(STATE_SHEET)).toBeUndefined();
    expect([...model.notes.values()]).toEqual([USER_NOTE]);
  });

  test('annotating the copy again replaces the marks instead of piling them up', async () => {
    const again = await reread(output);
    annotateWorkbook(again, report, 'zh');
    const twice = await reread(again);
    expect(twice.worksheets.map((w) => w.name)).toEqual(output.worksheets.map((w) => w.name));
    expect(cellsOf(twice, [STATE_SHEET])).toEqual(cellsOf(output, [STATE_SHEET]));
  });

  test('a workbook with nothing to report gets 审核结果 saying so and no mark', async () => {
    const copy = await reread(input);
    const o = annotateWorkbook(copy, { ...report, findings: [], summary: { errors: 0, warnings: 0, infos: 0, rounding: 0 } }, 'en');
    expect(o.flagged).toBe(0);
    expect(copy.getWorksheet(RESULT_SHEET)!.getCell('A5').value).toBe('No problem found');
  });
});

test('the real Shanghai template (shared styles, rich text, merges): only the flagged cells change', async () => {
  const { filledTemplate, sheetNames } = await import('../fixtures/shanghai-templates');
  const names = sheetNames('unit');
  const input = await reread(await filledTemplate('unit', { change: (wb) => (wb.getWorksheet(names[4])!.getCell('E11').value = 800100) }));
  const report = audit(await workbookToGrid(input));
  const targets = targetsOf(report.findings);
  expect(targets.map((t) => `${t.sheet}!${t.cell}`)).toEqual(expect.arrayContaining([`${names[4]}!E10`, `${names[4]}!E11`]));
  const copy = await reread(input);
  annotateWorkbook(copy, report);
  const output = await reread(copy);
  const before = cellsOf(input);
  const after = cellsOf(output, [RESULT_SHEET, STATE_SHEET]);
  const flagged = new Set(targets.map((t) => `${t.sheet}!${t.cell}`));
  const changed = [...before].filter(([k, v]) => JSON.stringify(after.get(k)) !== JSON.stringify(v)).map(([k]) => k);
  expect(changed.sort()).toEqual([...flagged].sort());
  // the cells beside a flagged one, which shared its style object in the file, keep their own fill
  expect(output.getWorksheet(names[4])!.getCell('E12').fill).toEqual(input.getWorksheet(names[4])!.getCell('E12').fill);
}, 60000);
