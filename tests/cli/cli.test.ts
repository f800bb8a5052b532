/** The budget-audit command: formats, exit codes, and clear one-line messages for files it cannot read. */
import { createHash } from 'crypto';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli/main';
import { buildMendedWorkbook, buildSeedWorkbook, writeBuilt } from '../fixtures/seed-workbook';

const dir = mkdtempSync(path.join(tmpdir(), 'budget-audit-'));
const seed = path.join(dir, 'seed.xlsx');
const mended = path.join(dir, 'mended.xlsx');

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await run(argv, { out: (s) => void (out += s), err: (s) => void (err += s) });
  return { code, out, err };
}

const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');

beforeAll(async () => {
  await writeBuilt(buildSeedWorkbook(), seed);
  await writeBuilt(buildMendedWorkbook(), mended);
});

describe('budget-audit', () => {
  test('text: Chinese, grouped by table, each line with sheet!cell and expected vs actual; exit 1 on errors', async () => {
    const before = sha(seed);
    const r = await cli(seed);
    expect(r.code).toBe(1);
    expect(r.out).toContain('【附表-2 收入总表】附表2');
    expect(r.out).toContain('附表2!C7');
    expect(r.out).toContain('〔应为 1205.56，实为 空〕');
    expect(r.out).toContain('【工作簿】');
    expect(r.out).toMatch(/错误 5 个，警告 12 个（其中尾差 9 个）/);
    expect(sha(seed)).toBe(before); // the input is never written
  });

  test('exit 0 and “未发现问题” on the mended copy', async () => {
    const r = await cli(mended);
    expect(r.code).toBe(0);
    expect(r.out).toContain('未发现问题');
  });

  test('json: the DESIGN.md contract; several files give an array', async () => {
    const one = JSON.parse((await cli(seed, '--format', 'json')).out);
    expect(one.file).toBe(seed);
    expect(one.tables[0]).toEqual(expect.objectContaining({ kind: 'income-expenditure-summary', sheet: '附表1', range: 'A2:D33', unit: '万元' }));
    const f = one.findings.find((x: { location: { cell: string } | null }) => x.location?.cell === 'C18');
    expect(f).toEqual(
      expect.objectContaining({
        rule: 'sum/children',
        severity: 'warning',
        location: { sheet: '附表6', cell: 'C18' },
        expected: '25.58',
        actual: '25.57',
        difference: '-0.01',
      }),
    );
    expect(typeof f.expected).toBe('string');
    expect(one.summary).toEqual({ errors: 5, warnings: 12, infos: 0, rounding: 9 });
    expect(one.typed).toBeUndefined();
    const two = JSON.parse((await cli(seed, mended, '--format=json')).out);
    expect(Array.isArray(two)).toBe(true);
    expect(two).toHaveLength(2);
  });

  test('sarif 2.1.0 with rule ids and cell locations', async () => {
    const s = JSON.parse((await cli(seed, '--format', 'sarif')).out);
    expect(s.version).toBe('2.1.0');
    expect(s.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toContain('sum/children');
    const res = s.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'meta/org-name');
    expect(res.level).toBe('error');
    expect(res.locations[0].logicalLocations[0].fullyQualifiedName).toBe('附表4!A3');
  });

  test('--output writes the report to a file, never over an input', async () => {
    const out = path.join(dir, 'report.json');
    const r = await cli(seed, '--format', 'json', '--output', out);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).summary.errors).toBe(5);
    const before = sha(seed);
    const bad = await cli(seed, '--output', seed);
    expect(bad.code).toBe(2);
    expect(sha(seed)).toBe(before);
  });

  test('English on request', async () => {
    const r = await cli(seed, '--lang', 'en');
    expect(r.out).toContain('Table 7');
  });

  describe('files it cannot read: one clear line, exit 2, no stack trace', () => {
    const cases: [string, () => Promise<string> | string, RegExp][] = [
      ['missing', () => path.join(dir, 'nope.xlsx'), /文件不存在 \/ file not found/],
      ['empty (0 bytes)', () => write('empty.xlsx', Buffer.alloc(0)), /文件为空/],
      ['not an xlsx (text)', () => write('notes.xlsx', Buffer.from('科目编码,合计\n208,1\n')), /不是 \.xlsx 文件/],
      ['corrupt zip', () => write('broken.xlsx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)])), /已损坏/],
      ['password-protected', () => write('secret.xlsx', cfb(true)), /打开密码/],
      ['old .xls', () => write('old.xls', cfb(false)), /\.xls/],
      // a folder is walked for workbooks (tests/cli/batch.test.ts); one with none in it is said to hold none
      ['a folder with no workbook', () => mkdtempSync(path.join(tmpdir(), 'budget-empty-')), /文件夹中没有 \.xlsx 工作簿/],
      [
        'a workbook with nothing in it',
        async () => {
          const wb = new ExcelJS.Workbook();
          wb.addWorksheet('Sheet1');
          const f = path.join(dir, 'blank.xlsx');
          await wb.xlsx.writeFile(f);
          return f;
        },
        /工作簿为空/,
      ],
    ];
    test.each(cases)('%s', async (_name, make, message) => {
      const file = await make();
      const r = await cli(file);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(message);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).not.toMatch(/\n\s+at /);
    });
    test('a bad file among good ones still reports the good ones, and exits 2', async () => {
      const r = await cli(mended, path.join(dir, 'nope.xlsx'), '--format', 'json');
      expect(r.code).toBe(2);
      expect(JSON.parse(r.out).file).toBe(mended);
    });
    test('bad arguments', async () => {
      expect((await cli(seed, '--format', 'pdf')).code).toBe(2);
      expect((await cli()).code).toBe(2);
      expect((await cli('--help')).code).toBe(0);
    });
  });

  test('a workbook that is not a budget disclosure is reported as such, not guessed at', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('名单').addRows([
      ['姓名', '工资'],
      ['张三', 5000],
    ]);
    const f = path.join(dir, 'other.xlsx');
    await wb.xlsx.writeFile(f);
    const r = await cli(f);
    expect(r.code).toBe(1);
    expect(r.out).toContain('未识别到任何预算附表');
    expect(r.out).toContain('【未能识别的区域】');
    expect(r.out).not.toContain('缺少附表-1');
  });
});

function write(name: string, buf: Buffer): string {
  const f = path.join(dir, name);
  writeFileSync(f, buf);
  return f;
}

/** A compound-file header, with or without the EncryptionInfo stream name an encrypted .xlsx carries. */
function cfb(encrypted: boolean): Buffer {
  const head = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const body = Buffer.alloc(1024);
  if (encrypted) Buffer.from('EncryptionInfo', 'utf16le').copy(body, 600);
  else Buffer.from('Workbook', 'utf16le').copy(body, 600);
  return Buffer.concat([head, body]);
}

afterAll(() => {
  expect(existsSync(seed)).toBe(true);
});

describe('--codes', () => {
  test('a JSON list of the user’s own codes silences “未找到” for them; a bad file is exit 2', async () => {
    const wb = buildMendedWorkbook().workbook;
    wb.getWorksheet('附表3')!.getCell('A22').value = '2210288';
    const f = path.join(dir, 'custom.xlsx');
    await wb.xlsx.writeFile(f);
    const without = await cli(f, '--format', 'json');
    expect(JSON.parse(without.out).findings.map((x: { rule: string }) => x.rule)).toContain('catalog/code-exists');
    const codes = path.join(dir, 'codes.json');
    writeFileSync(codes, JSON.stringify([{ code: '2210288', name: '提租补贴' }]));
    const withCodes = await cli(f, '--format', 'json', '--codes', codes);
    expect(JSON.parse(withCodes.out).findings.map((x: { rule: string }) => x.rule)).not.toContain('catalog/code-exists');
    writeFileSync(codes, '{"oops": 1}');
    const bad = await cli(f, '--codes', codes);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/自定义科目文件无效/);
  });
});
