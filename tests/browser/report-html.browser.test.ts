/**
 * The batch report page (src/cli/html.ts, `--format html`) in real Chromium (Debian's /usr/bin/chromium via
 * playwright-core, never a downloaded browser), opened from a file:// URL as a reviewer opens it: no console error,
 * no request leaves the page, the summary's counts are the reports', and the severity, text and workbook filters
 * hide and show the finding rows. The batch: the seed, the mended seed, the Shanghai example and a file that could not
 * be read. A screenshot goes to tests/artifacts/report-html.png. Also, outside the browser: escaping, 0 and 200
 * workbooks.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { pathToFileURL } from 'url';
import { audit } from '../../src/core/audit';
import type { Finding, Report } from '../../src/core/report';
import { workbookToGrid } from '../../src/cli/xlsx';
import { buildHtmlReport } from '../../src/cli/html';
import { mendedGrid, seedGrid } from '../core/helpers';
import { buildShanghaiWorkbook } from '../fixtures/shanghai-workbook';
import { artifacts, browserDescribe, launchChromium, type Browser, type Page } from './harness';

const strip = (r: Report): Report => {
  const { typed: _t, ...rest } = r as Report & { typed?: unknown };
  return rest as Report;
};

const FAILED = { file: '各部门/损坏的.xlsx', reason: '文件不是有效的 .xlsx（无法解压） / not a valid .xlsx file' };
const GENERATED = new Date(2026, 11, 1, 9, 30);

let seed: Report, mended: Report, shanghai: Report;
beforeAll(async () => {
  seed = strip(audit(await seedGrid(), { file: 'xianning-2024-seed.xlsx' }));
  mended = strip(audit(await mendedGrid(), { file: 'xianning-2024-mended.xlsx' }));
  shanghai = strip(audit(await workbookToGrid(buildShanghaiWorkbook().workbook), { file: 'shanghai-wanli-2025.xlsx' }));
}, 120_000);

describe('the HTML report, as text', () => {
  test('every string from a workbook is escaped: file, sheet, message, org, reason', () => {
    const evil = '<img src=x onerror="alert(1)">&\'"';
    const f: Finding = {
      rule: 'sum/children',
      severity: 'error',
      message: `合计 <script>alert(1)</script> & "引号" '单引号'`,
      messageId: 'x',
      data: {},
      location: { sheet: `表<b>1</b>&`, cell: 'B2' },
      related: [],
      expected: '1 < 2',
      actual: '"3"',
    };
    const r: Report = {
      ...mended,
      file: `${evil}.xlsx`,
      tables: [{ ...mended.tables[0], sheet: `表<b>1</b>&`, org: evil, name: `<i>名</i>` }],
      findings: [f],
      unrecognized: [{ sheet: '<u>', range: 'A1:B2', text: '</section><h1>' }],
      summary: { errors: 1, warnings: 0, infos: 0, rounding: 0 },
    };
    const html = buildHtmlReport([r], { lang: 'zh', failed: [{ file: '<x>.xlsx', reason: '</td><td class="pwn">' }], generated: GENERATED });
    const body = html.slice(html.indexOf('<body>'), html.lastIndexOf('<script>'));
    for (const bad of ['<img', '<script>alert', '<b>1', '<i>名', '<u>', '</section><h1>', '<x>', 'class="pwn"']) expect(body).not.toContain(bad);
    expect(body).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;&quot;.xlsx');
    expect(body).toContain('表&lt;b&gt;1&lt;/b&gt;&amp;!B2');
    expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;引号&quot; &#39;单引号&#39;');
    expect(html.match(/<script>/g)).toHaveLength(1);
  });

  test('0 workbooks: a page that says so', () => {
    const html = buildHtmlReport([], { lang: 'zh', generated: GENERATED });
    expect(html).toContain('没有工作簿。');
    expect(html).toContain('共 0 个工作簿');
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'"`);
  });

  test('200 workbooks: built in linear time, every finding once', () => {
    const batch = Array.from({ length: 200 }, (_x, i) => ({ ...(i % 2 ? mended : seed), file: `部门${i + 1}.xlsx` }));
    const t0 = Date.now();
    const html = buildHtmlReport(batch, { lang: 'zh', generated: GENERATED });
    const ms = Date.now() - t0;
    expect(ms).toBeLessThan(3000);
    expect(html.split('<tr class="f"').length - 1).toBe(100 * seed.findings.length);
    expect(html.split('<section class="wb"').length - 1).toBe(200);
    // twice the batch, about twice the page (not four times)
    const big = buildHtmlReport([...batch, ...batch], { lang: 'zh', generated: GENERATED });
    expect(big.length / html.length).toBeLessThan(2.1);
  });
});

const maybe = browserDescribe();

maybe('the HTML report in Chromium', () => {
  jest.setTimeout(180_000);
  let browser: Browser;
  let dir: string;
  beforeAll(async () => {
    browser = await launchChromium();
    mkdirSync(artifacts, { recursive: true });
    dir = mkdtempSync(path.join(os.tmpdir(), 'report-html-'));
  });
  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Opens the page from a file:// URL; every request but the page itself is refused and recorded. */
  async function open(html: string, name: string, width = 1280): Promise<{ page: Page; problems: string[] }> {
    const file = path.join(dir, name);
    writeFileSync(file, html, 'utf8');
    const url = pathToFileURL(file).href;
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${String(e)}`));
    page.on('request', (r) => {
      if (r.url() !== url) problems.push(`request: ${r.url()}`);
    });
    await page.route('**/*', (route) => {
      if (route.request().url() === url) return route.continue();
      problems.push(`routed request: ${route.request().url()}`);
      return route.abort();
    });
    await page.goto(url);
    await page.waitForSelector('#filters:not([hidden])');
    return { page, problems };
  }

  const visibleRows = (page: Page) =>
    page.$$eval('tr.f', (rows) =>
      rows.filter((r) => (r as HTMLElement).offsetParent !== null).map((r) => ({ sev: r.getAttribute('data-sev'), text: r.textContent ?? '' })),
    );

  test('the batch: no console error, no request; summary counts; severity, text and workbook filters; screenshot', async () => {
    const reports = [seed, mended, shanghai];
    const { page, problems } = await open(buildHtmlReport(reports, { lang: 'zh', failed: [FAILED], generated: GENERATED }), 'report.html');
    try {
      // The summary: one row per workbook with its counts and status.
      const rows = await page.$$eval('#summary tbody tr[data-wb]', (trs) =>
        trs.map((tr) => ({
          file: tr.querySelector('a')?.textContent,
          errors: tr.querySelector('[data-col=errors]')?.textContent ?? null,
          warnings: tr.querySelector('[data-col=warnings]')?.getAttribute('data-n') ?? null,
          infos: tr.querySelector('[data-col=infos]')?.textContent ?? null,
          status: tr.querySelector('[data-status]')?.textContent,
        })),
      );
      expect(rows).toEqual([
        ...reports.map((r) => ({
          file: r.file,
          errors: String(r.summary.errors),
          warnings: String(r.summary.warnings),
          infos: String(r.summary.infos),
          status: r.summary.errors > 0 ? '✖' : '✔',
        })),
        { file: FAILED.file, errors: null, warnings: null, infos: null, status: '?' },
      ]);
      expect(rows[0]).toMatchObject({ errors: '5', warnings: '12', status: '✖' });
      expect(rows[2]).toMatchObject({ errors: '0', warnings: '10', status: '✔' });
      expect(await page.textContent('#summary tbody tr[data-wb="3"]')).toContain('未能读取此文件：');
      const total = reports.reduce((n, r) => n + r.findings.length, 0);
      expect(await page.$$eval('tr.f', (x) => x.length)).toBe(total);
      expect((await visibleRows(page)).length).toBe(total);
      expect(await page.textContent('#shown')).toBe(`显示 ${total} / ${total} 条`);

      // Findings grouped by table: the seed's 附表-2 group holds its blank 合计 at C7.
      const groupOfC7 = await page.$eval(
        '#wb-0',
        (s) =>
          Array.from(s.querySelectorAll('div.group'))
            .find((g) => g.textContent!.includes('附表2!C7'))!
            .querySelector('h3')!.textContent,
      );
      expect(groupOfC7).toContain('附表-2 收入总表');
      expect(await page.textContent('#wb-1')).toContain('未发现问题。');
      expect(await page.textContent('#wb-3')).toContain(FAILED.reason);

      await page.screenshot({ path: path.join(artifacts, 'report-html.png'), fullPage: true });

      // Severity: warnings off → no warning row shown, the others all still there.
      const warnings = reports.reduce((n, r) => n + r.summary.warnings, 0);
      await page.uncheck('input[data-sev=warning]');
      let shown = await visibleRows(page);
      expect(shown.length).toBe(total - warnings);
      expect(shown.every((r) => r.sev !== 'warning')).toBe(true);
      // Shanghai has only warnings: its findings vanish and it says nothing matches.
      expect(await page.isVisible('#wb-2 .nomatch')).toBe(true);
      await page.check('input[data-sev=warning]');
      expect((await visibleRows(page)).length).toBe(total);

      // Text: 济宁 is in one finding only (附表-4's org name).
      await page.fill('#q', '济宁');
      shown = await visibleRows(page);
      expect(shown).toHaveLength(1);
      expect(shown[0].text).toContain('附表4!A3');
      expect(await page.textContent('#shown')).toBe(`显示 1 / ${total} 条`);
      expect(await page.$$eval('#wb-0 div.group', (gs) => gs.filter((g) => !(g as HTMLElement).hidden).length)).toBe(1);
      // …and by cell, case-insensitively.
      await page.fill('#q', '表5!e6');
      shown = await visibleRows(page);
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.every((r) => r.text.includes('表5!E6'))).toBe(true);
      await page.fill('#q', '');
      expect((await visibleRows(page)).length).toBe(total);

      // Workbook: only Shanghai's section and summary row.
      await page.selectOption('#wb', '2');
      shown = await visibleRows(page);
      expect(shown).toHaveLength(shanghai.findings.length);
      expect(await page.isVisible('#wb-0')).toBe(false);
      expect(await page.isVisible('#wb-2')).toBe(true);
      expect(
        await page.$$eval('#summary tbody tr[data-wb]', (trs) => trs.filter((t) => !(t as HTMLElement).hidden).map((t) => t.getAttribute('data-wb'))),
      ).toEqual(['2']);
      await page.selectOption('#wb', '');
      expect((await visibleRows(page)).length).toBe(total);

      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('English, hostile names and 200 workbooks: still no console error or request, filters still work', async () => {
    const evil = { ...seed, file: '<img src="http://example.invalid/x.png">.xlsx' };
    const batch = [evil, ...Array.from({ length: 199 }, (_x, i) => ({ ...(i % 2 ? mended : seed), file: `dept-${i + 2}.xlsx` }))];
    const { page, problems } = await open(buildHtmlReport(batch, { lang: 'en', generated: GENERATED }), 'report-200.html');
    try {
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect(await page.$$eval('img', (x) => x.length)).toBe(0);
      expect(await page.textContent('#wb-0 h2')).toContain('<img src="http://example.invalid/x.png">.xlsx');
      const total = batch.reduce((n, r) => n + r.findings.length, 0);
      expect(await page.textContent('#shown')).toBe(`Showing ${total} of ${total}`);
      const t0 = Date.now();
      await page.uncheck('input[data-sev=error]');
      expect(Date.now() - t0).toBeLessThan(5000);
      const errors = batch.reduce((n, r) => n + r.summary.errors, 0);
      expect(await page.textContent('#shown')).toBe(`Showing ${total - errors} of ${total}`);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
