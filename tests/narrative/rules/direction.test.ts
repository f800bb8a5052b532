/** narrative/direction: 增加 / 减少 / 持平 as the text says it follows the sign of this year minus last year. */
import rule from '../../../src/core/narrative/rules/direction';
import { emptyPriorFacts } from '../../../src/core/narrative';
import { shanghaiPrior, shanghaiTables } from '../helpers';
import { runNarrativeRule, SEED_CASE, shanghai, withSlip, xianning } from '../rule-tester';

runNarrativeRule(rule, {
  ...SEED_CASE,
  valid: [
    // 市客管处 2024, as published.
    xianning(5),
    xianning(11),
    xianning(15),
    xianning(17),
    xianning(22),
    xianning(26),
    // 万里街道 2025: 增加, 减少 and 持平 (因公出国（境）费 0 and 0; 公务接待费 1.35 and 1.35).
    ...[2, 3, 41, 42, 43, 44].map((n) => ({ text: shanghai(n), tables: shanghaiTables, prior: shanghaiPrior, year: undefined })),
    // A percentage after a change in amount says how much, not which way.
    '机关运行经费预算 25.57 万元，比上年减少 56.42 万元，增长 68.81%。',
    // The Shanghai 2026 template as received (部门编制说明!A3, 其他相关情况说明!A3 lines), with last year's facts: the
    // undecided “增加（减少）…（持平）” states no direction (a leftover, narrative/leftover's). Before, 8 false errors.
    ...[
      '2026年，XX收入预算x,xxx万元，其中：财政拨款收入x,xxx万元，比2025年预算增加（减少）XXX万元（持平）；事业收入x,xxx万元。',
      '财政拨款支出预算中，一般公共预算拨款支出预算x,xxx万元，比2025年预算增加（减少）XXX万元（持平）；政府性基金拨款支出预算x,xxx万元，比2025年预算增加（减少）XXX万元（持平）。',
      '财政拨款收入支出增加（减少）的主要原因是xxxxxx',
      '2026年“三公”经费预算数为XXX万元，比2025年预算增加（减少）XXX万元（持平）。其中：',
      '（三）公务接待费XXX万元。比2025年预算增加（减少）XXX万元，主要原因是……。',
    ].map((text) => ({ text, tables: shanghaiTables, prior: shanghaiPrior, year: 2026 })),
    // Without last year's facts the direction is not judged.
    { text: withSlip(xianning(22), '比上年减少', '比上年增加'), prior: emptyPriorFacts() },
  ],
  invalid: [
    {
      name: 'a decrease written as an increase',
      text: withSlip(xianning(5), '2024 年部门支出预算总额为 1205.56 万元，比上年减少', '2024 年部门支出预算总额为 1205.56 万元，比上年增加'),
      errors: [
        {
          messageId: 'directionMismatch',
          paragraph: 1,
          severity: 'error',
          message: '说明中写部门支出预算总额“增加”，但本年 1205.56 万元低于上年 2892.08 万元，应为“减少”',
        },
      ],
    },
    {
      name: '“与上年持平” where last year was 0.1',
      text: withSlip(xianning(22), '比上年减少 0.1 万元，下降 100%', '与上年持平'),
      errors: [{ messageId: 'directionMismatch', message: '公务接待费“与上年持平”' }],
    },
    {
      name: '万里街道 2025: 公务接待费 “增长” where it is unchanged',
      text: withSlip(shanghai(44), '比2024年预算持平', '比2024年预算增长10%'),
      tables: shanghaiTables,
      prior: shanghaiPrior,
      year: undefined,
      errors: [{ messageId: 'directionMismatch', message: '应为“持平”' }],
    },
  ],
});
