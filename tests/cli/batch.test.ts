/**
 * The reviewer's desk: `budget-audit DIR` over a folder of submitted workbooks — walked recursively, lock files and
 * duplicates skipped and said so, one broken file never stopping the batch, outputs in the order of the inputs — with
 * --annotate (marked copies in their own folder, the inputs untouched), --checklist and --format html. The worker
 * threads are exercised through the built command (bin/budget-audit.js), as a reviewer runs it.
 */
import { execFile } from 'child_process';
import { createHash } from 'crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { run, annotatePaths } from '../../src/cli/main';
import { RESULT_SHEET } from '../../src/cli/annotate';
import { STATE_SHEET } from '../../src/core/flags';
import { buildMendedWorkbook, buildSeedWorkbook, writeBuilt } from '../fixtures/seed-workbook';

const root = path.join(__dirname, '..', '..');
const dir = mkdtempSync(path.join(tmpdir(), 'budget-desk-'));
const desk = path.join(dir, '2026年报送');
const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');

async function cli(argv: string[], tty = false) {
  let out = '';
  let err = '';
  const code = await run(argv, { out: (s) => void (out += s), err: (s) => void (err += s), tty });
  return { code, out, err };
}

beforeAll(async () => {
  mkdirSync(path.join(desk, '交通局'), { recursive: true });
  mkdirSync(path.join(desk, '万里街道'), { recursive: true });
  await writeBuilt(buildSeedWorkbook(), path.join(desk, '交通局', '部门预算.xlsx'));
  await writeBuilt(buildMendedWorkbook(), path.join(desk, '交通局', '部门预算-修改后.xlsx'));
  copyFileSync(path.join(root, 'examples', 'shanghai-wanli-2025.xlsx'), path.join(desk, '万里街道', '部门预算.xlsx'));
  // a copy with the very same bytes, a lock file Excel left, a damaged file, a file that is not a workbook
  copyFileSync(path.join(desk, '交通局', '部门预算.xlsx'), path.join(desk, '交通局', '部门预算 - 副本.xlsx'));
  writeFileSync(path.join(desk, '交通局', '~$部门预算.xlsx'), 'lock');
  writeFileSync(path.join(desk, '万里街道', '损坏.xlsx'), 'PK\u0003\u0004 not really a zip');
  writeFileSync(path.join(desk, '万里街道', '说明.docx'), 'not ours');
});

// (in code-point order: 万 before 交; 部门预算.xlsx takes the place of “部门预算 - 副本.xlsx”, which sorts first: the copy is the one skipped)
const inputs = () => ['万里街道/损坏.xlsx', '万里街道/部门预算.xlsx', '交通局/部门预算.xlsx', '交通局/部门预算-修改后.xlsx'].map((f) => path.join(desk, f));

describe('budget-audit DIR', () => {
  test('walks the folder in name order; the lock file and the byte-identical copy are skipped and said so; the broken file is reported and the rest audited', async () => {
    const before = inputs().map(sha);
    const r = await cli([desk, '--format', 'json']);
    expect(r.code).toBe(2); // a file could not be read
    const reports = JSON.parse(r.out) as { file: string }[];
    expect(reports.map((x) => x.file)).toEqual(inputs().filter((f) => !f.includes('损坏')));
    expect(r.err).toContain('~$部门预算.xlsx：Excel 的临时锁定文件（~$），已跳过');
    expect(r.err).toMatch(/部门预算 - 副本\.xlsx：与 \S*交通局\/部门预算\.xlsx 内容完全相同，已跳过/);
    expect(r.err).toMatch(/损坏\.xlsx：/);
    expect(r.err).not.toContain('说明.docx');
    expect(inputs().map(sha)).toEqual(before);
  });

  test('the text report ends with the 汇总 of the batch, the unreadable file in it', async () => {
    const r = await cli([desk]);
    expect(r.out).toMatch(/共 4 个工作簿：无错误 2 个，有错误 1 个，无法读取 1 个/);
  });

  test('a hard link to a workbook already taken is the same file: skipped', async () => {
    const other = mkdtempSync(path.join(tmpdir(), 'budget-desk-link-'));
    const a = path.join(other, 'a.xlsx');
    await writeBuilt(buildMendedWorkbook(), a);
    linkSync(a, path.join(other, 'b.xlsx'));
    const r = await cli([other, '--format', 'json']);
    expect((JSON.parse(r.out) as { file: string }).file).toBe(a); // one workbook: one report, not a list
    expect(r.err).toMatch(/b\.xlsx：与 .*a\.xlsx 是同一个文件，已跳过/);
  });

  test('progress on a terminal (done/total and the file), none with --quiet or when stderr is not a terminal', async () => {
    expect((await cli([desk, '--format', 'json'], true)).err).toMatch(/\[1\/4\] .*\[4\/4\] /s);
    expect((await cli([desk, '--format', 'json', '--quiet'], true)).err).not.toMatch(/\[1\/4\]/);
    expect((await cli([desk, '--format', 'json'], false)).err).not.toMatch(/\[1\/4\]/);
  });
});

describe('--annotate DIR', () => {
  const out = path.join(desk, '标注'); // inside the folder being walked: its copies must never become inputs

  test('a marked copy per workbook at the same path below DIR; the inputs untouched; a second run takes no copy for an input', async () => {
    const before = inputs().map(sha);
    const r = await cli([desk, '--annotate', out, '--format', 'json']);
    expect(r.code).toBe(2);
    expect(inputs().map(sha)).toEqual(before);
    for (const f of ['交通局/部门预算.xlsx', '交通局/部门预算-修改后.xlsx', '万里街道/部门预算.xlsx']) expect(existsSync(path.join(out, f))).toBe(true);
    expect(existsSync(path.join(out, '万里街道', '损坏.xlsx'))).toBe(false);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, '交通局', '部门预算.xlsx'));
    expect(wb.getWorksheet(RESULT_SHEET)).toBeDefined();
    expect(wb.getWorksheet(STATE_SHEET)!.state).toBe('veryHidden');
    const again = await cli([desk, '--annotate', out, '--format', 'json']);
    expect((JSON.parse(again.out) as { file: string }[]).map((x) => x.file)).toEqual(inputs().filter((f) => !f.includes('损坏')));
  });

  test('DIR that is the input folder is refused before anything is written', async () => {
    const before = inputs().map(sha);
    const r = await cli([path.join(desk, '交通局'), '--annotate', path.join(desk, '交通局')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--annotate .* 是同一个文件，不予写入/);
    expect(inputs().map(sha)).toEqual(before);
  });

  test('two workbooks of the same name given by file go to two copies', () => {
    const m = annotatePaths(['/a/x/单位.xlsx', '/a/y/单位.xlsx'], new Map(), '/out');
    expect([...m.values()]).toEqual([path.join('/out', '单位.xlsx'), path.join('/out', '单位(2).xlsx')]);
  });
});

describe('--checklist and --format html', () => {
  test('the checklist has a sheet per workbook read; the html page holds every workbook', async () => {
    const list = path.join(dir, '检查表.xlsx');
    const html = path.join(dir, 'report.html');
    const r = await cli([desk, '--checklist', list, '--format', 'html', '--output', html]);
    expect(r.code).toBe(2);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(list);
    expect(wb.worksheets.length).toBeGreaterThanOrEqual(4);
    const page = readFileSync(html, 'utf8');
    expect(page).toMatch(/^<!DOCTYPE html>/i);
    for (const f of ['部门预算-修改后.xlsx', '损坏.xlsx']) expect(page).toContain(f);
    expect(page).not.toMatch(/<script[^>]+src=|<link[^>]+href=["']?https?:/i);
  });
});

describe('worker threads (the built command)', () => {
  const bin = path.join(root, 'bin', 'budget-audit.js');
  const built = existsSync(path.join(root, 'build', 'cli', 'worker.js'));
  const exec = (args: string[]) =>
    new Promise<{ code: number; out: string; err: string }>((resolve) =>
      execFile(process.execPath, [bin, ...args], { maxBuffer: 64 * 1024 * 1024 }, (e, out, err) =>
        resolve({ code: e ? Number((e as { code?: number }).code ?? 1) : 0, out, err }),
      ),
    );
  (built ? test : test.skip)(
    'a report far larger than a pipe’s buffer reaches the pipe whole (exit waits for stdout)',
    async () => {
      const many = mkdtempSync(path.join(tmpdir(), 'budget-desk-many-'));
      const seed = readFileSync(path.join(desk, '交通局', '部门预算.xlsx'));
      // 12 different files (a zip reads the same with bytes after its end): each one's report
      for (let i = 0; i < 12; i++) writeFileSync(path.join(many, `${i}.xlsx`), Buffer.concat([seed, Buffer.alloc(i + 1)]));
      const r = await exec([many, '--format', 'json', '--workers', '1']);
      expect(r.out.length).toBeGreaterThan(200 * 1024);
      expect((JSON.parse(r.out) as unknown[]).length).toBe(12);
    },
    120000,
  );
  (built ? test : test.skip)(
    'two workers give the very same reports, in the order of the inputs, as one',
    async () => {
      const [one, two] = [await exec([desk, '--format', 'json', '--workers', '1']), await exec([desk, '--format', 'json', '--workers', '2'])];
      expect(two.code).toBe(2);
      expect(two.out).toBe(one.out);
      expect((JSON.parse(two.out) as unknown[]).length).toBe(3);
    },
    120000,
  );
});
