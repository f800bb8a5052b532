/**
 * The task pane in real Chromium (Debian's /usr/bin/chromium via playwright-core): build it, serve dist/ on
 * 127.0.0.1, answer the office.js URL with the in-memory host loaded with the seed workbook, click 校验, check the
 * findings list, click a finding, check the selected cell, save a screenshot to tests/artifacts/.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import http from 'http';
import path from 'path';
import type { AddressInfo } from 'net';
import webpack from 'webpack';
import { audit } from '../../src/core';
import { seedGrid } from '../excel/helpers';

const root = path.join(__dirname, '..', '..');
const artifacts = path.join(root, 'tests', 'artifacts');
const outDir = path.join(artifacts, 'dist');
const CHROMIUM = '/usr/bin/chromium';
const skip = !existsSync(CHROMIUM) && process.env.CI !== 'true';
if (skip) console.warn(`browser test skipped: ${CHROMIUM} is absent (install it with apt-get install chromium)`);
const maybe = skip ? describe.skip : describe;

function compile(config: webpack.Configuration): Promise<void> {
  return new Promise((resolve, reject) =>
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    }),
  );
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.png': 'image/png', '.xml': 'application/xml' };

maybe('task pane in Chromium', () => {
  jest.setTimeout(240_000);
  let server: http.Server;
  let base = '';

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const makeConfig = require(path.join(root, 'webpack.config.js')) as (env: unknown, argv: unknown) => Promise<webpack.Configuration>;
    const app = await makeConfig({ outDir: path.relative(root, outDir) }, { mode: 'development' });
    await compile({ ...app, context: root, mode: 'development', devtool: false });
    await compile({
      context: root,
      mode: 'development',
      devtool: false,
      entry: { host: './tests/browser/host-entry.ts' },
      output: { path: path.join(artifacts, 'host'), filename: 'host.js', clean: true },
      resolve: { extensions: ['.ts', '.js'] },
      module: { rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'es2020' } } } }] },
    });
    server = http.createServer((req, res) => {
      const p = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '');
      const file = path.join(outDir, p || 'taskpane.html');
      if (!file.startsWith(outDir) || !existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((r) => server?.close(r));
  });

  test('校验 lists the seed findings; a click selects the cell', async () => {
    const { chromium } = await import('playwright-core');
    const grid = await seedGrid();
    const expected = audit(grid, { locale: 'zh-CN' });
    const hostJs = readFileSync(path.join(artifacts, 'host', 'host.js'), 'utf8');
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith('https://appsforoffice.microsoft.com/')) {
          return route.fulfill({ contentType: 'text/javascript', body: `window.__BTA_GRID__=${JSON.stringify(grid)};\n${hostJs}` });
        }
        if (url.startsWith(base)) return route.continue();
        return route.abort(); // offline: nothing else is fetched
      });
      await page.goto(`${base}/taskpane.html`);
      await page.getByTestId('validate').click();
      await page.getByTestId('summary').waitFor();
      const items = page.getByTestId('finding');
      expect(await waitForCount(items, expected.findings.length)).toBe(expected.findings.length);
      const texts = await items.allInnerTexts();
      for (const f of expected.findings) expect(texts.some((t) => t.includes(f.message))).toBe(true);

      // flags were written in the workbook
      const flagged = await page.evaluate(() => (window as unknown as { __BTA_HOST__: { model: { notes: Map<string, string> } } }).__BTA_HOST__.model.notes.size);
      expect(flagged).toBeGreaterThan(0);

      await page.locator('[data-testid="finding"][data-cell="附表2!C7"]').click();
      await page.waitForFunction(() => !!(window as unknown as { __BTA_HOST__: { model: { selection: unknown } } }).__BTA_HOST__.model.selection);
      const sel = await page.evaluate(() => {
        const m = (window as unknown as { __BTA_HOST__: { model: { selection: { sheet: string; address: string }; activeSheet: string } } }).__BTA_HOST__.model;
        return { sheet: m.selection.sheet, address: m.selection.address, active: m.activeSheet };
      });
      expect(sel.sheet).toBe('附表2');
      expect(sel.active).toBe('附表2');
      expect(sel.address.split(',')[0]).toBe('C7');
      expect(await page.locator('[data-cell="附表2!C7"]').getAttribute('aria-pressed')).toBe('true');

      await page.screenshot({ path: path.join(artifacts, 'taskpane-320.png'), fullPage: true });
      writeFileSync(path.join(artifacts, 'taskpane-findings.txt'), texts.join('\n---\n'));
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

/** Waits until a locator has n elements (playwright-core has no test-runner expect). */
async function waitForCount(loc: { count(): Promise<number> }, n: number): Promise<number> {
  const until = Date.now() + 30_000;
  let c = await loc.count();
  while (c !== n && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 100));
    c = await loc.count();
  }
  return c;
}
