/**
 * budget-audit <file.xlsx>… [--format text|json|sarif] [--output FILE] [--lang zh|en]
 * Exit 0: no errors; 1: errors found; 2: a file could not be read (or bad arguments). Input files are never written.
 */
import { promises as fs, type Stats } from 'fs';
import path from 'path';
import { audit } from '../core/audit';
import {
  checkNarrative,
  countPlaceholders,
  emptyPriorFacts,
  generateExplanation,
  priorFactsFromGrid,
  priorFactsFromJson,
  PriorFactsError,
} from '../core/narrative';
import type { PriorFacts } from '../core/narrative';
import { defaultSystem, type CatalogFileOption, type CustomCode } from '../core/catalog/setup';
import { catalogFileError, readCatalogCsv, readCatalogGrid, type CatalogFileResult } from '../core/catalog/file';

/** [{ code, name, system? }] → custom codes; system defaults by the code (3xx/5xx of 3 or 5 digits are 经济分类). */
function parseCustomCodes(v: unknown): CustomCode[] {
  const list = Array.isArray(v) ? v : v && typeof v === 'object' && Array.isArray((v as { codes?: unknown }).codes) ? (v as { codes: unknown[] }).codes : null;
  if (!list) throw new Error('应为数组 / expected an array');
  return list.map((x, i) => {
    const o = x as { code?: unknown; name?: unknown; system?: unknown };
    const code = String(o.code ?? '').replace(/\s/g, '');
    const name = String(o.name ?? '').trim();
    if (!/^\d{3}(\d{2}){0,2}$/.test(code) || !name) throw new Error(`第 ${i + 1} 项缺少有效的 code/name / item ${i + 1} needs a code and a name`);
    const sys = o.system === 'economic-dept' || o.system === 'economic-gov' || o.system === 'functional' ? o.system : defaultSystem(code);
    return { code, name, system: sys };
  });
}
import type { Report } from '../core/report';
import { summarize } from '../core/report';
import { Format, toJson, toSarif, toText } from './format';
import { gridFromBuffer, readFileBytes, readGrid, ReadError, type ReadNote } from './xlsx';
import { buildChecklist } from './checklist';
import { buildHtmlReport } from './html';
import { expandInputs } from './inputs';
import { auditAll } from './pool';
import { writeAnnotated, type WorkResult } from './work';
import { withWorkbookNarrative } from '../core/workbook-narrative';
import { placeExplanation } from '../core/narrative/placement';
import { describeExplainInto, noTemplateLine, writeExplainedCopy } from './explain-into';
import { priorFactsFromTables } from '../core/narrative/prior-workbook';
import { LAYOUT_CHOICES, layoutChoice, LAYOUTS, type LayoutId } from '../core/layouts';

const LAYOUT_HELP = LAYOUTS.map((l) => `${l.id} ${l.choice.zh}`).join('、');

const USAGE = `用法 / usage: budget-audit <文件.xlsx|文件夹>… [--format text|json|sarif|html] [--output 文件] [--lang zh|en]

  检查部门预算公开附表（收支总表、收入总表、支出总表……）的勾稽关系、科目编码与名称。
  Checks the totals, cross-table relations and classification codes of budget-disclosure workbooks.

  文件夹按子文件夹逐层查找 .xlsx（跳过 ~$ 锁定文件和重复文件）/ a folder is searched for .xlsx, subfolders included

  --format text|json|sarif|html
                             输出格式（默认 text；html 为单个离线网页）/ output format (default text; html: one offline page)
  --output FILE              写入文件而不是屏幕 / write to FILE instead of stdout
  --annotate DIR             每个工作簿另存一份标注副本到 DIR（单元格标记与“审核结果”表；原文件不改）
                             / write a marked copy of each workbook to DIR (the input is never written)
  --checklist FILE.xlsx      生成公开情况检查表 / write the 公开情况检查表 (review checklist) for the batch
  --workers N                并行的工作线程数（默认：4 核及以上按核数，否则不并行）/ worker threads (default: one per core from 4 cores)
  --quiet                    不显示进度 / no progress on stderr
  --lang zh|en               报告语言（默认 zh）/ report language (default zh)
  --explain FILE             按附表生成第三部分编制说明，写入 FILE（.md）/ write the explanation text to FILE
  --explain-into OUT.xlsx    工作簿有编制说明模板的工作表（部门编制说明、其他相关情况说明）时，另存一份把生成的说明
                             写入模板单元格的副本；原文件不改，有您文字的单元格不改写
                             / write a copy with the explanation in the template's own text cells (input never written)
  --prior FILE.json|.xlsx    上年数与说明（JSON），或上年的预算公开工作簿（按其附表取上年数）；不给则读工作簿中的“上年数与说明”表
                             / last year's facts (JSON), or last year's disclosure workbook (its tables); else the sheet 上年数与说明
  --codes FILE.json          本地自定义科目（[{"code":"2010199","name":"…","system":"functional"}]）/ your own codes
  --narrative FILE.txt       对照附表检查已有的编制说明，结果并入报告 / check an existing explanation text against the tables
  --catalog FILE.xlsx|.csv   财政局下发的科目表（编码|名称 或 类|款|项|名称）：并入当年科目表
                             / the finance bureau's 科目表, added to the bundled one of the year
  --catalog-replace          以 --catalog 的科目表替换所带科目表（按其所含体系）/ the file replaces the bundled codes it covers
  --layout ${LAYOUT_CHOICES.join('|')}
                             报表格式（默认 auto：按表名识别；${LAYOUT_HELP}）/ layout (default: detected from the titles)
  --year YYYY                预算年度（默认按表名中的年度）：用于科目表和各表标题年度的核对 / budget year (default: from the titles)
  --admin-only               各单位均为行政单位或参公事业单位：机关运行经费应等于基本支出公用经费
                             / every unit is administrative: 机关运行经费 must equal 公用经费

  退出码 / exit code: 0 无错误 no errors · 1 发现错误 errors found · 2 文件无法读取 a file could not be read
`;

type OutFormat = Format | 'html';

interface Args {
  files: string[];
  format: OutFormat;
  annotate?: string;
  checklist?: string;
  workers?: number;
  quiet?: boolean;
  catalog?: string;
  catalogMode?: 'add' | 'replace';
  output?: string;
  lang: 'zh' | 'en';
  help: boolean;
  explain?: string;
  explainInto?: string;
  prior?: string;
  narrative?: string;
  codes?: string;
  layout?: 'auto' | LayoutId;
  adminOnly?: boolean;
  year?: number;
}

class UsageError extends Error {}

export function parseArgs(argv: string[]): Args {
  const a: Args = { files: [], format: 'text', lang: 'zh', help: false };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i];
    const value = (name: string) => {
      const eq = x.indexOf('=');
      if (eq >= 0) return x.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${name} 缺少取值 / ${name} needs a value`);
      return v;
    };
    if (x === '-h' || x === '--help') a.help = true;
    else if (x === '--format' || x.startsWith('--format=')) {
      const v = value('--format');
      if (v !== 'text' && v !== 'json' && v !== 'sarif' && v !== 'html')
        throw new UsageError(`未知格式 ${v}（可用 text、json、sarif、html）/ unknown format ${v}`);
      a.format = v;
    } else if (x === '--output' || x === '-o' || x.startsWith('--output=')) a.output = value('--output');
    else if (x === '--lang' || x.startsWith('--lang=')) {
      const v = value('--lang');
      a.lang = v.startsWith('en') ? 'en' : 'zh';
    } else if (x === '--explain' || x.startsWith('--explain=')) a.explain = value('--explain');
    else if (x === '--explain-into' || x.startsWith('--explain-into=')) a.explainInto = value('--explain-into');
    else if (x === '--prior' || x.startsWith('--prior=')) a.prior = value('--prior');
    else if (x === '--narrative' || x.startsWith('--narrative=')) a.narrative = value('--narrative');
    else if (x === '--codes' || x.startsWith('--codes=')) a.codes = value('--codes');
    else if (x === '--layout' || x.startsWith('--layout=')) {
      const v = value('--layout');
      const choice = layoutChoice(v);
      if (!choice) throw new UsageError(`--layout 只能是 ${LAYOUT_CHOICES.join('、')} / --layout must be one of ${LAYOUT_CHOICES.join(', ')}: ${v}`);
      a.layout = choice;
    } else if (x === '--admin-only') a.adminOnly = true;
    else if (x === '--annotate' || x.startsWith('--annotate=')) a.annotate = value('--annotate');
    else if (x === '--checklist' || x.startsWith('--checklist=')) a.checklist = value('--checklist');
    else if (x === '--quiet' || x === '-q') a.quiet = true;
    else if (x === '--catalog' || x.startsWith('--catalog=')) a.catalog = value('--catalog');
    else if (x === '--catalog-replace') a.catalogMode = 'replace';
    else if (x === '--workers' || x.startsWith('--workers=')) {
      const v = value('--workers');
      if (!/^\d{1,3}$/.test(v)) throw new UsageError(`--workers 应为整数，如 4 / --workers must be a whole number such as 4: ${v}`);
      a.workers = Number(v);
    } else if (x === '--year' || x.startsWith('--year=')) {
      const v = value('--year');
      if (!/^20\d\d$/.test(v)) throw new UsageError(`--year 应为四位年度，如 2024 / --year must be a year such as 2024: ${v}`);
      a.year = Number(v);
    } else if (x.startsWith('-') && x !== '-') throw new UsageError(`未知选项 ${x} / unknown option ${x}`);
    else a.files.push(x);
  }
  return a;
}

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  /** stderr is a terminal: progress is shown there (unless --quiet). */
  tty?: boolean;
}

export async function run(argv: string[], io: Io = defaultIo()): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    io.err(`${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    io.out(USAGE);
    return 0;
  }
  if (args.files.length === 0) {
    io.err(USAGE);
    return 2;
  }
  // Folders walked; lock files, the same file twice and our own annotated copies left out, each said once.
  const given = args.files;
  const inputs = await expandInputs(
    given,
    [args.annotate, args.checklist, args.output, args.explainInto].filter((x): x is string => !!x),
  );
  for (const k of inputs.skipped) io.err(`${k.file}：${k.zh} / ${k.en}\n`);
  args.files = inputs.files;
  if (args.files.length === 0) {
    if (inputs.skipped.length === 0) io.err(`没有可检查的工作簿 / no workbook to check: ${given.join(' ')}\n`);
    return 2;
  }
  if ((args.explain || args.explainInto || args.narrative || args.prior) && args.files.length !== 1) {
    io.err(
      `--explain、--explain-into、--narrative、--prior 只能用于一个工作簿 / --explain, --explain-into, --narrative and --prior take exactly one workbook\n\n${USAGE}`,
    );
    return 2;
  }
  const annotateTo = args.annotate ? annotatePaths(args.files, inputs.roots, args.annotate) : new Map<string, string>();
  const clash = await outputClash(args, [...annotateTo.values()]);
  if (clash) {
    io.err(clash);
    return 2;
  }
  let priorFromFile: PriorFacts | undefined;
  if (args.prior && /\.xlsx$/i.test(args.prior)) {
    // Last year's disclosure workbook: the figures its tables published (the reasons stay placeholders).
    try {
      const last = audit(await readGrid(args.prior), { layout: args.layout });
      const p = priorFactsFromTables(last.typed);
      priorFromFile = p.facts;
      io.err(
        `${args.prior}：按上年附表取得上年数 ${p.found.length} 项、科目 ${p.items} 个${p.year ? `（${p.year}年）` : ''} / last year's figures from its tables: ${p.found.length}, and ${p.items} 类/款/项 amounts\n`,
      );
    } catch (e) {
      if (e instanceof ReadError) io.err(`${args.prior}：${e.zh} / ${e.en}\n`);
      else io.err(`${args.prior}：无法读取上年工作簿（${(e as Error).message}）/ cannot read last year's workbook\n`);
      return 2;
    }
  } else if (args.prior) {
    try {
      priorFromFile = priorFactsFromJson(JSON.parse(await fs.readFile(args.prior, 'utf8')));
    } catch (e) {
      if (e instanceof PriorFactsError) io.err(`${args.prior}：上年数有误：${e.zh} / bad prior facts: ${e.en}\n`);
      else if (e instanceof SyntaxError) io.err(`${args.prior}：不是有效的 JSON（${e.message}）/ not valid JSON\n`);
      else io.err(`${args.prior}：无法读取上年数文件（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）/ cannot read the prior facts file\n`);
      return 2;
    }
  }
  let narrativeText: string | undefined;
  if (args.narrative) {
    try {
      narrativeText = (await fs.readFile(args.narrative, 'utf8')).replace(/^\uFEFF/, '');
    } catch (e) {
      io.err(`${args.narrative}：无法读取说明文件（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）/ cannot read the explanation text\n`);
      return 2;
    }
  }
  let customCodes: CustomCode[] | undefined;
  if (args.codes) {
    try {
      customCodes = parseCustomCodes(JSON.parse((await fs.readFile(args.codes, 'utf8')).replace(/^\uFEFF/, '')));
    } catch (e) {
      io.err(`${args.codes}：自定义科目文件无效（${(e as Error).message}）/ invalid codes file\n`);
      return 2;
    }
  }
  let catalogFile: CatalogFileOption | undefined;
  if (args.catalog) {
    let r: CatalogFileResult;
    try {
      r = /\.csv$/i.test(args.catalog)
        ? readCatalogCsv((await fs.readFile(args.catalog, 'utf8')).replace(/^\uFEFF/, ''))
        : readCatalogGrid(await readGrid(args.catalog));
    } catch (e) {
      if (e instanceof ReadError) io.err(`${args.catalog}：${e.zh} / ${e.en}\n`);
      else io.err(`${args.catalog}：无法读取科目表（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）/ cannot read the catalogue file\n`);
      return 2;
    }
    const problem = catalogFileError(r);
    if (problem) {
      io.err(`${args.catalog}：${problem}\n`);
      return 2;
    }
    catalogFile = { entries: r.entries, mode: args.catalogMode ?? 'add' };
  }
  const reports: Report[] = [];
  let unreadable = false;
  const failed: { file: string; reason: string }[] = [];
  let explainFailed = false;
  const single = args.explain !== undefined || args.explainInto !== undefined || narrativeText !== undefined || args.prior !== undefined;
  for (const file of single ? args.files : []) {
    try {
      const notes: ReadNote[] = [];
      const bytes = await readFileBytes(file);
      const read = { rewritten: false };
      const grid = await gridFromBuffer(bytes, { notes, report: read });
      const source = { bytes, notes, rewritten: read.rewritten };
      for (const n of notes) io.err(`${file}：${n.zh} / ${n.en}\n`);
      const locale = args.lang === 'en' ? 'en-US' : 'zh-CN';
      const r = audit(grid, { file: path.basename(file), locale, customCodes, layout: args.layout, adminOnly: args.adminOnly, year: args.year, catalogFile });
      r.file = file;
      reports.push(r);
      if (single) {
        let prior = priorFromFile;
        if (!prior) {
          const fromSheet = priorFactsFromGrid(grid);
          for (const p of fromSheet.problems) io.err(`${file}：上年数与说明 ${p.zh} / ${p.en}\n`);
          prior = fromSheet.found ? fromSheet.facts : emptyPriorFacts();
        }
        if (narrativeText !== undefined) {
          r.findings.push(...checkNarrative(narrativeText, r.typed, prior, { locale, catalog: r.catalog }));
          r.summary = summarize(r.findings);
        } else withWorkbookNarrative(grid, r, { locale, year: args.year, prior });
        if (args.explain) {
          // The text follows the layout the workbook was read with (detected, or --layout).
          const e = generateExplanation(r.typed, prior, { layout: r.layout.id });
          try {
            await fs.writeFile(args.explain, e.text, 'utf8');
          } catch (err) {
            io.err(`无法写入 ${args.explain}（${(err as NodeJS.ErrnoException).code ?? ''}）/ cannot write the explanation file\n`);
            return 2;
          }
          io.err(
            `已写入编制说明 ${args.explain}，待填写 ${e.placeholders.length} 处 / wrote the explanation to ${args.explain}, ${e.placeholders.length} placeholders to fill\n`,
          );
        }
        if (args.explainInto) {
          // The text written into the template's own cells of a copy; cells with the user's words are left alone.
          const e = generateExplanation(r.typed, prior, { layout: r.layout.id, format: 'plain' });
          const plan = placeExplanation(grid, r.parts, e, { tables: r.tables });
          if (!plan.found) {
            io.err(noTemplateLine(file, args.lang));
            explainFailed = true;
          } else {
            const res = await writeExplainedCopy(source, plan, args.explainInto);
            const left = 'error' in res ? 0 : res.outcome.written.reduce((n, w) => n + countPlaceholders(w.text), 0);
            io.err(describeExplainInto(res, plan, args.lang, left));
            if ('error' in res) explainFailed = true;
          }
        }
      }
      const to = annotateTo.get(file);
      if (to) sayAnnotated(io, file, await writeAnnotated(source, r, to, args.lang));
    } catch (e) {
      unreadable = true;
      const reason = e instanceof ReadError ? { zh: e.zh, en: e.en } : { zh: `无法读取（${(e as Error).message}）`, en: 'cannot be read' };
      failed.push({ file, reason: args.lang === 'en' ? reason.en : reason.zh });
      io.err(`${file}：${reason.zh} / ${reason.en}\n`);
    }
  }
  if (!single) {
    const tty = !args.quiet && io.tty === true;
    const results = await auditAll(
      args.files,
      (file) => ({
        lang: args.lang,
        customCodes,
        layout: args.layout,
        adminOnly: args.adminOnly,
        year: args.year,
        catalogFile,
        annotateTo: annotateTo.get(file),
        skipOwnCopies: !given.includes(file),
      }),
      {
        workers: args.workers,
        onProgress: tty ? (done, total, file) => io.err(`\r\x1b[K[${done}/${total}] ${path.basename(file)}${done === total ? '\n' : ''}`) : undefined,
      },
    );
    for (const res of results) {
      if (res.skipped) {
        io.err(`${res.file}：${res.skipped.zh} / ${res.skipped.en}\n`);
        continue;
      }
      for (const n of res.notes) io.err(`${res.file}：${n.zh} / ${n.en}\n`);
      if (res.error) {
        unreadable = true;
        failed.push({ file: res.file, reason: args.lang === 'en' ? res.error.en : res.error.zh });
        io.err(`${res.file}：${res.error.zh} / ${res.error.en}\n`);
      }
      if (res.report) reports.push(res.report);
      if (res.annotated) sayAnnotated(io, res.file, res.annotated);
    }
  }
  if (args.checklist) {
    try {
      const wb = buildChecklist(reports, { lang: args.lang, failed });
      await fs.writeFile(args.checklist, Buffer.from(await wb.xlsx.writeBuffer()));
      io.err(`已写入公开情况检查表 ${args.checklist} / wrote the checklist to ${args.checklist}\n`);
    } catch (e) {
      io.err(`无法写入 ${args.checklist}（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）/ cannot write the checklist\n`);
      return 2;
    }
  }
  let text =
    args.format === 'json'
      ? toJson(reports)
      : args.format === 'sarif'
        ? toSarif(reports)
        : args.format === 'html'
          ? buildHtmlReport(reports, { lang: args.lang, failed })
          : toText(reports, args.lang === 'en');
  if (args.format === 'text' && args.files.length > 1)
    text += batchSummary(
      reports,
      failed.map((f) => f.file),
      args.lang === 'en',
    );
  if (reports.length > 0 || args.format !== 'text') {
    if (args.output) {
      try {
        await fs.writeFile(args.output, text, 'utf8');
      } catch (e) {
        io.err(`无法写入 ${args.output}（${(e as NodeJS.ErrnoException).code ?? ''}）/ cannot write the output file\n`);
        return 2;
      }
    } else io.out(text);
  }
  if (unreadable || explainFailed) return 2;
  return reports.some((r) => r.summary.errors > 0) ? 1 : 0;
}

/** A file's identity: device + inode once links are followed, and its real path (parent resolved) as a fallback. */
interface Identity {
  stat?: Stats;
  real: string;
}

async function identity(file: string): Promise<Identity> {
  // The path as given, for the kernel to resolve as the write would (../ after a symlink is not path.resolve's ../).
  let stat: Stats | undefined;
  try {
    stat = await fs.stat(file);
  } catch {
    stat = undefined;
  }
  let real = path.resolve(file);
  try {
    real = await fs.realpath(file);
  } catch {
    // Not there yet (or a dangling link): its parent's real path and its own name.
    try {
      real = path.join(await fs.realpath(path.dirname(file)), path.basename(file));
    } catch {
      // The parent is not there either: the write will fail on its own.
    }
  }
  return { stat, real };
}

const same = (a: Identity, b: Identity) => (a.stat && b.stat ? a.stat.dev === b.stat.dev && a.stat.ino === b.stat.ino : a.real === b.real);

/**
 * --output and --explain may name no input of the run (workbooks, --prior, --narrative, --codes) and not each other,
 * whatever the spelling: a symlink, a hard link, /proc/self/cwd/…, ../dir/file. Files are compared by device and
 * inode after links are followed; one not yet there by its resolved directory and name. The message, or undefined.
 */
async function outputClash(args: Args, copies: string[] = []): Promise<string | undefined> {
  const outs: [string, string][] = [];
  if (args.output) outs.push(['--output', args.output]);
  if (args.explain) outs.push(['--explain', args.explain]);
  if (args.explainInto) outs.push(['--explain-into', args.explainInto]);
  if (args.checklist) outs.push(['--checklist', args.checklist]);
  for (const c of copies) outs.push(['--annotate', c]);
  if (outs.length === 0) return undefined;
  const inputs: [string, string][] = [...args.files.map((f): [string, string] => ['', f])];
  if (args.prior) inputs.push(['--prior ', args.prior]);
  if (args.narrative) inputs.push(['--narrative ', args.narrative]);
  if (args.codes) inputs.push(['--codes ', args.codes]);
  if (args.catalog) inputs.push(['--catalog ', args.catalog]);
  const ids = await Promise.all(inputs.map(([, f]) => identity(f)));
  const outIds = await Promise.all(outs.map(([, f]) => identity(f)));
  for (let o = 0; o < outs.length; o++) {
    const [opt, file] = outs[o];
    const hit = ids.findIndex((id) => same(id, outIds[o]));
    if (hit >= 0) {
      const [what, input] = inputs[hit];
      return (
        `${opt} ${file} 与输入文件 ${what}${input} 是同一个文件，不予写入（输入文件不会被改写）` +
        ` / ${opt} must not be an input file: ${file} is the same file as ${what}${input} (input files are never written)\n`
      );
    }
    const twin = outIds.findIndex((id, j) => j < o && same(id, outIds[o]));
    if (twin >= 0) {
      return `${opt} ${file} 与 ${outs[twin][0]} 是同一个文件，不予写入 / ${opt} must not be the same file as ${outs[twin][0]}: ${file}\n`;
    }
  }
  return undefined;
}

/**
 * Where each workbook's marked copy goes: under DIR, by its path below the folder it was found in (a file given by
 * name: its own name), so that two 单位.xlsx from two departments' folders do not overwrite each other.
 */
export function annotatePaths(files: string[], roots: Map<string, string>, dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const taken = new Set<string>();
  for (const f of files) {
    const root = roots.get(f) ?? path.dirname(f);
    let rel = path.relative(root, f);
    if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) rel = path.basename(f);
    let to = path.join(dir, rel);
    for (let i = 2; taken.has(to); i++) to = path.join(dir, path.dirname(rel), `${path.basename(rel, path.extname(rel))}(${i})${path.extname(rel)}`);
    taken.add(to);
    out.set(f, to);
  }
  return out;
}

function sayAnnotated(io: Io, file: string, a: NonNullable<WorkResult['annotated']>): void {
  if ('error' in a) io.err(`${file}：${a.error.zh} / ${a.error.en}\n`);
  else if (a.outcome.protectedSheets.length > 0) {
    const names = a.outcome.protectedSheets.join('、');
    io.err(
      `${file}：已写入标注副本 ${a.file}；受保护的工作表（${names}）未标记，其问题列在“${a.outcome.resultSheet}”表 / marked copy written; protected sheets (${names}) not marked\n`,
    );
  }
}

/** For a reviewer's batch run: one line per workbook with errors, and the totals, after the per-workbook reports. */
export function batchSummary(reports: Report[], failed: string[], en: boolean): string {
  const withErrors = reports.filter((r) => r.summary.errors > 0);
  const clean = reports.length - withErrors.length;
  const out: string[] = ['', en ? '==== Summary ====' : '==== 汇总 ===='];
  out.push(
    en
      ? `${reports.length + failed.length} workbooks: ${clean} without errors, ${withErrors.length} with errors, ${failed.length} could not be read`
      : `共 ${reports.length + failed.length} 个工作簿：无错误 ${clean} 个，有错误 ${withErrors.length} 个，无法读取 ${failed.length} 个`,
  );
  for (const r of withErrors) {
    out.push(
      en
        ? `  ✖ ${r.file}: ${r.summary.errors} errors, ${r.summary.warnings} warnings (${r.layout.name})`
        : `  ✖ ${r.file}：错误 ${r.summary.errors} 个，警告 ${r.summary.warnings} 个（${r.layout.name}）`,
    );
  }
  for (const f of failed) out.push(en ? `  ? ${f}: could not be read` : `  ? ${f}：无法读取`);
  return out.join('\n') + '\n';
}

function defaultIo(): Io {
  return { out: (s: string) => void process.stdout.write(s), err: (s: string) => void process.stderr.write(s), tty: process.stderr.isTTY === true };
}
