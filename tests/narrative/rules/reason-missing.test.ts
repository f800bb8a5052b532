/**
 * narrative/reason-missing: a reason announced is written — not “主要原因是。”, not cut off at the end of a paragraph.
 * Valid cases are real sentences (江苏 2019, Shanghai 2026 filled); the template's own “主要原因是……” is a leftover.
 */
import type { Table } from '../../../src/core/tables/types';
import { checkNarrative, emptyPriorFacts } from '../../../src/core/narrative';
import type { NarrativeInput } from '../../../src/core/narrative';
import { seedTables } from '../helpers';

let tables: Table[];
beforeAll(async () => {
  tables = await seedTables();
});
const all = (s: string | NarrativeInput) => checkNarrative(s, tables, emptyPriorFacts(), { year: 2026 });
const mine = (s: string | NarrativeInput) => all(s).filter((f) => f.rule === 'narrative/reason-missing');
const cell = (c: string) => ({ sheet: '其他相关情况说明', cell: c });

describe('a reason written: no finding', () => {
  test.each([
    '财政拨款收入支出增加的主要原因是人员经费政策性调整。',
    // 江苏省委办公厅 A14: a list of reasons after 主要原因：
    '3．住房保障（类）支出3894.09万元，与上年相比增加878.93万元，增长30%。主要原因：一是因增设机构而增加了在职人数,住房公积金和提租补贴有所增长；二是住房公积金和提租补贴政策性调增。',
    // 人大 A14, 高院 A14.
    '与上年相比增加52.61万元，增加4.92%。主要原因一是在职人员增人增资导致缴纳基本养老保险和职业年金支出增加，二是离休费支出增加。',
    '单位预留机动经费预算数为 5011.4 万元。与上年相比增加1753.34 万元，增长 53.82%，主要原因为单位预留机动安排其他工资福利支出的增加。',
    // The reasons listed on the lines after.
    '公务接待费5.00万元，比2025年预算减少1.00万元，主要原因如下：\n一是厉行节约；\n二是压减公务接待。',
    '公务接待费5.00万元，比2025年预算减少1.00万元，主要原因是\n一是厉行节约；二是压减公务接待。',
    '公务接待费5.00万元，比2025年预算减少1.00万元，主要原因：\n（1）厉行节约。',
  ])('%s', (s) => expect(mine(s)).toEqual([]));
  test('the template’s “主要原因是……” / “xxxxxx” are leftovers, reported once as such', () => {
    const rules = all('（一）因公出国（境）费5万元，比2025年预算增加1万元，主要原因是……。\n财政拨款收入支出增加的主要原因是xxxxxx').map((f) => f.rule);
    expect(rules).toEqual(['narrative/leftover', 'narrative/leftover']);
  });
  test('a reason broken over two lines of its cell goes on', () => {
    const input: NarrativeInput = {
      paragraphs: ['公务接待费5.00万元，比2025年预算减少1.00万元，主要原因是', '厉行节约，压减公务接待。'],
      cells: [cell('A3'), cell('A3')],
    };
    expect(mine(input)).toEqual([]);
  });
});

describe('a reason announced and not written', () => {
  test.each([
    ['（三）公务接待费5.00万元，比2025年预算减少1.00万元，主要原因是。', '主要原因是'],
    ['（三）公务接待费5.00万元，比2025年预算减少1.00万元，主要原因是：。', '主要原因是：'],
    ['（三）公务接待费5.00万元，比2025年预算减少1.00万元，主要原因：；公务用车运行费3.00万元。', '主要原因：'],
  ])('empty: %s', (s, actual) => {
    const fs = mine(s);
    expect(fs.map((f) => [f.messageId, f.severity, f.data.actual])).toEqual([['reasonEmpty', 'warning', actual]]);
    expect(fs[0].message).toBe(`第 1 行：说明中“${actual}”后没有写原因`);
  });
  test('cut off at the end of the text', () => {
    const fs = mine({ paragraphs: ['（三）公务接待费5.00万元，比2025年预算减少1.00万元，主要原因是'], cells: [cell('A8')] });
    expect(fs.map((f) => [f.messageId, f.location?.cell])).toEqual([['reasonCut', 'A8']]);
    expect(fs[0].message).toBe('本段以“主要原因是”结尾，原因没有写完');
  });
  test('cut off before the next item', () => {
    const fs = mine('1．因公出国（境）费预算支出 160 万元，比上年预算减少 10万元，主要原因是\n2．公务用车购置及运行费预算支出 266.8 万元。');
    expect(fs.map((f) => [f.messageId, f.data.paragraph])).toEqual([['reasonCut', '1']]);
  });
});
