/**
 * The 说明 view in real Chromium (Debian's /usr/bin/chromium via playwright-core), on the in-memory host loaded with
 * the seed workbook: 生成 fills the preview (机关运行经费, the 【请填写】 count), 插入 writes the sheet 编制说明 one
 * paragraph per row; inserting again asks first (cancel keeps the sheet, 替换 writes the edited text).
 * Builds into its own folders under tests/artifacts so it can run beside taskpane.browser.test.ts.
 */
import { readFileSync } from 'fs';
import path from 'path';
import { audit } from '../../src/core';
import { countPlaceholders, emptyPriorFacts, explanationParagraphs, generateExplanation } from '../../src/core/narrative';
import { seedGrid } from '../excel/helpers';
import { artifacts, browserDescribe, buildAndServe, launchChromium, routeOffline, Served } from './harness';

const maybe = browserDescribe();

type HostWindow = {
  __BTA_HOST__: { model: { sheet(name: string): { peek(r: number, c: number): { value: unknown } | undefined; bold: Set<string> } | undefined } };
};

maybe('说明 view in Chromium', () => {
  jest.setTimeout(240_000);
  let served: Served;
  beforeAll(async () => {
    served = await buildAndServe('explain-dist', 'explain-host');
  });
  afterAll(async () => {
    await served?.close();
  });

  test('生成 → preview with 机关运行经费 and the 【请填写】 count; 插入 → the sheet 编制说明; again → confirm first', async () => {
    const grid = await seedGrid();
    // the seed workbook has no 上年数与说明: what the pane must show
    const expected = generateExplanation(audit(grid).typed, emptyPriorFacts(), { format: 'plain' });
    const paragraphs = explanationParagraphs(expected).map((p) => p.text);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await routeOffline(page, served, { __BTA_GRID__: grid });
      await page.goto(`${served.base}/taskpane.html`);
      await page.getByRole('tab', { name: '说明' }).click();
      await page.getByTestId('explain-generate').click();
      const preview = page.getByTestId('explain-preview');
      await preview.waitFor();
      const text = await preview.inputValue();
      expect(text).toContain('机关运行经费');
      expect(text).toBe(expected.text);
      const count = page.getByTestId('explain-placeholders');
      expect(await count.innerText()).toBe(`还有 ${countPlaceholders(expected.text)} 处待填写`);
      expect(countPlaceholders(expected.text)).toBeGreaterThan(0);

      // the count follows the user's edits
      const firstPlaceholder = expected.placeholders[0];
      const occurrences = expected.text.split(firstPlaceholder).length - 1;
      await preview.fill(expected.text.split(firstPlaceholder).join('市财政局'));
      expect(await count.innerText()).toBe(`还有 ${countPlaceholders(expected.text) - occurrences} 处待填写`);
      await preview.fill(expected.text);

      await page.getByTestId('explain-insert-sheet').click();
      await page.getByTestId('explain-notice').waitFor();
      const sheetRows = () =>
        page.evaluate((n) => {
          const s = (window as unknown as HostWindow).__BTA_HOST__.model.sheet('编制说明');
          if (!s) return null;
          const out: unknown[] = [];
          for (let r = 0; r < n; r++) out.push(s.peek(r, 0)?.value ?? null);
          return out;
        }, paragraphs.length + 2);
      expect(await sheetRows()).toEqual([...paragraphs, null, null]);
      expect(await page.evaluate(() => [...(window as unknown as HostWindow).__BTA_HOST__.model.sheet('编制说明')!.bold].length)).toBe(9);

      // again: the dialog asks; 取消 leaves the sheet as it is
      await preview.fill('第三部分 改写\n只有一段。');
      await page.getByTestId('explain-insert-sheet').click();
      await page.getByTestId('explain-cancel').click();
      expect(await sheetRows()).toEqual([...paragraphs, null, null]);
      // 替换 writes the edited text, nothing of the old one left
      await page.getByTestId('explain-insert-sheet').click();
      // The dialog fades in: the screenshot waits until its surface is fully drawn.
      await page.waitForFunction(() => {
        const el = document.querySelector('[role="dialog"]');
        return !!el && getComputedStyle(el).opacity === '1';
      });
      await page.screenshot({ path: path.join(artifacts, 'explain-confirm-320.png') });
      await page.getByTestId('explain-confirm').click();
      await page.getByTestId('explain-notice').waitFor();
      await page.getByTestId('explain-confirm').waitFor({ state: 'detached' });
      const after = await sheetRows();
      expect(after!.slice(0, 3)).toEqual(['第三部分 改写', '只有一段。', null]);
      expect(after!.every((v, i) => i < 2 || v === null)).toBe(true);

      await page.screenshot({ path: path.join(artifacts, 'explain-320.png'), fullPage: true });

      // 检查说明文字 on the sheet: the user pastes the seed's own text into 编制说明, one paragraph per row
      const seedText = readFileSync(path.join(__dirname, '../narrative/fixtures/xianning-2024-part3.txt'), 'utf8')
        .split(/\r?\n/)
        .map((l) => l.replace(/^#+\s*/, '').trim())
        .filter(Boolean);
      await page.evaluate((lines) => {
        const s = (
          window as unknown as { __BTA_HOST__: { model: { sheet(n: string): { cell(r: number, c: number): { value: unknown } } } } }
        ).__BTA_HOST__.model.sheet('编制说明')!;
        for (let r = 0; r < lines.length + 3; r++) s.cell(r, 0).value = lines[r] ?? null;
      }, seedText);
      await page.getByTestId('explain-check').click();
      await page.getByTestId('explain-findings').waitFor();
      const row = seedText.findIndex((l) => l.includes('25.58')) + 1;
      const hit = page.locator(`[data-testid="narrative-finding"][data-cell="编制说明!A${row}"]`).filter({ hasText: '25.58' });
      expect(await hit.innerText()).toContain('附表6!E6');
      await hit.click();
      await page.waitForFunction(
        (cell) =>
          (window as unknown as { __BTA_HOST__: { model: { selection: { address: string } | null } } }).__BTA_HOST__.model.selection?.address.split(',')[0] ===
          cell,
        `A${row}`,
      );
      expect(await page.evaluate(() => (window as unknown as { __BTA_HOST__: { model: { activeSheet: string } } }).__BTA_HOST__.model.activeSheet)).toBe(
        '编制说明',
      );
      await page.screenshot({ path: path.join(artifacts, 'explain-check-320.png'), fullPage: true });

      // the ribbon's 生成说明 opens taskpane.html?view=explanation (manifest Explain.Url): the text is there at once
      const ribbon = await browser.newPage({ viewport: { width: 320, height: 900 } });
      ribbon.on('pageerror', (e) => errors.push(String(e)));
      await routeOffline(ribbon, served, { __BTA_GRID__: grid });
      await ribbon.goto(`${served.base}/taskpane.html?view=explanation`);
      await ribbon.getByTestId('explain-preview').waitFor();
      expect(await ribbon.getByTestId('explain-preview').inputValue()).toBe(expected.text);
      expect(await ribbon.getByRole('tab', { name: '说明' }).getAttribute('aria-selected')).toBe('true');
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
