/**
 * narrative/item-prior: an item line's “与上年相比增加 D 万元，增长 P%” against last year's amount of the 科目 in last
 * year's tables (PriorFacts.items, as --prior LAST-YEAR.xlsx reads them). The Jiangsu 2019 texts as published, with
 * last year's tables as the texts imply them (tests/fixtures/jiangsu-item-lines.ts: amount ∓ change, by script): the
 * one percentage the figures do not give is reported (省委办公厅 行政运行 16.07% for 16.0776%), the rest is right. With
 * one of last year's figures changed, the change in amount, the direction and the percentage are reported.
 */
import Decimal from 'decimal.js';
import { checkNarrative, emptyPriorFacts, type PriorFacts } from '../../../src/core/narrative';
import rule from '../../../src/core/narrative/rules/item-prior';
import { JIANGSU_ITEM_LINES } from '../../fixtures/jiangsu-item-lines';
import { jiangsuParagraph, jiangsuParagraphs, jiangsuTables, runNarrativeRule } from '../rule-tester';

type Doc = 'swbgt' | 'rdcwh' | 'gy';
/** Last year's tables as the text implies them, with some figures replaced. */
function implied(doc: Doc, replace: Record<string, string | { amount: string; name: string }> = {}): () => PriorFacts {
  return () => {
    const p = emptyPriorFacts();
    p.items = {};
    for (const x of JIANGSU_ITEM_LINES) if (x.doc === doc) p.items[x.code] = { amount: new Decimal(x.last) };
    for (const [code, v] of Object.entries(replace))
      p.items[code] = typeof v === 'string' ? { amount: new Decimal(v) } : { amount: new Decimal(v.amount), name: v.name };
    return p;
  };
}
const whole = (doc: Doc) => jiangsuParagraphs(doc).join('\n');
const AT = (doc: Doc, part: string) => jiangsuParagraphs(doc).findIndex((p) => p.includes(part)) + 1;
const JIGUAN = '法院（款）机关服务（项）支出 1400 万元';

runNarrativeRule(rule, {
  year: 2019,
  valid: [
    { name: '人大常委会办公厅 2019, as published', text: whole('rdcwh'), tables: jiangsuTables('rdcwh'), prior: implied('rdcwh') },
    { name: '高院 2019, as published', text: whole('gy'), tables: jiangsuTables('gy'), prior: implied('gy') },
    { name: 'no items of last year: nothing to judge', text: whole('gy'), tables: jiangsuTables('gy'), prior: emptyPriorFacts() },
    {
      name: 'last year’s row of that code has another name: not the same 科目, not judged',
      text: jiangsuParagraph('gy', JIGUAN),
      tables: jiangsuTables('gy'),
      prior: implied('gy', { '2040503': { amount: '1000', name: '其他法院支出' } }),
    },
    {
      name: 'the same name but for 支出 is the same 科目',
      text: jiangsuParagraph('gy', JIGUAN),
      tables: jiangsuTables('gy'),
      prior: implied('gy', { '2040503': { amount: '1600', name: '机关服务支出' } }),
    },
    {
      name: 'a 科目 new this year (0 last year): “增长100%” is a convention, not judged',
      text: '法院（款）机关服务（项）支出 1400 万元，与上年相比增加 1400 万元，增长 100%。',
      tables: jiangsuTables('gy'),
      prior: implied('gy', { '2040503': '0' }),
    },
  ],
  invalid: [
    {
      name: '省委办公厅 2019, as published: 16.07% for 1297.83 ÷ 8072.29 = 16.0776%, a warning',
      text: whole('swbgt'),
      tables: jiangsuTables('swbgt'),
      prior: implied('swbgt'),
      errors: [{ messageId: 'itemPercent', paragraph: AT('swbgt', '行政运行（项）支出9370.12'), severity: 'warning', expected: '16.08%', actual: '16.07%' }],
    },
    {
      name: 'last year 1610: the decrease is 210, not 200 (and 13.04%, not 12.5%)',
      text: jiangsuParagraph('gy', JIGUAN),
      tables: jiangsuTables('gy'),
      prior: implied('gy', { '2040503': '1610' }),
      errors: [
        { messageId: 'itemChange', severity: 'error', expected: '210', actual: '200', message: '按上年附表 1610 万元、本年 1400 万元计算应为减少 210 万元' },
        { messageId: 'itemPercent', severity: 'error', expected: '13.0%' },
      ],
    },
    {
      name: 'last year 1300: an increase, not a decrease',
      text: jiangsuParagraph('gy', JIGUAN),
      tables: jiangsuTables('gy'),
      prior: implied('gy', { '2040503': '1300' }),
      errors: [{ messageId: 'itemDirection', message: '应为“增加”', related: ['公开07表!C10'] }],
    },
  ],
});

test('where item-prior judges a percentage, percent-figures leaves it (one finding, not two)', async () => {
  const tables = await jiangsuTables('swbgt')();
  const para = jiangsuParagraph('swbgt', '行政运行（项）支出9370.12');
  const rules = (prior: PriorFacts) => checkNarrative(para, tables, prior, { year: 2019 }).map((f) => f.rule);
  expect(rules(emptyPriorFacts())).toEqual(['narrative/percent-figures']);
  expect(rules(implied('swbgt')())).toEqual(['narrative/item-prior']);
});
