/** narrative/zero-increase: “增加 0 万元” — a zero amount does not increase. */
import rule from '../../../src/core/narrative/rules/zero-increase';
import { jiangsuParagraph, runNarrativeRule, SEED_CASE, withSlip, xianning } from '../rule-tester';

runNarrativeRule(rule, {
  ...SEED_CASE,
  valid: [
    // 市客管处 2024, as published.
    xianning(15),
    xianning(17),
    xianning(34),
    // “增加（减少）0万元”: the template's choice left undecided (narrative/leftover's), as 江苏省人大常委会办公厅 2019 printed it.
    { text: jiangsuParagraph('rdcwh', '政府性基金收入预算0万元'), tables: [], prior: undefined, year: 2019 },
    // An increase of something else, then 0 万元 after a figure: not “增加 0”.
    '比上年增加 10.5 万元。',
    '比上年减少 10.5 万元，减少 0.5 万元以上的项目 3 个。',
    '增加（减少）0万元。',
  ],
  invalid: [
    {
      name: '市客管处 2024 as published: “2024 年预算增加办公设备 0 万元”',
      text: xianning(30),
      errors: [{ messageId: 'zeroIncrease', paragraph: 1, severity: 'error', message: '说明中办公设备为 0 万元，却写“增加”' }],
    },
    {
      // 涪陵区 某镇 2024, as published (tests/narrative/fixtures/published/text-06.txt).
      name: '“减少0万元” for no change: a warning',
      text: '公务接待费减少0万元，主要是各单位严格落实我区过“紧日子”十条举措，压缩接待开支，降低运行成本。',
      errors: [{ messageId: 'zeroDecrease', severity: 'warning', message: '说明中写“减少0万元”：没有变化应写“持平”或“无增减”' }],
    },
    {
      name: '“增加 0 万元” with no subject named',
      text: withSlip(xianning(34), '与上年一致', '比上年增加 0 万元'),
      errors: [{ messageId: 'zeroIncrease', message: '说明中金额为 0 万元' }],
    },
  ],
});
