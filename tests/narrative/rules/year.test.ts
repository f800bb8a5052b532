/** narrative/year: a year the text gives a budget, income, expenditure … for is the budget year. */
import rule from '../../../src/core/narrative/rules/year';
import { shanghaiPrior, shanghaiTables } from '../helpers';
import { runNarrativeRule, SEED_CASE, shanghai, withSlip, xianning } from '../rule-tester';

runNarrativeRule(rule, {
  ...SEED_CASE,
  valid: [
    // 市客管处 2024, as published: its own year, a date (截至 2023 年 12 月 31 日), 2023 年末, 2023 年度 evaluation.
    xianning(5),
    xianning(26),
    xianning(30),
    xianning(122),
    xianning(142),
    // 万里街道 2025: “比2024年预算增加” compares (narrative/compare-year's), “截至2024年8月31日” is a date.
    ...[2, 3, 41, 43, 53].map((n) => ({ text: shanghai(n), tables: shanghaiTables, prior: shanghaiPrior, year: undefined })),
    // Another year's own figures: its 执行数, 结转.
    '2023年当年预算执行数为 1205.56 万元。',
    // Last year set against this one, or given as a reason (a real 2022 unit text on a 梧州 platform, with 2023/2024 for
    // 2021/2022 here: “下降原因 2021 年编外人员经费支出列入项目支出,2022 年列入基本支出。”).
    '下降原因 2023 年编外人员经费支出列入项目支出,2024 年列入基本支出。',
    '主要原因是2023年该项支出列入项目支出。',
    // Last year named with no figure of its own: how it was done then.
    '2023年人员经费列入项目支出。',
  ],
  invalid: [
    {
      name: '市客管处 2024 as published: “2023 年政府性基金预算支出为 0”',
      text: xianning(7),
      errors: [
        {
          messageId: 'yearMismatch',
          paragraph: 1,
          severity: 'error',
          expected: '2024',
          actual: '2023',
          message: '说明中出现“2023 年政府性基金预算支出为 0”，本预算年度为 2024 年',
        },
      ],
    },
    {
      name: '万里街道 2025: last year’s number left in the 三公 paragraph',
      text: withSlip(shanghai(41), '2025年“三公”经费', '2024年“三公”经费'),
      tables: shanghaiTables,
      prior: shanghaiPrior,
      year: undefined,
      errors: [{ messageId: 'yearMismatch', expected: '2025', actual: '2024' }],
    },
    {
      name: 'last year with a figure of its own, not as a reason and not set against this year, is still a wrong year',
      text: '2023年人员经费支出为 50 万元。',
      errors: [{ messageId: 'yearMismatch', actual: '2023' }],
    },
    {
      name: 'each wrong year of a paragraph',
      text: withSlip(xianning(5), '2024 年部门支出预算总额', '2022 年部门支出预算总额').replace('市客管处 2024 年部门收入', '市客管处 2023 年部门收入'),
      errors: [
        { messageId: 'yearMismatch', actual: '2023' },
        { messageId: 'yearMismatch', actual: '2022' },
      ],
    },
  ],
});
