/** narrative/name: names as the tables print them — 其他, not 其它; a “三公” item one character off; a named line one character off. */
import rule from '../../../src/core/narrative/rules/name';
import { sheet } from '../../core/helpers';
import { shanghaiPrior, shanghaiTables } from '../helpers';
import { runNarrativeRule, SEED_CASE, shanghai, withSlip, xianning } from '../rule-tester';

runNarrativeRule(rule, {
  ...SEED_CASE,
  valid: [
    // 市客管处 2024, as published: the 类 and the “三公” items by their names.
    xianning(5),
    xianning(15),
    xianning(17),
    xianning(19),
    xianning(22),
    // 万里街道 2025: “公务用车购置及运行费”, “因公出国（境）费”, “公务接待费”.
    ...[41, 42, 44, 46].map((n) => ({ text: shanghai(n), tables: shanghaiTables, prior: shanghaiPrior, year: undefined })),
    {
      name: 'a name the tables print, against a small table',
      text: '行政单位离退休 70 万元。',
      tables: [
        sheet('一般公共预算', [
          ['2024年一般公共预算支出表'],
          ['单位：万元'],
          ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
          ['合计', null, 70, 70, 0],
          ['208', '社会保障和就业支出', 70, 70, 0],
          ['20805', '行政事业单位养老支出', 70, 70, 0],
          ['2080501', '行政单位离退休', 70, 70, 0],
        ]),
      ],
    },
  ],
  invalid: [
    {
      name: '市客管处 2024 as published: “工会会费” where the tables print 工会经费',
      text: xianning(11),
      errors: [
        {
          messageId: 'nameMismatch',
          paragraph: 1,
          severity: 'warning',
          expected: '工会经费',
          actual: '工会会费',
          message: '说明中的“工会会费”与表中名称“工会经费”不一致',
        },
      ],
    },
    {
      name: '万里街道 2025 as published: “公务车用车运行费”',
      text: shanghai(43),
      tables: shanghaiTables,
      prior: shanghaiPrior,
      year: undefined,
      errors: [
        {
          messageId: 'termVariant',
          paragraph: 1,
          expected: '公务用车运行费',
          actual: '公务车用车运行费',
          message: '说明中的“公务车用车运行费”应为“公务用车运行费”',
        },
      ],
    },
    {
      name: '其它 for 其他',
      text: withSlip(xianning(30), '其他资产变化如下', '其它资产变化如下'),
      errors: [{ messageId: 'otherVariant', message: '“其它资产变化如下”应写作“其他资产变化如下”' }],
    },
    {
      name: 'a 三公 item one character off',
      text: withSlip(xianning(22), '公务接待费', '公务招待费'),
      errors: [{ messageId: 'termVariant', expected: '公务接待费', actual: '公务招待费' }],
    },
  ],
});
