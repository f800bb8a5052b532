/** The explanation as paragraphs (what a host writes one per row) and the 【请填写】 count the pane shows. */
import { countPlaceholders, emptyPriorFacts, explanationParagraphs, generateExplanation, paragraphsOfText } from '../../src/core/narrative';
import { seedPrior, seedTables } from './helpers';

test('the plain and the Markdown text split back into the same paragraphs; title and section titles are headings', async () => {
  const tables = await seedTables();
  const plain = generateExplanation(tables, seedPrior(), { format: 'plain' });
  const md = generateExplanation(tables, seedPrior());
  const want = explanationParagraphs(plain);
  expect(paragraphsOfText(plain.text)).toEqual(want);
  expect(paragraphsOfText(md.text)).toEqual(want);
  expect(want.filter((p) => p.heading).map((p) => p.text)).toEqual([plain.title, ...plain.sections.map((s) => s.title)]);
  expect(want[0]).toEqual({ text: '第三部分 2024 年部门预算编制情况及说明', heading: true });
});

test('a long paragraph that starts with （一） is not a heading', () => {
  const ps = paragraphsOfText('（一）预算收支\n（一）本单位 2024 年部门收入预算总额为 1205.56 万元，比上年减少 1686.52 万元，减少 58.32%。');
  expect(ps.map((p) => p.heading)).toEqual([true, false]);
});

test('placeholders are counted each time they occur, and vanish as the user fills them', async () => {
  const e = generateExplanation(await seedTables(), emptyPriorFacts(), { format: 'plain' });
  const n = countPlaceholders(e.text);
  expect(n).toBeGreaterThanOrEqual(e.placeholders.length);
  expect(n).toBeGreaterThan(10);
  const first = e.placeholders[0];
  const once = e.text.replace(first, '市财政局');
  expect(countPlaceholders(once)).toBe(n - 1);
  expect(countPlaceholders('没有占位符')).toBe(0);
});
