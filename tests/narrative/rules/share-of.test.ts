/** narrative/share-of: a share of the “三公”经费 or of the year's total, against the tables (江苏省委办公厅 2019, 九). */
import { workbookToGrid } from '../../../src/cli/xlsx';
import { audit } from '../../../src/core/audit';
import type { Table } from '../../../src/core/tables/types';
import { checkNarrative, emptyPriorFacts } from '../../../src/core/narrative';
import { buildJiangsuSwbgt } from '../../fixtures/jiangsu-workbooks';
import rule from '../../../src/core/narrative/rules/share-of';
import { jiangsuParagraph, jiangsuTables, runNarrativeRule, withSlip } from '../rule-tester';

let tables: Table[];
beforeAll(async () => {
  tables = audit(await workbookToGrid(buildJiangsuSwbgt().workbook)).typed;
});
const found = (s: string) => checkNarrative(s, tables, emptyPriorFacts(), { year: 2019 }).filter((f) => f.rule === 'narrative/share-of');

test('the real sentence: 70 and 27 are right, 411.20 ÷ 508.20 is 80.91%, not 80.92% (a warning: one digit)', () => {
  const fs = found(
    '因公出国（境）费支出70万元，占“三公”经费的13.77%；公务用车购置及运行费支出411.20万元，占“三公”经费的80.92%；公务接待费支出27万元，占“三公”经费的5.31 %。',
  );
  expect(fs).toHaveLength(1);
  expect(fs[0]).toMatchObject({ severity: 'warning', expected: '80.91%', actual: '80.92%' });
  expect(fs[0].message).toBe('第 1 行：说明中 411.20 万元占“三公”经费的 80.92%，按 411.20 ÷ 508.20 计算应为 80.91%');
  expect(fs[0].related).toHaveLength(1);
});

test('of the year’s total expenditure', () => {
  expect(found('财政拨款预算支出27664.22万元，占本年支出合计的100%。')).toEqual([]);
  expect(found('财政拨款预算支出20000万元，占本年支出合计的100%。')[0]).toMatchObject({ severity: 'error', expected: '72%' });
});

const sanGong = jiangsuParagraph('swbgt', '占“三公”经费的');

runNarrativeRule(rule, {
  tables: jiangsuTables('swbgt'),
  year: 2019,
  valid: [
    // 中共江苏省委办公厅 2019, as published: 27664.22 of 27664.22 is 100%.
    jiangsuParagraph('swbgt', '占本年支出合计的100%'),
    // 70 ÷ 508.20 = 13.77%, 27 ÷ 508.20 = 5.31% (the 80.92% of the same sentence is the invalid case below).
    withSlip(sanGong, '占“三公”经费的80.92%', '占“三公”经费的80.91%'),
    // No 三公 table: nothing to divide by.
    { text: sanGong, tables: [] },
  ],
  invalid: [
    {
      name: '中共江苏省委办公厅 2019 as published: 411.20 ÷ 508.20 is 80.91%, written 80.92% (a warning)',
      text: sanGong,
      errors: [
        {
          messageId: 'shareOf',
          paragraph: 1,
          severity: 'warning',
          expected: '80.91%',
          actual: '80.92%',
          message: '说明中 411.20 万元占“三公”经费的 80.92%，按 411.20 ÷ 508.20 计算应为 80.91%',
        },
      ],
    },
    {
      name: 'two shares of one paragraph off, each an error',
      text: withSlip(withSlip(sanGong, '占“三公”经费的13.77%', '占“三公”经费的17.37%'), '占“三公”经费的80.92%', '占“三公”经费的80.91%').replace(
        '5.31 %',
        '3.51 %',
      ),
      errors: [
        { messageId: 'shareOf', severity: 'error', expected: '13.77%', actual: '17.37%' },
        { messageId: 'shareOf', severity: 'error', expected: '5.31%', actual: '3.51%' },
      ],
    },
  ],
});
