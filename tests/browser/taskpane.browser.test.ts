/**
 * The task pane in real Chromium (Debian's /usr/bin/chromium via playwright-core): build it, serve dist/ on
 * 127.0.0.1, answer the office.js URL with the in-memory host loaded with the seed workbook, click 校验, check the
 * findings list, click a finding, check the selected cell, save a screenshot to tests/artifacts/.
 */
import { writeFileSync } from 'fs';
import path from 'path';
import { audit } from '../../src/core';
import type { Grid } from '../../src/core/grid';
import { seedGrid } from '../excel/helpers';
import { workbookToGrid } from '../../src/cli/xlsx';
import { buildShanghaiWorkbook } from '../fixtures/shanghai-workbook';
import { artifacts, browserDescribe, buildAndServe, launchChromium, routeOffline, Served } from './harness';
import type { Browser, Page } from './harness';

const maybe = browserDescribe();

maybe('task pane in Chromium', () => {
  jest.setTimeout(240_000);
  let served: Served;
  let browser: Browser;
  type HostModel = { selection: { sheet: string; address: string } | null; activeSheet: string; notes: Map<string, string> };
  const hostModel = (page: Page) =>
    page.evaluate(() => {
      const m = (window as unknown as { __BTA_HOST__: { model: HostModel } }).__BTA_HOST__.model;
      return { selection: m.selection, active: m.activeSheet, notes: m.notes.size };
    });

  beforeAll(async () => {
    served = await buildAndServe('dist', 'host');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  /** A pane at `width` px with the host loaded with `grid`, reporting `lang` as Office's display language. */
  async function openPane(grid: Grid, opts: { lang?: string; width?: number; protectedSheets?: string[] } = {}) {
    const page = await browser.newPage({ viewport: { width: opts.width ?? 320, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await routeOffline(page, served, { __BTA_GRID__: grid, __BTA_LANG__: opts.lang ?? 'zh-CN', __BTA_PROTECTED__: opts.protectedSheets ?? [] });
    await page.goto(`${served.base}/taskpane.html`);
    return { page, errors };
  }

  /** No horizontal scrolling at the pane's width, and every finding's text fits inside it at a readable size. */
  async function layoutAt320(page: Page) {
    return page.evaluate(() => {
      const doc = document.documentElement;
      const items = Array.from(document.querySelectorAll<HTMLElement>('[data-testid="finding"]'));
      return {
        scrollWidth: doc.scrollWidth,
        items: items.length,
        outside: items.filter((el) => el.getBoundingClientRect().right > 320 || el.getBoundingClientRect().left < 0).length,
        clipped: items.filter((el) => el.scrollWidth > el.clientWidth + 1).length,
        smallest: Math.min(...items.map((el) => parseFloat(getComputedStyle(el.querySelector('span, p, div') ?? el).fontSize))),
      };
    });
  }

  test('校验 lists the seed findings; a click selects the cell; 320 px wide without horizontal scrolling', async () => {
    const grid = await seedGrid();
    const expected = audit(grid, { locale: 'zh-CN' });
    const { page, errors } = await openPane(grid);
    try {
      await page.getByTestId('validate').click();
      await page.getByTestId('summary').waitFor();
      const items = page.getByTestId('finding');
      expect(await waitForCount(items, expected.findings.length)).toBe(expected.findings.length);
      const texts = await items.allInnerTexts();
      for (const f of expected.findings) expect(texts.some((t) => t.includes(f.message))).toBe(true);
      // the summary: errors, warnings, 尾差, tables recognised
      const summary = await page.getByTestId('summary').innerText();
      for (const label of ['错误', '警告', '尾差', '已识别表']) expect(summary).toContain(label);
      expect(summary).toContain(String(expected.tables.length));
      // expected vs actual and the cell are shown with the message
      const c7 = await page.locator('[data-testid="finding"][data-cell="附表2!C7"]').first().innerText();
      expect(c7).toContain('单元格 附表2!C7');
      expect(c7).toMatch(/应为 [\d,.]+/);

      // flags were written in the workbook
      expect((await hostModel(page)).notes).toBeGreaterThan(0);

      const layout = await layoutAt320(page);
      expect(layout.scrollWidth).toBeLessThanOrEqual(320);
      expect(layout.items).toBe(expected.findings.length);
      expect(layout.outside).toBe(0);
      expect(layout.clipped).toBe(0);
      expect(layout.smallest).toBeGreaterThanOrEqual(12);

      await page.locator('[data-testid="finding"][data-cell="附表2!C7"]').first().click();
      await page.waitForFunction(() => !!(window as unknown as { __BTA_HOST__: { model: { selection: unknown } } }).__BTA_HOST__.model.selection);
      const sel = await hostModel(page);
      expect(sel.selection!.sheet).toBe('附表2');
      expect(sel.active).toBe('附表2');
      expect(sel.selection!.address.split(',')[0]).toBe('C7');
      // and its related cells on the same sheet (a multi-area selection, ExcelApi 1.9)
      const related = expected.findings.find((f) => f.location?.sheet === '附表2' && f.location.cell === 'C7')!.related.map((r) => r.cell);
      expect(related.length).toBeGreaterThan(0);
      expect(sel.selection!.address.split(',').slice(1)).toEqual(related);
      expect(await page.locator('[data-cell="附表2!C7"]').first().getAttribute('aria-pressed')).toBe('true');

      // 导出报告: a sheet 审核报告, one row per finding under a header, each located one linked to its cell
      await page.getByTestId('export').click();
      await page.waitForFunction(
        () => !!(window as unknown as { __BTA_HOST__: { model: { sheet(n: string): unknown } } }).__BTA_HOST__.model.sheet('审核报告'),
      );
      const exported = await page.evaluate(() => {
        type Cell = { value: unknown; hyperlink?: string };
        const m = (
          window as unknown as {
            __BTA_HOST__: { model: { sheet(n: string): { usedRect(v: boolean): { r2: number }; peek(r: number, c: number): Cell | undefined } } };
          }
        ).__BTA_HOST__.model;
        const sh = m.sheet('审核报告');
        const rows = sh.usedRect(true).r2;
        const links: string[] = [];
        for (let r = 1; r <= rows; r++) links.push(sh.peek(r, 2)?.hyperlink ?? '');
        return { rows, links };
      });
      expect(exported.rows).toBe(expected.findings.length);
      expect(exported.links).toContain("'附表2'!C7");

      await page.screenshot({ path: path.join(artifacts, 'taskpane-320.png'), fullPage: true });
      writeFileSync(path.join(artifacts, 'taskpane-findings.txt'), texts.join('\n---\n'));

      // the table-recognition view also fits in 320 px
      await page.getByRole('tab', { name: '表格识别' }).click();
      await page.getByTestId('tables').waitFor();
      expect(await page.getByTestId('tables').innerText()).toContain('附表2');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await page.screenshot({ path: path.join(artifacts, 'taskpane-tables-320.png'), fullPage: true });
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('keyboard only: Tab reaches 校验, Enter runs it; Tab reaches a finding, Enter selects its cell', async () => {
    const grid = await seedGrid();
    const { page, errors } = await openPane(grid);
    try {
      const focused = () =>
        page.evaluate(() => ({ id: document.activeElement?.getAttribute('data-testid') ?? '', cell: document.activeElement?.getAttribute('data-cell') ?? '' }));
      let presses = 0;
      while ((await focused()).id !== 'validate' && presses < 10) {
        await page.keyboard.press('Tab');
        presses++;
      }
      expect((await focused()).id).toBe('validate');
      await page.keyboard.press('Enter');
      await page.getByTestId('summary').waitFor();
      await page.getByTestId('finding').first().waitFor();
      presses = 0;
      let f = await focused();
      while (!(f.id === 'finding' && f.cell) && presses < 80) {
        await page.keyboard.press('Tab');
        presses++;
        f = await focused();
      }
      expect(f.id).toBe('finding');
      expect(f.cell).toMatch(/^.+!\w+\d+$/);
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => !!(window as unknown as { __BTA_HOST__: { model: { selection: unknown } } }).__BTA_HOST__.model.selection);
      const sel = await hostModel(page);
      const [sheet, cell] = [f.cell.slice(0, f.cell.lastIndexOf('!')), f.cell.slice(f.cell.lastIndexOf('!') + 1)];
      expect(sel.selection!.sheet).toBe(sheet);
      expect(sel.selection!.address.split(',')[0]).toBe(cell);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('English Office: the pane is in English, findings included', async () => {
    const grid = await seedGrid();
    const expected = audit(grid, { locale: 'en-US' });
    const { page, errors } = await openPane(grid, { lang: 'en-US' });
    try {
      expect(await page.getByTestId('validate').innerText()).toBe('Validate');
      expect(await page.getByTestId('clear').innerText()).toBe('Clear flags');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-US');
      await page.getByTestId('validate').click();
      await page.getByTestId('summary').waitFor();
      const summary = await page.getByTestId('summary').innerText();
      for (const label of ['Errors', 'Warnings', 'Rounding', 'Tables found']) expect(summary).toContain(label);
      const items = page.getByTestId('finding');
      expect(await waitForCount(items, expected.findings.length)).toBe(expected.findings.length);
      const texts = await items.allInnerTexts();
      for (const f of expected.findings) expect(texts.some((t) => t.includes(f.message))).toBe(true);
      expect(texts.join('\n')).toContain('Cell 附表2!C7');
      expect(await page.getByTestId('layout').innerText()).toBe(`Layout: ${expected.layout.name} (detected from the table titles)`);
      expect(await page.getByRole('combobox').innerText()).toContain('Detect automatically');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('a workbook without budget tables: the empty state says what the tool looks for', async () => {
    const grid: Grid = { sheets: [{ name: 'Sheet1', rows: [['会议纪要'], ['2024年3月，讨论了办公用房维修。'], [null, 12, 30]] }] };
    const { page, errors } = await openPane(grid);
    try {
      await page.getByTestId('validate').click();
      await page.getByTestId('empty').waitFor();
      const text = await page.getByTestId('empty').innerText();
      expect(text).toContain('未找到预算公开附表');
      expect(text).toContain('收支总表');
      expect(text).toContain('科目编码');
      expect(await page.getByTestId('summary').innerText()).toMatch(/0\s*已识别表/);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await page.screenshot({ path: path.join(artifacts, 'taskpane-empty-320.png'), fullPage: true });
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('报表格式: a Shanghai workbook shows the Shanghai layout and 0 errors; 财政部九张附表 chosen re-validates with the missing 项目支出表; keyboard; 320 px', async () => {
    const grid = await workbookToGrid(buildShanghaiWorkbook().workbook);
    const detected = audit(grid, { locale: 'zh-CN' });
    const asStandard = audit(grid, { locale: 'zh-CN', layout: 'standard' });
    const missing = asStandard.findings.find((f) => f.rule === 'meta/required-tables' && f.message.includes('项目支出表'))!;
    expect(missing.severity).toBe('error');
    const { page, errors } = await openPane(grid);
    const stats = async () => (await page.getByTestId('summary').innerText()).split(/\s+/).filter(Boolean);
    const stateText = () =>
      page.evaluate(() => {
        const m = (
          window as unknown as { __BTA_HOST__: { model: { sheet(n: string): { peek(r: number, c: number): { value: unknown } | undefined } | undefined } } }
        ).__BTA_HOST__.model;
        return String(m.sheet('BTA_State')?.peek(0, 0)?.value ?? '');
      });
    try {
      await page.getByTestId('validate').click();
      await page.getByTestId('layout').waitFor();
      expect(await page.getByTestId('layout').innerText()).toBe('报表格式：上海市部门预算公开格式（按表名识别）');
      expect(await page.getByTestId('layout-section').innerText()).toContain('财务收支预算总表');
      expect((await stats()).slice(0, 2)).toEqual(['0', '错误']);
      expect(await waitForCount(page.getByTestId('finding'), detected.findings.length)).toBe(detected.findings.length);
      expect(await page.getByRole('combobox').innerText()).toContain('自动识别');
      expect(await page.getByRole('checkbox', { name: '各单位均为行政单位或参公事业单位' }).isChecked()).toBe(false);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

      // the user picks 财政部九张附表: the pane validates again with it
      await page.getByRole('combobox').click();
      await page.getByRole('option', { name: '财政部九张附表' }).click();
      await page.getByText('报表格式：财政部九张附表格式（按您的选择）').waitFor();
      expect(await waitForCount(page.getByTestId('finding'), asStandard.findings.length)).toBe(asStandard.findings.length);
      expect((await stats()).slice(0, 2)).toEqual([String(asStandard.summary.errors), '错误']);
      expect(await page.getByTestId('findings').innerText()).toContain(missing.message);
      expect(await page.getByRole('combobox').innerText()).toContain('财政部九张附表');
      // remembered in the workbook for the ribbon's 校验预算
      expect(await stateText()).toContain('"layout":"standard"');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await page.screenshot({ path: path.join(artifacts, 'taskpane-layout-320.png'), fullPage: true });

      // keyboard only: back to 自动识别 from the dropdown, then tick 各单位均为行政单位 with Space
      await page.getByRole('combobox').focus();
      await page.keyboard.press('Enter');
      await page.getByRole('option', { name: '自动识别' }).waitFor();
      await page.keyboard.press('Home');
      await page.keyboard.press('Enter');
      await page.getByText('报表格式：上海市部门预算公开格式（按表名识别）').waitFor();
      expect(await waitForCount(page.getByTestId('finding'), detected.findings.length)).toBe(detected.findings.length);
      expect((await stats()).slice(0, 2)).toEqual(['0', '错误']);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('checkbox');
      await page.keyboard.press('Space');
      const admin = audit(grid, { locale: 'zh-CN', adminOnly: true });
      await page.waitForFunction(() => document.querySelector('[data-testid="summary"]')?.textContent?.startsWith('1'));
      expect(await waitForCount(page.getByTestId('finding'), admin.findings.length)).toBe(admin.findings.length);
      expect(await page.getByTestId('findings').innerText()).toContain('机关运行经费');
      expect(await stateText()).toContain('"adminOnly":true');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('a protected sheet: the pane says it could not be flagged, the other findings are listed', async () => {
    const grid = await seedGrid();
    const { page, errors } = await openPane(grid, { protectedSheets: ['附表4'] });
    try {
      await page.getByTestId('validate').click();
      await page.getByTestId('flag-notice').first().waitFor();
      expect(await page.getByTestId('flag-notice').first().innerText()).toContain('以下工作表受保护，未能标记（校验结果仍然有效）： 附表4');
      expect(await page.locator('[data-testid="finding"][data-cell^="附表4!"]').count()).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
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
