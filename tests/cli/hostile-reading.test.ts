/**
 * Hostile and extreme inputs (issue 15), one test per class, each file built in code and small on disk: what a sheet
 * claims (far cells, rows past Excel's grid, a merge / validation / name over the whole sheet, <col max="1e8">,
 * thousands of sheets, too many cells or merges), decompression bombs, and outputs that are inputs in disguise.
 * The user-visible outcome is checked — exit code, the line naming the limit, the same report as the plain seed — and
 * that no input file ever changes. Times and memory are measured by scripts/bench-hostile.ts, not here.
 */
import { createHash } from 'crypto';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli/main';
import { gridFromBuffer, prepareXlsx, READ_LIMITS, workbookToGrid, type ReadNote } from '../../src/cli/xlsx';
import { addMerge, addRow, bombed, copiedSheets, emptyRows, manyCells, manyMerges, patchSheet, seedBytes, setCols, wholeSheetClaims } from './hostile-build';

const dir = mkdtempSync(path.join(tmpdir(), 'budget-audit-hostile-'));
const ROOT = path.join(__dirname, '..', '..');
let seed: Buffer;
let seedFile: string;
let seedReport: string;

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await run(argv, { out: (s) => void (out += s), err: (s) => void (err += s) });
  return { code, out, err };
}

const fingerprint = (f: string) => `${createHash('sha256').update(readFileSync(f)).digest('hex')} ${statSync(f).mtimeMs} ${statSync(f).size}`;

/** Writes `bytes` as `name`, runs the CLI on it (JSON), and checks the file was left as it was. */
async function audit(name: string, bytes: Buffer, ...more: string[]) {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  const before = fingerprint(file);
  const r = await cli(file, '--format', 'json', ...more);
  expect(fingerprint(file)).toBe(before);
  expect(r.err).not.toMatch(/\n\s+at |FATAL ERROR|内部错误/);
  return r;
}

/** The findings of a report without its file name: to compare a hostile variant with the plain seed. */
const findings = (json: string) => JSON.stringify(JSON.parse(json).findings);

beforeAll(async () => {
  seed = await seedBytes();
  seedFile = path.join(dir, 'seed.xlsx');
  writeFileSync(seedFile, seed);
  seedReport = findings((await cli(seedFile, '--format', 'json')).out);
});

describe('normal workbooks are read exactly as before', () => {
  test.each(['examples/xianning-2024-seed.xlsx', 'examples/xianning-2024-mended.xlsx', 'examples/shanghai-wanli-2025.xlsx'])(
    '%s: handed to exceljs unchanged, the same grid, no note',
    async (rel) => {
      const buf = readFileSync(path.join(ROOT, rel));
      const notes: ReadNote[] = [];
      expect(prepareXlsx(buf, { ...READ_LIMITS }, notes)).toBe(buf);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(buf as unknown as ArrayBuffer);
      const direct = await workbookToGrid(wb);
      expect(await gridFromBuffer(buf, { notes })).toEqual(direct);
      expect(notes).toEqual([]);
    },
  );
});

describe("a sheet's claimed extent: work follows the cells that exist", () => {
  test('a cell at XFD1048576 is left out with a note naming the limit; the report is the seed’s', async () => {
    const r = await audit(
      'far.xlsx',
      patchSheet(seed, 'sheet1', (x) => addRow(x, '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>')),
    );
    expect(r.code).toBe(1);
    expect(r.err).toContain('使用范围超过 2,000,000 个单元格的上限，已忽略 1 个远离表格的单元格（如 XFD1048576）');
    expect(r.err).toContain('the limit of 2,000,000 cells');
    expect(findings(r.out)).toBe(seedReport);
  });

  test.each(['100000000', '2147483648'])('a row numbered %s (past Excel’s 1,048,576) is ignored with a note', async (n) => {
    const r = await audit(
      `row${n}.xlsx`,
      patchSheet(seed, 'sheet1', (x) => addRow(x, `<row r="${n}"><c r="A${n}"><v>1</v></c></row><row r="${n}9"/>`)),
    );
    expect(r.code).toBe(1);
    expect(r.err).toContain(`超出 Excel 表格范围（1,048,576 行 × 16,384 列）的单元格（如 A${n}）`);
    expect(findings(r.out)).toBe(seedReport);
  });

  test('a merge A40:XFD1048576 and <col max="100000000"> are clipped to the cells that exist', async () => {
    const bytes = patchSheet(seed, 'sheet1', (x) => setCols(addMerge(x, 'A40:XFD1048576'), '<col min="1" max="100000000" width="12" customWidth="1"/>'));
    const r = await audit('merge.xlsx', bytes);
    expect(r.code).toBe(1);
    expect(findings(r.out)).toBe(seedReport);
    const grid = await gridFromBuffer(bytes);
    const m = grid.sheets[0].merges!.find((a) => a.r1 === 39)!;
    expect(m.r2).toBeLessThan(40 + 100);
    expect(m.c2).toBeLessThan(4 + 50);
  });

  test('a validation and a defined name over A1:XFD1048576, 200,000 formatted empty cells: read as the seed', async () => {
    expect(findings((await audit('dv.xlsx', wholeSheetClaims(seed))).out)).toBe(seedReport);
    const r = await audit(
      'empty.xlsx',
      patchSheet(seed, 'sheet1', (x) => addRow(x, emptyRows(20_000, 10))),
    );
    expect(findings(r.out)).toBe(seedReport);
    expect(r.err).toBe('');
  });

  test('6,000 sheets, 300,001 cells, 2,001 merges on a sheet: refused (exit 2) with the limit named', async () => {
    const sheets = await audit('copies.xlsx', copiedSheets(seed, 1000));
    expect(sheets.code).toBe(2);
    expect(sheets.err).toContain('工作簿有 6,000 个工作表，超过上限 500 个，不予读取 / the workbook has 6,000 worksheets, over the limit of 500');
    const cells = await audit('cells.xlsx', manyCells(seed, 300_010));
    expect(cells.code).toBe(2);
    expect(cells.err).toContain('工作簿的非空单元格超过上限 300,000 个，不予读取');
    const merges = await audit('merges.xlsx', manyMerges(seed, 2_001));
    expect(merges.code).toBe(2);
    expect(merges.err).toContain('工作表“附表1”的合并单元格超过上限 2,000 个');
    // Just inside the limit the workbook is read.
    expect((await audit('merges-ok.xlsx', manyMerges(seed, 1_990))).code).toBe(1);
  });

  test('a sheet whose cells truly span more than the area limit is refused, naming it', async () => {
    const bytes = patchSheet(seed, 'sheet1', (x) => {
      let rows = '';
      for (let r = 100; r <= 30_000; r += 900) rows += `<row r="${r}"><c r="A${r}"><v>1</v></c><c r="CV${r}"><v>2</v></c></row>`;
      return addRow(x, rows);
    });
    const r = await audit('wide.xlsx', bytes, '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.err).toContain('over the limit of 2,000,000 cells; not read');
  });
});

describe('decompression bombs are refused from the zip’s sizes, before inflating', () => {
  test('300 MB of spaces (a few hundred KB on disk): refused from the directory, naming 100 MB', async () => {
    const r = await audit('bomb.xlsx', bombed(seed, 'spaces', 300 << 20));
    expect(r.code).toBe(2);
    expect(r.err).toContain('工作簿解压后共 300 MB，超过上限 100 MB（疑似压缩炸弹），不予读取');
  });

  test('the same bomb with false sizes in the directory: stopped at the size it states', async () => {
    const r = await audit('bomb-lie.xlsx', bombed(seed, 'spaces', 300 << 20, 9000));
    expect(r.code).toBe(2);
    expect(r.err).toContain('解压后超过目录所写的 9,000 字节');
  });

  test('a part compressed past 500:1 within the byte budget is refused by its ratio', async () => {
    const r = await audit('ratio.xlsx', bombed(seed, 'spaces', 60 << 20));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/部件 xl\/worksheets\/sheet1\.xml 的压缩比为 [\d,]+:1，超过上限 500:1/);
  });
});

describe('an output that is an input in disguise is refused (exit 2), the input untouched', () => {
  const inputCopy = (name: string) => {
    const f = path.join(dir, name);
    writeFileSync(f, seed);
    return f;
  };

  test('a symlink, a hard link and another spelling of the workbook', async () => {
    const f = inputCopy('in.xlsx');
    const before = fingerprint(f);
    const link = path.join(dir, 'link.txt');
    const hard = path.join(dir, 'hard.txt');
    if (!existsSync(link)) symlinkSync(f, link);
    if (!existsSync(hard)) linkSync(f, hard);
    const spellings = [link, hard, `${dir}/./sub/../in.xlsx`];
    if (existsSync('/proc/self/root')) spellings.push(`/proc/self/root${f}`, `/proc/self/cwd/${path.relative(process.cwd(), f)}`);
    mkdirSync(path.join(dir, 'sub'), { recursive: true });
    for (const out of spellings) {
      const r = await cli(f, '--output', out);
      expect(r.code).toBe(2);
      expect(r.err).toContain('是同一个文件，不予写入（输入文件不会被改写）');
      expect(r.err).toContain('--output must not be an input file');
      expect(fingerprint(f)).toBe(before);
    }
    const r = await cli(f, '--explain', link);
    expect(r.code).toBe(2);
    expect(fingerprint(f)).toBe(before);
  });

  test('--prior, --narrative and --codes are inputs too', async () => {
    const f = inputCopy('in2.xlsx');
    const prior = path.join(dir, 'prior.json');
    writeFileSync(prior, readFileSync(path.join(ROOT, 'examples', 'xianning-2024-prior.json')));
    const text = path.join(dir, 'text.txt');
    writeFileSync(text, '2024年收入预算1205.56万元。\n');
    const codes = path.join(dir, 'codes.json');
    writeFileSync(codes, JSON.stringify([{ code: '2010199', name: '其他一般公共服务支出' }]));
    const priorLink = path.join(dir, 'prior-link.json');
    if (!existsSync(priorLink)) symlinkSync(prior, priorLink);
    const cases: string[][] = [
      ['--prior', prior, '--explain', priorLink],
      ['--prior', prior, '--output', prior],
      ['--narrative', text, '--output', text],
      ['--codes', codes, '--output', codes],
      ['--codes', codes, '--explain', `${dir}/sub/../codes.json`],
    ];
    const all = [f, prior, text, codes];
    const before = all.map(fingerprint);
    for (const c of cases) {
      const r = await cli(f, ...c);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/与输入文件 --(prior|narrative|codes) .* 是同一个文件/);
      expect(all.map(fingerprint)).toEqual(before);
    }
    // --explain and --output the same file by two spellings.
    const out = path.join(dir, 'out.md');
    mkdirSync(path.join(dir, 'sub'), { recursive: true });
    const r = await cli(f, '--explain', out, '--output', `${dir}/sub/../out.md`);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--explain .*(--output|report file)/);
  });

  test('a new output file elsewhere is still written', async () => {
    const f = inputCopy('in3.xlsx');
    const out = path.join(dir, 'report.txt');
    const r = await cli(f, '--output', out);
    expect(r.code).toBe(1);
    expect(readFileSync(out, 'utf8')).toContain('附表2!C7');
  });
});
