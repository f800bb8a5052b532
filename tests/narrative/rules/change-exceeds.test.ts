/**
 * narrative/change-exceeds: an amount that “increased” by more than itself. The 人大常委会办公厅 2019 text (as published)
 * leaves its 政府性基金 line as the template's “0万元，与上年相比增加（减少）…” (a leftover, not an increase); the slip
 * the issue names — that line given the 一般公共预算 line's increase — is made from it.
 */
import rule from '../../../src/core/narrative/rules/change-exceeds';
import { jiangsuParagraph, jiangsuParagraphs, jiangsuTables, runNarrativeRule } from '../rule-tester';

const GPB_LINE = '（1）一般公共预算收入预算18330.37万元，与上年相比增加2432.93万元，增长15.3%。';
const FUND_LINE = '（2）政府性基金收入预算0万元，与上年相比增加2432.93万元，增长15.3%。';

runNarrativeRule(rule, {
  year: 2019,
  valid: [
    // The three Jiangsu 2019 texts as published: every increase is smaller than its amount.
    ...(['swbgt', 'rdcwh', 'gy'] as const).map((id) => ({
      name: `${id} 2019, as published`,
      text: jiangsuParagraphs(id).join('\n'),
      tables: jiangsuTables(id),
    })),
    GPB_LINE,
    // Within rounding: 10 万元 (9.5 to 10.5) increased by 10.4.
    '支出 10 万元，与上年相比增加 10.4 万元。',
    // Not an increase against last year: a part after 其中, a decrease, a change without its comparison.
    '其中：人员经费 10 万元，比上年增加 20 万元。',
    '项目支出 10 万元，与上年相比减少 20 万元。',
    '项目支出 10 万元，新增 20 万元。',
    // The template's choice left undecided (narrative/leftover): no increase.
    jiangsuParagraph('rdcwh', '政府性基金收入预算0万元'),
  ],
  invalid: [
    {
      name: 'the 政府性基金 line given the 一般公共预算 line’s increase: copied from the line above',
      text: `${GPB_LINE}\n${FUND_LINE}`,
      errors: [
        {
          messageId: 'changeExceedsCopied',
          paragraph: 2,
          severity: 'error',
          message: '则上年为 -2432.93 万元，不可能为负数；2432.93 万元是上文“18330.37万元，与上年相比增加2432.93万元”的增加额',
        },
      ],
    },
    {
      name: 'an increase larger than the amount, in 元',
      text: '项目支出预算 48100 元，同比增加 50000 元。',
      errors: [{ messageId: 'changeExceeds', message: '说明中 48100 元比上年增加 50000 元，则上年为 -1900 元' }],
    },
  ],
});
