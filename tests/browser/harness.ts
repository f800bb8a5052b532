/**
 * What the browser tests share: Debian's Chromium (never a downloaded browser), a webpack build of the pane and of the
 * in-memory host into their own folder under tests/artifacts/, a static server on 127.0.0.1, and a page whose office.js
 * request is answered by the host loaded with a workbook — every other request outside the server is refused (offline).
 */
import { existsSync, mkdirSync, readFileSync } from 'fs';
import http from 'http';
import path from 'path';
import type { AddressInfo } from 'net';
import webpack from 'webpack';
import type { Grid } from '../../src/core/grid';

export const CHROMIUM = '/usr/bin/chromium';
const root = path.join(__dirname, '..', '..');
export const artifacts = path.join(root, 'tests', 'artifacts');

/** describe, or describe.skip with a warning when Chromium is absent outside CI (in CI a missing browser fails). */
export function browserDescribe(): jest.Describe {
  const skip = !existsSync(CHROMIUM) && process.env.CI !== 'true';
  if (skip) console.warn(`browser test skipped: ${CHROMIUM} is absent (install it with apt-get install chromium)`);
  return skip ? describe.skip : describe;
}

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

export interface Served {
  base: string;
  hostJs: string;
  close(): Promise<void>;
}

/** Builds the pane into tests/artifacts/<dist>/ and the host into tests/artifacts/<host>/, then serves the pane. */
export async function buildAndServe(dist: string, host: string): Promise<Served> {
  mkdirSync(artifacts, { recursive: true });
  const outDir = path.join(artifacts, dist);
  const hostDir = path.join(artifacts, host);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(path.join(root, 'webpack.config.js')) as (env: unknown, argv: unknown) => Promise<webpack.Configuration>;
  const app = await makeConfig({ outDir: path.relative(root, outDir) }, { mode: 'development' });
  await compile({ ...app, context: root, mode: 'development', devtool: false });
  await compile({
    context: root,
    mode: 'development',
    devtool: false,
    entry: { host: './tests/browser/host-entry.ts' },
    output: { path: hostDir, filename: 'host.js', clean: true },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        { test: /\.ts$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'es2020' } } } },
      ],
    },
  });
  const server = http.createServer((req, res) => {
    const p = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '');
    const file = path.join(outDir, p || 'taskpane.html');
    if (!file.startsWith(outDir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    hostJs: readFileSync(path.join(hostDir, 'host.js'), 'utf8'),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

export type Browser = Awaited<ReturnType<(typeof import('playwright-core'))['chromium']['launch']>>;
export type Page = Awaited<ReturnType<Browser['newPage']>>;

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * Routes a page: office.js → `setup` (globals for the host, e.g. the workbook) followed by the host; the pane's own
 * files → the server; anything else is refused, as the add-in must work offline apart from office.js.
 */
export async function routeOffline(page: Page, served: Served, globals: Record<string, unknown>): Promise<void> {
  const setup = Object.entries(globals)
    .map(([k, v]) => `window.${k}=${JSON.stringify(v)};`)
    .join('');
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('https://appsforoffice.microsoft.com/')) return route.fulfill({ contentType: 'text/javascript', body: `${setup}\n${served.hostJs}` });
    if (url.startsWith(served.base)) return route.continue();
    return route.abort();
  });
}

export type { Grid };
