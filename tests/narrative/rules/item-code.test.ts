/**
 * narrative/item-code: the code digits printed in an item line's marks against the year's 政府收支分类科目 (the
 * bundled 2024 one: 201 一般公共服务支出, 20103 政府办公厅（室）及相关机构事务, 2010301 行政运行; 204 公共安全支出,
 * 20406 司法; 208 社会保障和就业支出, 20805 行政事业单位养老支出, 2080501 行政单位离退休).
 */
import rule from '../../../src/core/narrative/rules/item-code';
import { GPB, runNarrativeRule } from '../rule-tester';

const BODY = '：2023年当年预算执行数为 62.5 万元，2024年预算安排 70 万元。';

runNarrativeRule(rule, {
  tables: GPB,
  year: 2024,
  valid: [
    `1、社会保障和就业支出（208类）行政事业单位养老支出（05款）行政单位离退休（01项）${BODY}`,
    `1、公共安全支出（204类）司法（06款）行政运行（01项）${BODY}`,
    // Cut short (一般公共服务 for 一般公共服务支出), or a former name: the code is right.
    `1、一般公共服务（201类）政府办公厅（室）及相关机构事务（03款）行政运行（01项）${BODY}`,
    `1、社会保障和就业（208类）行政事业单位离退休（05款）行政单位离退休（01项）${BODY}`,
    // Full codes in the marks.
    `社会保障和就业支出（208类）行政事业单位养老支出（20805款）行政单位离退休（2080501项）${BODY}`,
    // No digits, or digits on some levels only: nothing to check.
    `社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）${BODY}`,
    `社会保障和就业支出（208类）行政事业单位养老支出（款）行政单位离退休（项）${BODY}`,
    // A year before the oldest bundled catalogue: codes of 2019 are not judged by 2023's.
    { text: `1、公共安全支出（201类）司法（06款）行政运行（01项）${BODY}`, year: 2019 },
  ],
  invalid: [
    {
      name: 'the 类 code of another class: 201 is 一般公共服务支出, 公共安全支出 is 204',
      text: `1、公共安全支出（201类）司法（06款）行政运行（01项）${BODY}`,
      errors: [{ messageId: 'itemCodeOther', paragraph: 1, expected: '204', actual: '201', message: '201 是“一般公共服务支出”，“公共安全支出”的编码是 204' }],
    },
    {
      name: 'a 款 code that is another 款: 20801 (人力资源和社会保障管理事务) for 行政事业单位养老支出 (20805); reported once, not again at the 项',
      text: `社会保障和就业支出（208类）行政事业单位养老支出（01款）行政单位离退休（01项）${BODY}`,
      errors: [{ messageId: 'itemCodeOther', actual: '20801', expected: '20805' }],
    },
    {
      name: 'the heading holds the names: the finding is at the heading, not at the figures after it',
      text: '（一）公共安全支出（201类）司法（06款）行政运行（01项）\n2023年执行数为 80 万元，2024年预算数为 70 万元。',
      errors: [{ messageId: 'itemCodeOther', paragraph: 1 }],
    },
  ],
});
