/**
 * The 说明 view in real Chromium on the real Shanghai 2026 department template (filled in code): after 生成 the pane
 * says which of the template's cells 插入到模板的说明页 will write; the click writes them; a cell with the user's own
 * words is named before the click and asked about (取消 keeps it, 替换 writes it).
 * Builds into its own folders under tests/artifacts so it can run beside the other browser tests.
 */
import path from 'path';
import { workbookToGrid } from '../../src/cli/xlsx';
import { filledTemplate } from '../fixtures/shanghai-templates';
import { artifacts, browserDescribe, buildAndServe, launchChromium, routeOffline, Served } from './harness';

const maybe = browserDescribe();

type HostWindow = {
  __BTA_HOST__: {
    model: { sheet(name: string): { peek(r: number, c: number): { value: unknown } | undefined; cell(r: number, c: number): { value: unknown } } | undefined };
  };
};

maybe('说明 view on the Shanghai template in Chromium', () => {
  jest.setTimeout(240_000);
  let served: Served;
  beforeAll(async () => {
    served = await buildAndServe('explain-template-dist', 'explain-template-host');
  });
  afterAll(async () => {
    await served?.close();
  });

  test('生成 → the cells to be written listed; 插入到模板的说明页 writes them; the user’s words asked about first', async () => {
    const grid = await workbookToGrid(await filledTemplate('department'));
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await routeOffline(page, served, { __BTA_GRID__: grid });
      await page.goto(`${served.base}/taskpane.html`);
      await page.getByRole('tab', { name: '说明' }).click();
      await page.getByTestId('explain-generate').click();
      const where = page.getByTestId('explain-template-where');
      await where.waitFor();
      expect(await where.innerText()).toBe('将写入模板的单元格：部门编制说明!A3、A4、A5；其他相关情况说明!A3；清空多余的条目行 部门编制说明!A6');
      const text = await page.getByTestId('explain-preview').inputValue();
      await page.screenshot({ path: path.join(artifacts, 'explain-template-320.png'), fullPage: true });

      const cell = (sheet: string, r: number) =>
        page.evaluate(
          ([s, row]) => ((window as unknown as HostWindow).__BTA_HOST__.model.sheet(s as string)!.peek(row as number, 0)?.value ?? null) as string | null,
          [sheet, r] as const,
        );
      await page.getByTestId('explain-insert-template').click();
      await page.getByTestId('explain-notice').waitFor();
      expect(await page.getByTestId('explain-notice').innerText()).toContain('已写入 5 个单元格：部门编制说明!A3、A4、A5、A6；其他相关情况说明!A3');
      const a4 = await cell('部门编制说明', 3);
      expect(a4).toMatch(/^ {4}1\. “一般公共服务支出（类）/);
      expect(text).toContain(a4!.trim());
      expect(await cell('部门编制说明', 5)).toBeNull();
      expect(await cell('其他相关情况说明', 2)).toMatch(/^ {2}一、2026年“三公”经费预算情况说明\n/);

      // the user writes A3 themselves; generated again, the pane names the cell before the click
      const own = '    2026年，本局收入预算100万元，全部为财政拨款。';
      await page.evaluate((v) => ((window as unknown as HostWindow).__BTA_HOST__.model.sheet('部门编制说明')!.cell(2, 0).value = v), own);
      await page.getByTestId('explain-generate').click();
      await page.getByText('部门编制说明!A3 有您填写的文字：插入时会先询问是否替换。').waitFor();
      await page.getByTestId('explain-insert-template').click();
      await page.getByTestId('explain-cancel').click();
      expect(await cell('部门编制说明', 2)).toBe(own);
      await page.getByTestId('explain-insert-template').click();
      await page.getByTestId('explain-confirm').click();
      await page.getByTestId('explain-confirm').waitFor({ state: 'detached' });
      await page.getByTestId('explain-notice').waitFor();
      expect(await cell('部门编制说明', 2)).toContain('财政拨款支出主要内容如下：');
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
