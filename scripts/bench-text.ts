/**
 * npm run bench:text — time and peak memory of checking pathological explanation texts (编制说明, as `--narrative`
 * gives them): each case is built in code and checked against the seed's tables in a child process of its own,
 * killed after BENCH_TEXT_TIMEOUT seconds (default 60). Prints, per case, the text's size, the time checkNarrative
 * took, the child's peak RSS and the number of findings.
 *
 * Run it on another checkout to compare: `npx tsx scripts/bench-text.ts --root /other/checkout`.
 *
 * Measured on the shared 2-core development machine (load ≈ 4), checkNarrative only, before (b9e8b42, a clone of
 * HEAD before issue 15) → after. Before, every full-size case was killed at 60 s; at 1/100 and 1/25 of the size
 * the time grows with the square of the length (and the 类 case faster), so the full sizes would take hours:
 *
 *   case                                        × 0.01 before   × 0.04 before   full before   full after (RSS)
 *   10 MB random CJK, no punctuation                 14.5 s          > 60 s          > 60 s        34 ms (178 MB)
 *   10 MB of subjects and 费                         18.6 s          > 60 s          > 60 s       131 ms (129 MB)
 *   “万元” × 1 M                                     0.8 s           11.5 s          > 60 s        25 ms (113 MB)
 *   “比上年增加” × 1 M                                4.2 s           > 60 s          > 60 s        49 ms (116 MB)
 *   unclosed “（” + 1 M characters                   0.18 s          2.2 s           > 60 s        23 ms (112 MB)
 *   “增加” + 1 M digits                              0.51 s          10.2 s          > 60 s        18 ms (108 MB)
 *   “1,” × 500 k                                     0.38 s          5.9 s           > 60 s        10 ms (111 MB)
 *   “【请填写：” × 200 k, never closed               0.08 s          1.1 s           > 60 s        14 ms (112 MB)
 *   “一般公共服务支出（类）” × 200 k                 > 60 s          > 60 s          > 60 s        25 ms (109 MB)
 *   500 lines of 20,000 characters (10 MB)           2.8 s           > 60 s          > 60 s        3.7 s (198 MB)
 *
 * After, a paragraph is read up to 20,000 characters (narrative/too-long says what was not read) and every scan is
 * linear in what it reads: the last case is 500 paragraphs read in full, ≈ 7 ms each.
 */
import { spawnSync } from 'child_process';
import path from 'path';
import { performance } from 'perf_hooks';

/** Deterministic pseudo-random CJK text (U+4E00…U+9FA5), no punctuation. */
function randomCjk(n: number): string {
  let s = 12345;
  const codes = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    s = (s * 1103515245 + 12345) % 2147483648;
    codes[i] = 0x4e00 + (s % 0x51a6);
  }
  return new TextDecoder('utf-16le').decode(codes);
}

const MB = 1_000_000;
/** BENCH_TEXT_SCALE=0.01 shrinks every case a hundredfold (to see how time grows with size on a slow version). */
const SCALE = Number(process.env.BENCH_TEXT_SCALE ?? 1);
const n = (x: number) => Math.max(1, Math.round(x * SCALE));
const rep = (s: string, k: number) => s.repeat(n(k));

/** The cases: the four of issue 15 and a few more that drive the other patterns. */
export const CASES: { name: string; build: () => string }[] = [
  { name: '10 MB paragraph, random CJK, no punctuation', build: () => randomCjk(n(10 * MB)) },
  { name: '10 MB paragraph of subjects and 费, no punctuation', build: () => rep('本部门支出预算安排机关运行经费和公务接待费', (10 * MB) / 20) },
  { name: '“万元” × 1 M', build: () => rep('万元', MB) },
  { name: '“比上年增加” × 1 M', build: () => rep('比上年增加', MB) },
  { name: 'unclosed “（” + 1 M characters', build: () => '机关运行经费（' + randomCjk(n(MB)) },
  { name: '“增加” + 1 M digits', build: () => '机关运行经费比上年增加' + rep('1', MB) },
  { name: '“1,” × 500 k (a number with 500 k commas)', build: () => '其中' + rep('1,', 500_000) + '万元' },
  { name: '“【请填写” × 200 k, never closed', build: () => rep('【请填写：', 200_000) },
  { name: '“一般公共服务支出（类）” × 200 k', build: () => rep('一般公共服务支出（类）', 200_000) },
  {
    name: '500 lines of 20,000 characters (10 MB)',
    build: () => Array.from({ length: n(500) }, (_, i) => randomCjk(20_000 - 8) + `比上年增加${i}万元`).join('\n'),
  },
];

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function runCase(root: string, index: number): Promise<void> {
  const { audit } = require(path.join(root, 'src/core/audit')) as typeof import('../src/core/audit');
  const { workbookToGrid } = require(path.join(root, 'src/cli/xlsx')) as typeof import('../src/cli/xlsx');
  const { checkNarrative, priorFactsFromJson } = require(path.join(root, 'src/core/narrative')) as typeof import('../src/core/narrative');
  const { buildSeedWorkbook } = require(path.join(root, 'tests/fixtures/seed-workbook')) as typeof import('../tests/fixtures/seed-workbook');
  const fs = require('fs') as typeof import('fs');
  const tables = audit(await workbookToGrid(buildSeedWorkbook().workbook)).typed;
  const prior = priorFactsFromJson(JSON.parse(fs.readFileSync(path.join(root, 'examples/xianning-2024-prior.json'), 'utf8')));
  const text = CASES[index].build();
  const t0 = performance.now();
  const findings = checkNarrative(text, tables, prior);
  const ms = performance.now() - t0;
  const rss = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ chars: text.length, ms, rss, findings: findings.length }) + '\n');
}

function main(): void {
  const root = path.resolve(arg('--root') ?? path.join(__dirname, '..'));
  const timeout = Number(process.env.BENCH_TEXT_TIMEOUT ?? 60);
  const tsx = path.join(__dirname, '../node_modules/tsx/dist/cli.mjs');
  console.log(`checkNarrative on ${root} (each case in its own process, killed after ${timeout} s${SCALE !== 1 ? `; sizes × ${SCALE}` : ''})`);
  console.log(['case'.padEnd(52), 'chars'.padStart(11), 'time'.padStart(10), 'peak RSS'.padStart(10), 'findings'.padStart(9)].join(' '));
  for (let i = 0; i < CASES.length; i++) {
    const r = spawnSync(process.execPath, [tsx, __filename, '--case', String(i), '--root', root], {
      encoding: 'utf8',
      timeout: timeout * 1000,
      maxBuffer: 64 * MB,
    });
    const line = (r.stdout ?? '').trim().split('\n').pop() ?? '';
    let cells: string[];
    if (r.error || r.status !== 0 || !line.startsWith('{')) {
      const why =
        r.signal === 'SIGTERM' || (r.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT' ? `> ${timeout} s` : `failed (${r.status ?? r.signal})`;
      cells = ['', why, '', ''];
      if (!why.startsWith('>')) process.stderr.write((r.stderr ?? '').split('\n').slice(-5).join('\n') + '\n');
    } else {
      const x = JSON.parse(line) as { chars: number; ms: number; rss: number; findings: number };
      cells = [String(x.chars), x.ms < 1000 ? `${x.ms.toFixed(0)} ms` : `${(x.ms / 1000).toFixed(1)} s`, `${x.rss.toFixed(0)} MB`, String(x.findings)];
    }
    console.log([CASES[i].name.padEnd(52), cells[0].padStart(11), cells[1].padStart(10), cells[2].padStart(10), cells[3].padStart(9)].join(' '));
  }
}

if (arg('--case') !== undefined) {
  runCase(path.resolve(arg('--root') ?? path.join(__dirname, '..')), Number(arg('--case'))).catch((e) => {
    process.stderr.write(String((e as Error).stack ?? e) + '\n');
    process.exit(1);
  });
} else main();
