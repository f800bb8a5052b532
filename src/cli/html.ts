/**
 * The batch report as one self-contained HTML page (`--format html`): a summary table of the workbooks, then each
 * workbook's findings grouped by table, with filters (severity, text, workbook) that run in the browser. Everything is
 * inline — styles, script, no font, image or request leaves the page (a strict CSP says so) — so the file can be mailed
 * or opened from a share offline. Every string that comes from a workbook (file and sheet names, messages, org names)
 * is escaped; the page is built in one pass, linear in the number of findings.
 */
import type { Finding, Report, TableSummary } from '../core/report';
import { parseA1 } from '../core/grid';
import { PART_NAMES } from '../core/recognize/parts';

export interface HtmlOptions {
  lang: 'zh' | 'en';
  /** Workbooks that could not be read, with the reason (shown after the reports, status “?”). */
  failed?: { file: string; reason: string }[];
  /** When the report was made (printed in the header); now when not given. */
  generated?: Date;
}

// ---------------------------------------------------------------------------------------------------------------
// Labels: every word the page prints, zh first, en beside it.
// ---------------------------------------------------------------------------------------------------------------
const LABELS = {
  zh: {
    htmlLang: 'zh-CN',
    title: '预算表审核报告',
    generated: '生成时间',
    totals: '共 {n} 个工作簿：错误 {e} 个，警告 {w} 个（其中尾差 {r} 个），提示 {i} 个',
    failedTotal: '；未能读取 {n} 个',
    filters: '筛选',
    severity: '级别',
    search: '搜索',
    searchPlaceholder: '单元格、科目、文字…',
    workbook: '工作簿',
    allWorkbooks: '全部工作簿',
    shown: '显示 {n} / {total} 条',
    summary: '汇总',
    cols: { no: '序号', file: '文件', org: '单位/部门', layout: '报表格式', errors: '错误', warnings: '警告', infos: '提示', status: '状态' },
    total: '合计',
    statusTitle: { ok: '无错误', bad: '有错误', failed: '未能读取' },
    noWorkbooks: '没有工作簿。',
    sev: { error: '错误', warning: '警告', info: '提示' } as Record<string, string>,
    rounding: '尾差',
    roundingOf: '其中尾差 {n} 个',
    findingCols: { cell: '单元格', sev: '级别', message: '问题' },
    org: '单位/部门',
    layout: '报表格式',
    layoutSource: { detected: '按表名识别', option: '按 --layout 指定', default: '按表名逐表核对，不要求附表齐全' } as Record<string, string>,
    tablesFound: '识别到 {n} 张表',
    parts: '其他部分',
    workbookGroup: '工作簿',
    narrativeGroup: '编制说明',
    unit: '单位：{u}',
    expected: '应为',
    actual: '实为',
    blank: '空',
    difference: '相差',
    noFindings: '未发现问题。',
    noMatch: '没有符合筛选条件的问题。',
    unrecognized: '未能识别的区域',
    couldNotRead: '未能读取此文件：',
    sep: '、',
    colon: '：',
  },
  en: {
    htmlLang: 'en',
    title: 'Budget table audit report',
    generated: 'Generated',
    totals: '{n} workbooks: {e} errors, {w} warnings ({r} rounding), {i} notes',
    failedTotal: '; {n} could not be read',
    filters: 'Filters',
    severity: 'Severity',
    search: 'Search',
    searchPlaceholder: 'cell, code, text…',
    workbook: 'Workbook',
    allWorkbooks: 'All workbooks',
    shown: 'Showing {n} of {total}',
    summary: 'Summary',
    cols: { no: '#', file: 'File', org: 'Organisation', layout: 'Layout', errors: 'Errors', warnings: 'Warnings', infos: 'Notes', status: 'Status' },
    total: 'Total',
    statusTitle: { ok: 'no errors', bad: 'errors found', failed: 'could not be read' },
    noWorkbooks: 'No workbooks.',
    sev: { error: 'Error', warning: 'Warning', info: 'Note' } as Record<string, string>,
    rounding: 'rounding',
    roundingOf: '{n} rounding',
    findingCols: { cell: 'Cell', sev: 'Severity', message: 'Problem' },
    org: 'Organisation',
    layout: 'Layout',
    layoutSource: {
      detected: 'detected from the titles',
      option: 'as chosen with --layout',
      default: 'each table checked on its own, none required',
    } as Record<string, string>,
    tablesFound: '{n} tables recognised',
    parts: 'Other parts',
    workbookGroup: 'Workbook',
    narrativeGroup: 'Explanation text',
    unit: 'unit {u}',
    expected: 'expected',
    actual: 'actual',
    blank: 'blank',
    difference: 'difference',
    noFindings: 'No problems found.',
    noMatch: 'No finding matches the filters.',
    unrecognized: 'Not recognised',
    couldNotRead: 'This file could not be read: ',
    sep: ', ',
    colon: ': ',
  },
};

type Labels = (typeof LABELS)['zh'];

// ---------------------------------------------------------------------------------------------------------------
// Shared with the checklist: which recognised table a finding concerns.
// ---------------------------------------------------------------------------------------------------------------

/** The tables of a report by sheet, to place findings without scanning every table each time. */
export function tablesBySheet(r: Report): Map<string, TableSummary[]> {
  const m = new Map<string, TableSummary[]>();
  for (const t of r.tables) {
    const list = m.get(t.sheet);
    if (list) list.push(t);
    else m.set(t.sheet, [t]);
  }
  return m;
}

function inRange(range: string, cell: string): boolean {
  const [a, b] = range.split(':');
  try {
    const c = parseA1(cell);
    const s = parseA1(a);
    const e = parseA1(b ?? a);
    return c.row >= s.row && c.row <= e.row && c.col >= s.col && c.col <= e.col;
  } catch {
    return false;
  }
}

/**
 * The table a finding concerns: on its cell's sheet, the table of its `table` kind, else the one whose range holds
 * the cell, else the sheet's first; a finding without a cell, by its `table` kind when one table has it. Undefined
 * for workbook-level findings and cells outside every table's sheet.
 */
export function tableOfFinding(r: Report, f: Finding, bySheet: Map<string, TableSummary[]>): TableSummary | undefined {
  if (f.location) {
    const onSheet = bySheet.get(f.location.sheet);
    if (!onSheet || onSheet.length === 0) return undefined;
    if (onSheet.length === 1) return onSheet[0];
    const sameKind = onSheet.filter((t) => t.kind === f.table);
    if (sameKind.length === 1) return sameKind[0];
    const pool = sameKind.length > 0 ? sameKind : onSheet;
    return pool.find((t) => inRange(t.range, f.location!.cell)) ?? pool[0];
  }
  if (f.table) {
    const ofKind = r.tables.filter((t) => t.kind === f.table);
    if (ofKind.length >= 1) return ofKind[0];
  }
  return undefined;
}

/** The organisation a report is about: the name most of its tables print. */
export function reportOrg(r: Report): string {
  const count = new Map<string, number>();
  for (const t of r.tables) if (t.org) count.set(t.org, (count.get(t.org) ?? 0) + 1);
  let best = '';
  let n = 0;
  for (const [org, c] of count) {
    if (c > n) {
      best = org;
      n = c;
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------------------------

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML content and quoted attribute values alike. */
export function escapeHtml(s: unknown): string {
  return (
    String(s ?? '')
      .replace(/[&<>"']/g, (c) => ESC[c])
      // eslint-disable-next-line no-control-regex -- control characters are what this replaces
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '\ufffd')
  );
}

const fill = (template: string, data: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (m, k: string) => (k in data ? String(data[k]) : m));

function stamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

const STYLE = `
:root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#f6f8fa;--err:#c62828;--warn:#9a6700;--info:#0969da;--ok:#1a7f37}
*{box-sizing:border-box}
[hidden]{display:none!important}
body{margin:0;color:var(--fg);font:14px/1.5 system-ui,-apple-system,"Segoe UI","Microsoft YaHei","PingFang SC","Noto Sans CJK SC","Source Han Sans SC",sans-serif;background:#fff}
header{padding:16px 24px 8px;border-bottom:1px solid var(--line)}
h1{font-size:22px;margin:0 0 4px}
h2{font-size:17px;margin:0 0 6px}
h3{font-size:14px;margin:14px 0 4px}
.meta,.sub{color:var(--muted);margin:2px 0}
.filters{position:sticky;top:0;z-index:2;display:flex;flex-wrap:wrap;gap:8px 20px;align-items:center;padding:8px 24px;background:var(--bg);border-bottom:1px solid var(--line)}
.filters fieldset{border:0;margin:0;padding:0;display:flex;gap:12px;align-items:center}
.filters legend{float:left;margin-right:8px;font-weight:600;padding:0}
.filters label{white-space:nowrap}
.filters input[type=search]{width:16em;padding:3px 6px;border:1px solid var(--line);border-radius:4px;font:inherit}
.filters select{max-width:22em;padding:3px 6px;font:inherit}
#shown{color:var(--muted);margin-left:auto}
main,.summary{padding:8px 24px}
table{border-collapse:collapse;width:100%}
th,td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
th{background:var(--bg);font-weight:600;white-space:nowrap}
td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
#summary td.n.has-e{color:var(--err);font-weight:600}
#summary td.n.has-w{color:var(--warn);font-weight:600}
#summary tfoot td{font-weight:600;background:var(--bg)}
.st{font-weight:700;text-align:center;width:3.5em}
.st-ok{color:var(--ok)}.st-bad{color:var(--err)}.st-failed{color:var(--muted)}
.small{color:var(--muted);font-size:12px;font-weight:400}
.wb{margin:18px 0 10px;padding-top:10px;border-top:2px solid var(--line)}
.wb h2 .st{display:inline-block;width:auto;margin-right:6px}
.group h3 .where{color:var(--muted);font-weight:400;margin-left:8px}
table.findings{table-layout:fixed}
table.findings th:nth-child(1){width:14em}
table.findings th:nth-child(2){width:7.5em}
table.findings td.cell{overflow-wrap:anywhere;font-family:ui-monospace,"DejaVu Sans Mono",Consolas,monospace;font-size:13px}
table.findings td.sev{white-space:nowrap}
.sev-error{color:var(--err);font-weight:600}.sev-warning{color:var(--warn);font-weight:600}.sev-info{color:var(--info)}
.ea{color:var(--muted);font-size:12px;margin-top:2px}
.none{color:var(--ok)}
.failed-reason{color:var(--err)}
.unrec li{color:var(--muted)}
@media print{.filters{display:none}.wb{break-inside:auto}tr{break-inside:avoid}}
`;

// The filters: plain DOM, one pass over the rows per change (no library, no network).
const SCRIPT = `
(function(){
  var nav=document.getElementById('filters');
  var rows=[].slice.call(document.querySelectorAll('tr.f'));
  var sections=[].slice.call(document.querySelectorAll('section.wb'));
  var groups=[].slice.call(document.querySelectorAll('div.group'));
  var sumRows=[].slice.call(document.querySelectorAll('#summary tbody tr[data-wb]'));
  var boxes=[].slice.call(nav.querySelectorAll('input[data-sev]'));
  var q=document.getElementById('q'),sel=document.getElementById('wb'),shown=document.getElementById('shown');
  var tmpl=shown.getAttribute('data-template');
  var text=[],rowGroup=[],rowWb=[],groupIndex=new Map(),sectionIndex=new Map();
  groups.forEach(function(g,i){groupIndex.set(g,i);});
  sections.forEach(function(s,i){sectionIndex.set(s,i);});
  rows.forEach(function(r,i){
    text[i]=r.textContent.toLowerCase();
    var g=r.closest('div.group');rowGroup[i]=g?groupIndex.get(g):-1;
    var s=r.closest('section.wb');rowWb[i]=s?s.getAttribute('data-wb'):'';
  });
  var sectionOfGroup=groups.map(function(g){var s=g.closest('section.wb');return s?sectionIndex.get(s):-1;});
  function apply(){
    var on={};boxes.forEach(function(b){on[b.getAttribute('data-sev')]=b.checked;});
    var needle=q.value.trim().toLowerCase(),wb=sel.value,n=0;
    var perGroup=groups.map(function(){return 0;}),perSection=sections.map(function(){return 0;});
    for(var i=0;i<rows.length;i++){
      var ok=on[rows[i].getAttribute('data-sev')]===true&&(!needle||text[i].indexOf(needle)>=0)&&(!wb||rowWb[i]===wb);
      rows[i].hidden=!ok;
      if(ok){n++;if(rowGroup[i]>=0)perGroup[rowGroup[i]]++;}
    }
    groups.forEach(function(g,i){g.hidden=perGroup[i]===0;if(perGroup[i]>0&&sectionOfGroup[i]>=0)perSection[sectionOfGroup[i]]+=perGroup[i];});
    sections.forEach(function(s,i){
      var mine=!wb||s.getAttribute('data-wb')===wb;s.hidden=!mine;
      var nm=s.querySelector('.nomatch');if(nm)nm.hidden=!(mine&&perSection[i]===0);
    });
    sumRows.forEach(function(r){r.hidden=!!wb&&r.getAttribute('data-wb')!==wb;});
    shown.textContent=tmpl.replace('{n}',String(n)).replace('{total}',String(rows.length));
  }
  boxes.forEach(function(b){b.addEventListener('change',apply);});
  q.addEventListener('input',apply);
  sel.addEventListener('change',apply);
  nav.hidden=false;
  apply();
})();
`;

interface Group {
  head: string;
  rank: number;
  rows: string[];
}

function findingRow(f: Finding, L: Labels): string {
  const where = f.location ? `${f.location.sheet}!${f.location.cell}` : '—';
  let ea = '';
  if (f.expected !== undefined || f.actual !== undefined || f.difference !== undefined) {
    const parts: string[] = [];
    if (f.expected !== undefined) parts.push(`${L.expected} ${f.expected}`);
    if (f.actual !== undefined) parts.push(`${L.actual} ${f.actual === '' ? L.blank : f.actual}`);
    if (f.difference !== undefined) parts.push(`${L.difference} ${f.difference}`);
    ea = `<div class="ea">${escapeHtml(parts.join(L.sep))}</div>`;
  }
  const sev = L.sev[f.severity] ?? f.severity;
  const rounding = f.category === 'rounding' ? ` <span class="small">${escapeHtml(L.rounding)}</span>` : '';
  return (
    `<tr class="f" data-sev="${escapeHtml(f.severity)}" data-rule="${escapeHtml(f.rule)}">` +
    `<td class="cell">${escapeHtml(where)}</td>` +
    `<td class="sev"><span class="sev-${escapeHtml(f.severity)}">${escapeHtml(sev)}</span>${rounding}</td>` +
    `<td>${escapeHtml(f.message)}${ea}</td></tr>`
  );
}

function findingGroups(r: Report, L: Labels): Group[] {
  const bySheet = tablesBySheet(r);
  const partSheets = new Set((r.parts ?? []).map((p) => p.sheet));
  const groups = new Map<string, Group>();
  const tableOrder = new Map<TableSummary, number>(r.tables.map((t, i) => [t, i]));
  for (const f of r.findings) {
    const t = tableOfFinding(r, f, bySheet);
    // Findings of the 编制说明 text (--narrative) that name no table cell are about the text.
    const narrative = !t && f.rule.startsWith('narrative/') && (!f.location || partSheets.has(f.location.sheet) || !bySheet.has(f.location.sheet));
    let key: string;
    let head: string;
    let rank: number;
    if (t) {
      key = `t|${tableOrder.get(t)}`;
      const unit = t.unit ? ` · ${fill(L.unit, { u: t.unit })}` : '';
      head = `${escapeHtml(t.label ? `${t.label} ${t.name}` : t.name)}<span class="where">${escapeHtml(`${t.sheet} ${t.range}${unit}`)}</span>`;
      rank = 1;
    } else if (narrative) {
      key = 'narrative';
      head = escapeHtml(L.narrativeGroup);
      rank = 3;
    } else if (f.location) {
      key = `s|${f.location.sheet}`;
      head = escapeHtml(f.location.sheet);
      rank = 2;
    } else {
      key = 'workbook';
      head = escapeHtml(L.workbookGroup);
      rank = 0;
    }
    let g = groups.get(key);
    if (!g) {
      g = { head, rank, rows: [] };
      groups.set(key, g);
    }
    g.rows.push(findingRow(f, L));
  }
  // Stable: the audit's order (the layout's table order) within each rank.
  return [...groups.values()]
    .map((g, i) => ({ g, i }))
    .sort((a, b) => a.g.rank - b.g.rank || a.i - b.i)
    .map((x) => x.g);
}

function statusCell(kind: 'ok' | 'bad' | 'failed', L: Labels): string {
  const mark = kind === 'ok' ? '✔' : kind === 'bad' ? '✖' : '?';
  return `<td class="st st-${kind}" data-status="${kind}" title="${escapeHtml(L.statusTitle[kind])}">${mark}</td>`;
}

/**
 * One self-contained HTML page for a batch of reports (and the files that could not be read): summary table, the
 * findings of each workbook grouped by table, and filters by severity, text and workbook.
 */
export function buildHtmlReport(reports: Report[], options: HtmlOptions): string {
  const L: Labels = options.lang === 'en' ? LABELS.en : LABELS.zh;
  const failed = options.failed ?? [];
  const generated = options.generated ?? new Date();
  const total = { e: 0, w: 0, i: 0, r: 0 };
  for (const r of reports) {
    total.e += r.summary.errors;
    total.w += r.summary.warnings;
    total.i += r.summary.infos;
    total.r += r.summary.rounding;
  }
  const out: string[] = [];
  out.push(
    '<!DOCTYPE html>',
    `<html lang="${L.htmlLang}"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(L.title)}</title><style>${STYLE}</style></head><body>`,
  );
  const totalsLine = fill(L.totals, { n: reports.length + failed.length, ...total }) + (failed.length > 0 ? fill(L.failedTotal, { n: failed.length }) : '');
  out.push(
    `<header><h1>${escapeHtml(L.title)}</h1>`,
    `<p class="meta">${escapeHtml(L.generated)}${escapeHtml(L.colon)}<time>${escapeHtml(stamp(generated))}</time></p>`,
    `<p class="meta" id="totals">${escapeHtml(totalsLine)}</p></header>`,
  );

  // Filters (hidden until the script runs: without it they would do nothing).
  const countOf = (sev: string) =>
    reports.reduce((n, r) => n + (sev === 'error' ? r.summary.errors : sev === 'warning' ? r.summary.warnings : r.summary.infos), 0);
  const wbOptions: string[] = [`<option value="">${escapeHtml(L.allWorkbooks)}</option>`];
  const names = [...reports.map((r, i) => r.file ?? `#${i + 1}`), ...failed.map((f) => f.file)];
  names.forEach((n, i) => wbOptions.push(`<option value="${i}">${escapeHtml(`${i + 1}. ${n}`)}</option>`));
  out.push(
    `<nav id="filters" class="filters" hidden aria-label="${escapeHtml(L.filters)}">`,
    `<fieldset><legend>${escapeHtml(L.severity)}</legend>`,
    ...(['error', 'warning', 'info'] as const).map(
      (s) =>
        `<label><input type="checkbox" data-sev="${s}" checked> <span class="sev-${s}">${escapeHtml(L.sev[s])}</span> <span class="small">(${countOf(s)})</span></label>`,
    ),
    '</fieldset>',
    `<label>${escapeHtml(L.search)} <input type="search" id="q" placeholder="${escapeHtml(L.searchPlaceholder)}"></label>`,
    `<label>${escapeHtml(L.workbook)} <select id="wb">${wbOptions.join('')}</select></label>`,
    `<span id="shown" aria-live="polite" data-template="${escapeHtml(L.shown)}"></span>`,
    '</nav>',
  );

  // Summary.
  const c = L.cols;
  out.push(
    `<section class="summary"><h2>${escapeHtml(L.summary)}</h2><table id="summary"><thead><tr>`,
    [c.no, c.file, c.org, c.layout, c.errors, c.warnings, c.infos, c.status].map((h) => `<th>${escapeHtml(h)}</th>`).join(''),
    '</tr></thead><tbody>',
  );
  reports.forEach((r, i) => {
    const s = r.summary;
    const rounding = s.rounding > 0 ? ` <span class="small">${escapeHtml(fill(L.roundingOf, { n: s.rounding }))}</span>` : '';
    out.push(
      `<tr data-wb="${i}"><td class="n">${i + 1}</td><td><a href="#wb-${i}">${escapeHtml(r.file ?? `#${i + 1}`)}</a></td>` +
        `<td>${escapeHtml(reportOrg(r))}</td><td>${escapeHtml(r.layout?.name ?? '')}</td>` +
        `<td class="n${s.errors > 0 ? ' has-e' : ''}" data-col="errors">${s.errors}</td>` +
        `<td class="n${s.warnings > 0 ? ' has-w' : ''}" data-col="warnings" data-n="${s.warnings}">${s.warnings}${rounding}</td>` +
        `<td class="n" data-col="infos">${s.infos}</td>${statusCell(s.errors > 0 ? 'bad' : 'ok', L)}</tr>`,
    );
  });
  failed.forEach((f, j) => {
    const i = reports.length + j;
    out.push(
      `<tr data-wb="${i}"><td class="n">${i + 1}</td><td><a href="#wb-${i}">${escapeHtml(f.file)}</a></td>` +
        `<td colspan="5" class="failed-reason">${escapeHtml(L.couldNotRead + f.reason)}</td>${statusCell('failed', L)}</tr>`,
    );
  });
  if (names.length === 0) out.push(`<tr><td colspan="8">${escapeHtml(L.noWorkbooks)}</td></tr>`);
  out.push(
    '</tbody>',
    `<tfoot><tr><td></td><td colspan="3">${escapeHtml(L.total)}</td><td class="n" data-col="errors">${total.e}</td>` +
      `<td class="n" data-col="warnings">${total.w}</td><td class="n" data-col="infos">${total.i}</td><td></td></tr></tfoot>`,
    '</table></section><main id="workbooks">',
  );

  // Each workbook.
  reports.forEach((r, i) => {
    const s = r.summary;
    const kind = s.errors > 0 ? 'bad' : 'ok';
    const mark = kind === 'bad' ? '✖' : '✔';
    out.push(
      `<section class="wb" id="wb-${i}" data-wb="${i}">`,
      `<h2><span class="st st-${kind}" title="${escapeHtml(L.statusTitle[kind])}">${mark}</span>${escapeHtml(`${i + 1}. ${r.file ?? ''}`)}</h2>`,
    );
    const org = reportOrg(r);
    const bits: string[] = [];
    if (org) bits.push(`${L.org}${L.colon}${org}`);
    if (r.layout) {
      const why = L.layoutSource[r.layout.source] ?? r.layout.source;
      bits.push(`${L.layout}${L.colon}${r.layout.name}${options.lang === 'en' ? ` (${why})` : `（${why}）`}`);
    }
    bits.push(fill(L.tablesFound, { n: r.tables.length }));
    out.push(`<p class="sub">${escapeHtml(bits.join(' · '))}</p>`);
    if (r.parts && r.parts.length > 0) {
      const list = r.parts.map((p) => `${options.lang === 'en' ? (PART_NAMES[p.part]?.en ?? p.part) : (PART_NAMES[p.part]?.zh ?? p.part)} (${p.sheet})`);
      out.push(`<p class="sub">${escapeHtml(`${L.parts}${L.colon}${list.join(L.sep)}`)}</p>`);
    }
    if (r.findings.length === 0) out.push(`<p class="none">${escapeHtml(L.noFindings)}</p>`);
    else {
      for (const g of findingGroups(r, L)) {
        out.push(
          `<div class="group"><h3>${g.head}</h3><table class="findings"><thead><tr><th>${escapeHtml(L.findingCols.cell)}</th>` +
            `<th>${escapeHtml(L.findingCols.sev)}</th><th>${escapeHtml(L.findingCols.message)}</th></tr></thead><tbody>`,
          ...g.rows,
          '</tbody></table></div>',
        );
      }
      out.push(`<p class="nomatch small" hidden>${escapeHtml(L.noMatch)}</p>`);
    }
    if (r.unrecognized.length > 0) {
      out.push(`<h3>${escapeHtml(L.unrecognized)}</h3><ul class="unrec">`);
      for (const u of r.unrecognized) out.push(`<li>${escapeHtml(`${u.sheet}!${u.range}  ${u.text}`)}</li>`);
      out.push('</ul>');
    }
    out.push('</section>');
  });
  failed.forEach((f, j) => {
    const i = reports.length + j;
    out.push(
      `<section class="wb" id="wb-${i}" data-wb="${i}">`,
      `<h2><span class="st st-failed" title="${escapeHtml(L.statusTitle.failed)}">?</span>${escapeHtml(`${i + 1}. ${f.file}`)}</h2>`,
      `<p class="failed-reason">${escapeHtml(L.couldNotRead + f.reason)}</p></section>`,
    );
  });
  out.push('</main>', `<script>${SCRIPT}</script>`, '</body></html>', '');
  return out.join('\n');
}
