/**
 * npm run bench — speed and memory of the engine on a consolidated workbook built in code:
 * 收入总表 and 一般公共预算支出表(分单位) with 2,000 unit rows each, 支出总表 and 一般公共预算支出表 with 620 功能分类 rows,
 * the rest as in the seed (≈ 50,000 amount cells). Prints exceljs parse time, engine time and peak memory.
 * Target: engine ≤ 25 % of parse time and ≤ 0.5 s on this 2-core machine.
 *
 * Then the reviewer's batch: 200 workbooks (the seed, the mended seed and their layout variants, in turn) written to a
 * temporary folder and audited in one process as `budget-audit DIR` does, worker threads off (1) and on (one per
 * core): workbooks per second and the speed-up. BENCH_BATCH=N changes the count.
 */
import ExcelJS from 'exceljs';
import { performance } from 'perf_hooks';
// The engine as shipped: the compiled JavaScript of `npm run build:cli` (not the TypeScript run through tsx).
const { audit } = require('../build/core/audit') as typeof import('../src/core/audit');
const { workbookToGrid } = require('../build/cli/xlsx') as typeof import('../src/cli/xlsx');
const { recognize } = require('../build/core/recognize') as typeof import('../src/core/recognize');
const { auditAll, defaultWorkers } = require('../build/cli/pool') as typeof import('../src/cli/pool');
const { expandInputs } = require('../build/cli/inputs') as typeof import('../src/cli/inputs');

const CLASSES: [string, string][] = [
  ['201', '一般公共服务支出'],
  ['204', '公共安全支出'],
  ['205', '教育支出'],
  ['206', '科学技术支出'],
  ['207', '文化旅游体育与传媒支出'],
  ['208', '社会保障和就业支出'],
  ['210', '卫生健康支出'],
  ['211', '节能环保支出'],
  ['212', '城乡社区支出'],
  ['213', '农林水支出'],
  ['214', '交通运输支出'],
  ['215', '资源勘探工业信息等支出'],
  ['216', '商业服务业等支出'],
  ['217', '金融支出'],
  ['219', '援助其他地区支出'],
  ['220', '自然资源海洋气象等支出'],
  ['221', '住房保障支出'],
  ['222', '粮油物资储备支出'],
  ['224', '灾害防治及应急管理支出'],
  ['229', '其他支出'],
];

let seed = 42;
const rnd = (n: number) => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
};
const yuan = (cents: number) => cents / 100;

interface Fn {
  code: string;
  name: string;
  basic: number;
  project: number;
  personnel: number;
}

function functionalRows(): Fn[] {
  const rows: Fn[] = [];
  for (const [cls, name] of CLASSES) {
    const clsRow: Fn = { code: cls, name, basic: 0, project: 0, personnel: 0 };
    rows.push(clsRow);
    for (let k = 1; k <= 5; k++) {
      const kuan: Fn = { code: cls + String(k).padStart(2, '0'), name: `${name}款${k}`, basic: 0, project: 0, personnel: 0 };
      rows.push(kuan);
      for (let x = 1; x <= 5; x++) {
        const personnel = rnd(500000);
        const basic = personnel + rnd(100000);
        const project = rnd(900000);
        rows.push({ code: kuan.code + String(x).padStart(2, '0'), name: `${name}项${k}${x}`, basic, project, personnel });
        for (const r of [kuan, clsRow]) {
          r.basic += basic;
          r.project += project;
          r.personnel += personnel;
        }
      }
    }
  }
  return rows;
}

function build(): { wb: ExcelJS.Workbook; cells: number } {
  const wb = new ExcelJS.Workbook();
  let cells = 0;
  const fn = functionalRows();
  const tot = fn
    .filter((r) => r.code.length === 3)
    .reduce((a, r) => ({ basic: a.basic + r.basic, project: a.project + r.project, personnel: a.personnel + r.personnel }), {
      basic: 0,
      project: 0,
      personnel: 0,
    });
  const total = tot.basic + tot.project;
  const org = '部门/单位：某市某局（汇总）';
  // 收支总表
  const s1 = wb.addWorksheet('收支总表');
  s1.addRows([['收支总表'], [org, null, null, '单位：万元'], ['收 入', null, '支 出'], ['项 目', '预算数', '项 目', '预算数']]);
  const inc = [
    ['一、一般公共预算拨款收入', total],
    ['二、政府性基金预算拨款收入', 0],
  ];
  const lines = Math.max(inc.length, CLASSES.length);
  const classTotals = new Map(fn.filter((r) => r.code.length === 3).map((r) => [r.code, r.basic + r.project]));
  for (let i = 0; i < lines; i++) {
    const c = CLASSES[i];
    s1.addRow([inc[i]?.[0] ?? null, inc[i] ? yuan(inc[i][1] as number) : null, c ? c[1] : null, c ? yuan(classTotals.get(c[0])!) : null]);
    cells += 2;
  }
  s1.addRows([
    ['本年收入合计', yuan(total), '本年支出合计', yuan(total)],
    ['上年结转结余', 0, '年终结转结余', 0],
    ['收入总计', yuan(total), '支出总计', yuan(total)],
  ]);
  // 收入总表 and 分单位, 2,000 unit rows each (200 departments × 9 units + the departments)
  const units: { code: string; name: string; amount: number; parent: boolean }[] = [];
  const deptCount = 200;
  let remaining = total;
  for (let d = 0; d < deptCount; d++) {
    const dept = { code: String(101 + d), name: `部门${d + 1}`, amount: 0, parent: true };
    units.push(dept);
    for (let u = 1; u <= 9; u++) {
      const last = d === deptCount - 1 && u === 9;
      const a = last ? remaining : Math.floor(total / 1800);
      remaining -= a;
      dept.amount += a;
      units.push({ code: dept.code + String(u).padStart(3, '0'), name: `部门${d + 1}单位${u}`, amount: a, parent: false });
    }
  }
  const s2 = wb.addWorksheet('收入总表');
  const h2 = [
    '部门(单位)代码',
    '部门(单位)名称',
    '合计',
    '本年收入',
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    '上年结转结余',
    null,
    null,
    null,
    null,
    null,
  ];
  const h2b = [
    null,
    null,
    null,
    '小计',
    '一般公共预算',
    '政府性基金预算',
    '国有资本经营预算',
    '财政专户管理',
    '事业收入',
    '事业单位经营收入',
    '上级补助收入',
    '附属单位上缴收入',
    '其他收入',
    '小计',
    '一般公共预算',
    '政府性基金预算',
    '国有资本经营预算',
    '财政专户管理资金',
    '单位资金',
  ];
  s2.addRows([['收入总表'], [org, ...Array(17).fill(null), '单位：万元'], h2, h2b]);
  s2.mergeCells('D3:M3');
  s2.mergeCells('N3:S3');
  const incRow = (code: string | null, name: string, a: number) => [code, name, yuan(a), yuan(a), yuan(a), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  s2.addRow(incRow(null, '合计', total));
  for (const u of units) {
    s2.addRow(incRow(u.code, u.name, u.amount));
    cells += 17;
  }
  // 支出总表
  const s3 = wb.addWorksheet('支出总表');
  s3.addRows([['支出总表'], [org, null, null, null, '单位：万元'], ['科目编码', '科目名称', '合计', '基本支出', '项目支出']]);
  s3.addRow([null, '合计', yuan(total), yuan(tot.basic), yuan(tot.project)]);
  for (const r of fn) {
    s3.addRow([r.code, r.name, yuan(r.basic + r.project), yuan(r.basic), yuan(r.project)]);
    cells += 3;
  }
  // 一般公共预算支出表 (分功能科目) and (分单位)
  const s5 = wb.addWorksheet('一般公共预算支出表');
  s5.addRows([
    ['一般公共预算支出表(分功能科目)'],
    [org, null, null, null, null, null, '单位：万元'],
    ['科目编码', '科目名称', '合计', '基本支出', null, null, '项目支出'],
    [null, null, null, '小计', '人员经费', '公用经费', null],
  ]);
  s5.mergeCells('D3:F3');
  const gRow = (c: string | null, n: string, b: number, p: number, pe: number) => [c, n, yuan(b + p), yuan(b), yuan(pe), yuan(b - pe), yuan(p)];
  s5.addRow(gRow(null, '合计', tot.basic, tot.project, tot.personnel));
  for (const r of fn) {
    s5.addRow(gRow(r.code, r.name, r.basic, r.project, r.personnel));
    cells += 5;
  }
  s5.addRows([
    [],
    [],
    ['一般公共预算支出表(分单位)'],
    ['单位：万元'],
    ['单位编码', '单位名称', '合计', '基本支出', null, null, '项目支出'],
    [null, null, null, '小计', '人员经费', '公用经费', null],
  ]);
  const hdr = s5.rowCount - 1;
  s5.mergeCells(`D${hdr}:F${hdr}`);
  // By unit: the same totals spread over units (basic/project split in proportion, exact in cents).
  s5.addRow(gRow(null, '合计', tot.basic, tot.project, tot.personnel));
  let leftB = tot.basic;
  let leftP = tot.personnel;
  const childRows: { code: string; name: string; b: number; p: number; pe: number }[] = [];
  const kids = units.filter((u) => !u.parent);
  kids.forEach((u, i) => {
    const last = i === kids.length - 1;
    const b = last ? leftB : Math.min(u.amount, Math.floor(tot.basic / kids.length));
    const pe = last ? leftP : Math.min(b, Math.floor(tot.personnel / kids.length));
    leftB -= b;
    leftP -= pe;
    childRows.push({ code: u.code, name: u.name, b, p: u.amount - b, pe });
  });
  for (const d of units.filter((u) => u.parent)) {
    const ch = childRows.filter((c) => c.code.startsWith(d.code));
    const sum = (k: 'b' | 'p' | 'pe') => ch.reduce((a, c) => a + c[k], 0);
    s5.addRow(gRow(d.code, d.name, sum('b'), sum('p'), sum('pe')));
    for (const c of ch) s5.addRow(gRow(c.code, c.name, c.b, c.p, c.pe));
    cells += 5 * (ch.length + 1);
  }
  return { wb, cells };
}

function mb(n: number): string {
  return (n / 1048576).toFixed(1) + ' MB';
}

async function main() {
  const { wb, cells } = build();
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  if (process.env.BENCH_SAVE) require('fs').writeFileSync(process.env.BENCH_SAVE, buf);
  const gc = (global as unknown as { gc?: () => void }).gc;
  gc?.();
  let peakRss = process.memoryUsage().rss;
  let peakHeap = process.memoryUsage().heapUsed;
  const sample = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 5);

  const parse: number[] = [];
  const convert: number[] = [];
  const engine: number[] = [];
  const recog: number[] = [];
  let findings = 0;
  let tables = 0;
  // 11 workbooks in one process, as a reviewer's batch run over many departments' workbooks (and the pane's repeated
  // 校验) does: the median is the steady state; the first, cold run (before the JIT has compiled anything) is printed
  // on its own.
  const RUNS = 11;
  for (let i = 0; i < RUNS; i++) {
    // Each timed phase starts after a full collection, so no phase pays for the garbage the previous one left
    // (exceljs leaves a lot: timed right after it, the engine's figure moved by ±30 % with the collector alone).
    gc?.();
    let t = performance.now();
    const w = new ExcelJS.Workbook();
    await w.xlsx.load(buf as unknown as ArrayBuffer);
    parse.push(performance.now() - t);
    t = performance.now();
    const grid = await workbookToGrid(w);
    convert.push(performance.now() - t);
    gc?.();
    t = performance.now();
    recognize(grid);
    recog.push(performance.now() - t);
    gc?.();
    t = performance.now();
    const r = audit(grid);
    engine.push(performance.now() - t);
    findings = r.findings.length;
    tables = r.tables.length;
  }
  clearInterval(sample);
  const med = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
  const p = med(parse);
  const e = med(engine);
  console.log(`workbook: ${(buf.length / 1024).toFixed(0)} KB, ${cells} amount cells, ${tables} tables recognised, ${findings} findings`);
  console.log(`exceljs parse (median of ${RUNS}):  ${p.toFixed(0)} ms`);
  console.log(`grid conversion:               ${med(convert).toFixed(0)} ms`);
  console.log(`engine: recognition only:      ${med(recog).toFixed(0)} ms`);
  console.log(`first (cold) run: parse ${parse[0].toFixed(0)} ms, engine ${engine[0].toFixed(0)} ms = ${((engine[0] / parse[0]) * 100).toFixed(1)} %`);
  console.log(
    `engine: audit (recognise + rules): ${e.toFixed(0)} ms  = ${((e / p) * 100).toFixed(1)} % of parse time  (target ≤ 25 % and ≤ 500 ms: ${e / p <= 0.25 && e <= 500 ? 'met' : 'NOT met'})`,
  );
  if (process.env.BENCH_VERBOSE)
    console.log(`engine runs: ${engine.map((x) => x.toFixed(0)).join(', ')} ms; parse runs: ${parse.map((x) => x.toFixed(0)).join(', ')} ms`);
  console.log(`peak memory: rss ${mb(peakRss)}, heap ${mb(peakHeap)}`);
}

/** The batch case: N workbooks in a folder, audited with 1 worker and with one per core. */
async function batch() {
  const { mkdtempSync, writeFileSync, rmSync } = require('fs') as typeof import('fs');
  const path = require('path') as typeof import('path');
  const os = require('os') as typeof import('os');
  const { buildSeedWorkbook, buildMendedWorkbook } = require('../tests/fixtures/seed-workbook') as typeof import('../tests/fixtures/seed-workbook');
  const { buildVariant, LAYOUT_VARIANTS } = require('../tests/fixtures/variants') as typeof import('../tests/fixtures/variants');
  const n = Number(process.env.BENCH_BATCH ?? 200);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-batch-'));
  const kinds: (() => ExcelJS.Workbook)[] = [() => buildSeedWorkbook().workbook, () => buildMendedWorkbook().workbook];
  for (const v of LAYOUT_VARIANTS) for (const from of ['seed', 'mended'] as const) kinds.push(() => buildVariant(v, from).workbook);
  const bufs: Buffer[] = [];
  for (const k of kinds) bufs.push(Buffer.from(await k().xlsx.writeBuffer()));
  // Each file differs from every other by one byte of its metadata (identical copies would be skipped as duplicates).
  for (let i = 0; i < n; i++) {
    const w = new ExcelJS.Workbook();
    await w.xlsx.load(bufs[i % bufs.length] as unknown as ArrayBuffer);
    w.title = `bench ${i}`;
    writeFileSync(path.join(dir, `${String(i).padStart(3, '0')}.xlsx`), Buffer.from(await w.xlsx.writeBuffer()));
  }
  const { files } = await expandInputs([dir]);
  const opts = () => ({ lang: 'zh' as const });
  const time = async (workers: number) => {
    const t = performance.now();
    const r = await auditAll(files, opts, { workers });
    const s = (performance.now() - t) / 1000;
    return { s, ok: r.filter((x) => x.report).length };
  };
  const cores = defaultWorkers();
  const one = await time(1);
  const many = await time(cores);
  rmSync(dir, { recursive: true, force: true });
  console.log(`batch: ${files.length} workbooks (${kinds.length} kinds: seed, mended and their variants), one process`);
  console.log(`  workers off (1):        ${one.s.toFixed(1)} s  = ${(files.length / one.s).toFixed(1)} workbooks/s  (${one.ok} audited)`);
  console.log(`  workers on (${cores}, cores): ${many.s.toFixed(1)} s  = ${(files.length / many.s).toFixed(1)} workbooks/s  (${many.ok} audited)`);
  console.log(`  speed-up: ${(one.s / many.s).toFixed(2)}×`);
}

main()
  .then(() => (process.env.BENCH_BATCH === '0' ? undefined : batch()))
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
