/**
 * npm run bench:hostile — time and peak memory of the built CLI on hostile inputs (issue 15), each built in a temp
 * dir from the seed and run as a child process: a sheet's claimed extent (a cell at XFD1048576, rows numbered 1e8 and
 * 2^31, a merge A40:XFD1048576, <col max="100000000">, the seed's sheets 1,000 times, a million cells), decompression
 * bombs (300 MB of spaces with true and with false sizes, 300 MB of distinct rows) and outputs that are inputs in
 * disguise (symlink, hard link, /proc/self/cwd spelling, --prior/--codes/--narrative as the output).
 *
 * For each case: wall time, peak RSS (VmHWM of the child, polled), exit code, first line of stderr, whether a stack
 * trace or a V8 trace reached the user, and whether an input file changed. Target: ≤ 10 s, < 1 GB, a clear line.
 *
 *   BENCH_CLI=/other/checkout/bin/budget-audit.js   measure another build (the "before" of a change)
 *   BENCH_TIMEOUT=60                                seconds before a case is killed (default 60)
 *   BENCH_ONLY=merge,bomb                           only the cases whose name contains one of these
 */
import { spawn } from 'child_process';
import { createHash } from 'crypto';
import { existsSync, linkSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import {
  addMerge,
  addRow,
  bombed,
  copiedSheets,
  emptyRows,
  manyCells,
  manyMerges,
  paddedSheet,
  patchSheet,
  seedBytes,
  setCols,
  wholeSheetClaims,
} from '../tests/cli/hostile-build';

const CLI = path.resolve(process.env.BENCH_CLI ?? path.join(__dirname, '..', 'bin', 'budget-audit.js'));
const TIMEOUT = Number(process.env.BENCH_TIMEOUT ?? 60) * 1000;
const ONLY = process.env.BENCH_ONLY?.split(',').filter(Boolean);

interface Case {
  name: string;
  cls: string;
  /** Writes the case's files into `dir`; returns the CLI's arguments and the files that must not change. */
  make(dir: string, seed: Buffer): { args: string[]; inputs: string[] };
}

const one = (file: string, bytes: Buffer, dir: string) => {
  const f = path.join(dir, file);
  writeFileSync(f, bytes);
  return { args: [f], inputs: [f] };
};

const CASES: Case[] = [
  { name: 'seed (normal)', cls: 'baseline', make: (d, s) => one('seed.xlsx', s, d) },
  {
    name: 'cell XFD1048576',
    cls: 'extent',
    make: (d, s) =>
      one(
        'far.xlsx',
        patchSheet(s, 'sheet1', (x) => addRow(x, '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>')),
        d,
      ),
  },
  {
    name: 'row 100,000,000',
    cls: 'extent',
    make: (d, s) =>
      one(
        'row1e8.xlsx',
        patchSheet(s, 'sheet1', (x) => addRow(x, '<row r="100000000"><c r="A100000000"><v>1</v></c></row>')),
        d,
      ),
  },
  {
    name: 'row 2,147,483,648',
    cls: 'extent',
    make: (d, s) =>
      one(
        'row2e31.xlsx',
        patchSheet(s, 'sheet1', (x) => addRow(x, '<row r="2147483648"><c r="A2147483648"><v>1</v></c></row>')),
        d,
      ),
  },
  {
    name: 'merge A40:XFD1048576',
    cls: 'extent',
    make: (d, s) =>
      one(
        'merge.xlsx',
        patchSheet(s, 'sheet1', (x) => addMerge(x, 'A40:XFD1048576')),
        d,
      ),
  },
  {
    name: 'col max=100000000',
    cls: 'extent',
    make: (d, s) =>
      one(
        'cols.xlsx',
        patchSheet(s, 'sheet1', (x) => setCols(x, '<col min="1" max="100000000" width="12" customWidth="1"/>')),
        d,
      ),
  },
  { name: 'seed sheets x1000', cls: 'extent', make: (d, s) => one('copies.xlsx', copiedSheets(s, 1000), d) },
  { name: '1,000,000 cells', cls: 'extent', make: (d, s) => one('cells.xlsx', manyCells(s, 1_000_000), d) },
  // At the limits: what a file just inside them costs.
  { name: 'seed sheets x83 (498 sheets)', cls: 'at limit', make: (d, s) => one('copies83.xlsx', copiedSheets(s, 83), d) },
  { name: '290,000 cells', cls: 'at limit', make: (d, s) => one('cells290k.xlsx', manyCells(s, 290_000), d) },
  {
    name: 'cells A1 and T100000 (2M area)',
    cls: 'at limit',
    make: (d, s) =>
      one(
        'sparse.xlsx',
        patchSheet(s, 'sheet1', (x) => addRow(x, '<row r="100000"><c r="T100000"><v>1</v></c></row>')),
        d,
      ),
  },
  { name: '1,990 merges on a sheet', cls: 'at limit', make: (d, s) => one('merges.xlsx', manyMerges(s, 1_990), d) },
  { name: 'validation + name over A1:XFD1048576', cls: 'extent', make: (d, s) => one('dv.xlsx', wholeSheetClaims(s), d) },
  {
    name: '1,000,000 formatted empty cells',
    cls: 'extent',
    make: (d, s) =>
      one(
        'empty.xlsx',
        patchSheet(s, 'sheet1', (x) => addRow(x, emptyRows(100_000, 10))),
        d,
      ),
  },
  { name: 'sheet XML 95 MB (ratio ~100:1)', cls: 'at limit', make: (d, s) => one('ws95.xlsx', paddedSheet(s, 95), d) },
  { name: 'bomb 300 MB spaces', cls: 'bomb', make: (d, s) => one('bomb.xlsx', bombed(s, 'spaces', 300 << 20), d) },
  { name: 'bomb 300 MB, sizes lie', cls: 'bomb', make: (d, s) => one('bomb-lie.xlsx', bombed(s, 'spaces', 300 << 20, 9000), d) },
  { name: '300 MB distinct rows', cls: 'bomb', make: (d, s) => one('rows.xlsx', bombed(s, 'rows', 300 << 20), d) },
  { name: '300 MB rows, sizes lie', cls: 'bomb', make: (d, s) => one('rows-lie.xlsx', bombed(s, 'rows', 300 << 20, 9000), d) },
  {
    name: '--output symlink to input',
    cls: 'output',
    make: (d, s) => {
      const f = one('in.xlsx', s, d);
      symlinkSync(f.inputs[0], path.join(d, 'link.txt'));
      return { args: [...f.args, '--output', path.join(d, 'link.txt')], inputs: f.inputs };
    },
  },
  {
    name: '--output hard link to input',
    cls: 'output',
    make: (d, s) => {
      const f = one('in.xlsx', s, d);
      linkSync(f.inputs[0], path.join(d, 'hard.txt'));
      return { args: [...f.args, '--output', path.join(d, 'hard.txt')], inputs: f.inputs };
    },
  },
  {
    name: '--output /proc/self/cwd/…',
    cls: 'output',
    make: (d, s) => {
      const f = one('in.xlsx', s, d);
      return { args: ['in.xlsx', '--output', '/proc/self/cwd/in.xlsx'], inputs: f.inputs };
    },
  },
  {
    name: '--explain onto --prior',
    cls: 'output',
    make: (d, s) => {
      const f = one('in.xlsx', s, d);
      const prior = path.join(d, 'prior.json');
      writeFileSync(prior, readFileSync(path.join(__dirname, '..', 'examples', 'xianning-2024-prior.json')));
      return { args: [...f.args, '--prior', prior, '--explain', prior], inputs: [...f.inputs, prior] };
    },
  },
  {
    name: '--output onto --codes',
    cls: 'output',
    make: (d, s) => {
      const f = one('in.xlsx', s, d);
      const codes = path.join(d, 'codes.json');
      writeFileSync(codes, JSON.stringify([{ code: '2010199', name: '其他一般公共服务支出' }]));
      return { args: [...f.args, '--codes', codes, '--output', codes], inputs: [...f.inputs, codes] };
    },
  },
  {
    name: '--output onto --narrative',
    cls: 'output',
    make: (d, s) => {
      const f = one('in.xlsx', s, d);
      const text = path.join(d, 'text.txt');
      writeFileSync(text, '2024年收入预算1205.56万元。\n');
      return { args: [...f.args, '--narrative', text, '--output', text], inputs: [...f.inputs, text] };
    },
  },
];

interface Result {
  ms: number;
  peakMB: number;
  code: string;
  firstErr: string;
  trace: boolean;
  changed: boolean;
}

function vmHWM(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

const sha = (f: string) => (existsSync(f) ? createHash('sha256').update(readFileSync(f)).digest('hex') + statSync(f).mtimeMs : 'missing');

function runCase(args: string[], cwd: string, inputs: string[]): Promise<Result> {
  const before = inputs.map(sha);
  return new Promise((resolve) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--max-old-space-size=4096', CLI, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    let peak = 0;
    let killed = false;
    child.stderr.on('data', (b: Buffer) => {
      if (err.length < 200000) err += b.toString('utf8');
    });
    const poll = setInterval(() => (peak = Math.max(peak, vmHWM(child.pid!))), 20);
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, TIMEOUT);
    child.on('exit', (code, signal) => {
      peak = Math.max(peak, vmHWM(child.pid!));
      clearInterval(poll);
      clearTimeout(timer);
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      setTimeout(() => {
        const first = err.split('\n').find((l) => l.trim() !== '') ?? '';
        resolve({
          ms,
          peakMB: peak,
          code: killed ? `killed >${TIMEOUT / 1000}s` : code !== null ? String(code) : `signal ${signal}`,
          firstErr: first.length > 110 ? first.slice(0, 110) + '…' : first,
          trace: /\n\s+at .+\(.*:\d+:\d+\)|FATAL ERROR|<--- Last few GCs --->/.test(err),
          changed: inputs.some((f, i) => sha(f) !== before[i]),
        });
      }, 50);
    });
  });
}

async function main() {
  if (!existsSync(CLI)) throw new Error(`no CLI at ${CLI}: run npm run build:cli`);
  console.log(`CLI: ${CLI}\n`);
  const seed = await seedBytes();
  const rows: string[] = [];
  rows.push('| class | case | size on disk | time | peak RSS | exit | stack/V8 trace | input changed | first line of stderr |');
  rows.push('|---|---|---|---|---|---|---|---|---|');
  for (const c of CASES) {
    if (ONLY && !ONLY.some((o) => c.name.includes(o) || c.cls === o)) continue;
    const dir = mkdtempSync(path.join(tmpdir(), 'bench-hostile-'));
    try {
      const { args, inputs } = c.make(dir, seed);
      const size = statSync(inputs[0]).size;
      const r = await runCase(args, dir, inputs);
      const line = `| ${c.cls} | ${c.name} | ${(size / 1024).toFixed(0)} KB | ${(r.ms / 1000).toFixed(2)} s | ${r.peakMB.toFixed(0)} MB | ${r.code} | ${r.trace ? 'YES' : 'no'} | ${r.changed ? 'YES' : 'no'} | ${r.firstErr.replace(/\|/g, '\\|')} |`;
      rows.push(line);
      console.log(line);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  console.log('\n' + rows.join('\n'));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
