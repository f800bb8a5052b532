/**
 * The wordings a review of the item-line checks (session 6) found them misreading — each gave a false finding before
 * it was fixed — on a small 2024 一般公共预算支出表 (ITEM_TABLE, 万元) and, for a code of two funds, a 政府性基金 table
 * beside it (TWO_FUNDS). Every one of them must give no finding of any item-line rule: the figure it names is not the
 * item's, or not of the year it is taken for, or the comparison is not one the text states.
 */
import Decimal from 'decimal.js';
import type { GridSheet } from '../../src/core/grid';
import { emptyPriorFacts, type PriorFacts } from '../../src/core/narrative';
import { sheet } from '../core/helpers';

const head = (title: string) => [[title], ['单位：万元'], ['科目编码', '科目名称', '合计', '基本支出', '项目支出']];

export const ITEM_TABLE: GridSheet[] = [
  sheet('一般公共预算', [
    ...head('2024年一般公共预算支出表'),
    ['合计', null, 300, 140, 160],
    ['201', '一般公共服务支出', 200, 100, 100],
    ['20103', '政府办公厅（室）及相关机构事务', 200, 100, 100],
    ['2010301', '行政运行', 100, 100, 0],
    ['2010302', '一般行政管理事务', 100, 0, 100],
    ['208', '社会保障和就业支出', 100, 40, 60],
    ['20805', '行政事业单位养老支出', 100, 40, 60],
    ['2080501', '行政单位离退休', 70, 40, 30],
    ['2080505', '机关事业单位基本养老保险缴费支出', 30, 0, 30],
  ]),
];

export const TWO_FUNDS: GridSheet[] = [
  sheet('一般公共预算', [
    ...head('2024年一般公共预算支出表'),
    ['合计', null, 100, 40, 60],
    ['212', '城乡社区支出', 100, 40, 60],
    ['21201', '城乡社区管理事务', 100, 40, 60],
    ['2120101', '行政运行', 100, 40, 60],
  ]),
  sheet('政府性基金', [
    ...head('2024年政府性基金预算支出表'),
    ['合计', null, 500, 0, 500],
    ['212', '城乡社区支出', 500, 0, 500],
    ['21208', '国有土地使用权出让收入安排的支出', 500, 0, 500],
    ['2120801', '征地和拆迁补偿支出', 500, 0, 500],
  ]),
];

/** A 一般公共预算支出表 and a 支出总表 whose 项 hold 事业收入 too (2080501: 70 of 一般公共预算, 90 in all). */
export const WITH_OTHER_INCOME: GridSheet[] = [
  sheet('支出总表', [
    ...head('2024年支出总表'),
    ['合计', null, 130, 60, 70],
    ['208', '社会保障和就业支出', 130, 60, 70],
    ['20805', '行政事业单位养老支出', 130, 60, 70],
    ['2080501', '行政单位离退休', 90, 60, 30],
    ['2080505', '机关事业单位基本养老保险缴费支出', 40, 0, 40],
  ]),
  sheet('一般公共预算', [
    ...head('2024年一般公共预算支出表'),
    ['合计', null, 100, 40, 60],
    ['208', '社会保障和就业支出', 100, 40, 60],
    ['20805', '行政事业单位养老支出', 100, 40, 60],
    ['2080501', '行政单位离退休', 70, 40, 30],
    ['2080505', '机关事业单位基本养老保险缴费支出', 30, 0, 30],
  ]),
];

/** Last year's 2010301 行政运行: 80 万元 (this year's table: 100); 2080501 行政单位离退休: 60 (this year: 70). */
export function itemPrior(): PriorFacts {
  const p = emptyPriorFacts();
  p.items = { '2010301': { amount: new Decimal(80), name: '行政运行' }, '2080501': { amount: new Decimal(60), name: '行政单位离退休' } };
  return p;
}

const H = '政府办公厅（室）及相关机构事务（款）行政运行（项）';

/** [what it is, the text, the tables, with last year's items]. */
export const REVIEW_CASES: [string, string, GridSheet[], boolean][] = [
  ['this year’s outturn to date is no 上年执行数', `${H}：2024年预算安排 100 万元，比上年增长 25%，截至6月底已执行 40 万元。`, ITEM_TABLE, false],
  ['a forecast 执行数 is no 上年执行数', `${H}：2024年预算安排 100 万元，比上年执行数增长 10%，预计本年执行数 95 万元。`, ITEM_TABLE, false],
  [
    'a bare 比上年 beside last year’s 预算 and 执行数',
    `${H}：2023年预算数为 80 万元，执行数为 90 万元，2024年预算数为 100 万元，比上年增加 20 万元，增长 25%。`,
    ITEM_TABLE,
    false,
  ],
  ['a bare 比上年 beside last year’s 执行数 alone', `${H}：2023年执行数为 90 万元，2024年预算数为 100 万元，比上年增加 25%。`, ITEM_TABLE, false],
  ['压减 is no change of the item', `${H}：2023年执行数为 90 万元，2024年预算数为 100 万元，公用经费压减 10%，比上年执行数增加 11.11%。`, ITEM_TABLE, false],
  ['a share’s change is not the item’s', `${H}支出 100 万元，占比较上年增加 2%。`, ITEM_TABLE, true],
  ['the change of the growth rate is not the item’s', `${H}支出 100 万元，与上年相比增加 20 万元，增幅较上年下降 3%。`, ITEM_TABLE, true],
  ['a change against last year’s 调整预算 is not read', `${H}支出 100 万元，比上年调整预算增加 10 万元，增长 11.11%。`, ITEM_TABLE, true],
  ['a part’s change is not the item’s', `${H}支出 100 万元，人员经费较上年增加 5 万元。`, ITEM_TABLE, true],
  ['the change of its 基本支出 is not the item’s', `${H}支出 100 万元，基本支出 80 万元，较上年减少 3 万元。`, ITEM_TABLE, true],
  ['the change of a sum is not the item’s', `${H}100 万元、一般行政管理事务 100 万元，合计比上年增加 30 万元。`, ITEM_TABLE, true],
  ['上一年度预算 is last year’s', `${H}：上一年度预算安排 80 万元，本年度预算安排 100 万元。`, ITEM_TABLE, false],
  ['2023年的预算数 is last year’s', `${H}：2023年的预算数为 80 万元，2024年的预算数为 100 万元。`, ITEM_TABLE, false],
  ['years in Chinese numerals are not read', `${H}：二〇二三年预算数为 80 万元，二〇二四年预算数为 100 万元。`, ITEM_TABLE, false],
  [
    'a paragraph after a heading about the whole budget',
    '（一）一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）一般行政管理事务（项）\n本部门2024年一般公共预算支出预算数为 300 万元。',
    ITEM_TABLE,
    false,
  ],
  [
    'a paragraph after a heading that is the next section',
    '1．社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）\n四、一般公共预算“三公”经费支出预算情况说明：2024年预算数为 5 万元，比上年减少 1 万元。',
    ITEM_TABLE,
    false,
  ],
  [
    'an unmarked 项 under a 款 heading',
    '（一）城乡社区支出（类）城乡社区管理事务（款）\n1.行政运行：2024年预算数为 60 万元，比上年增加 5 万元。',
    TWO_FUNDS,
    false,
  ],
  [
    'a 类 of two funds, in the 政府性基金 section',
    '五、政府性基金预算支出情况说明\n2024年政府性基金预算支出 500 万元，其中：城乡社区（类）支出 500 万元。',
    TWO_FUNDS,
    false,
  ],
  ['a text in 元, finer than the table', `${H}支出 1,000,049.00 元。`, ITEM_TABLE, false],
  ['a text finer than the table', `${H}支出 100.0049 万元。`, ITEM_TABLE, false],
  ['城乡社区事务 in prose', '负责指导全市城乡社区事务，承担社区治理工作。', ITEM_TABLE, false],
  ['医疗卫生支出 in prose', '统筹安排公立医院医疗卫生支出，提高保障水平。', ITEM_TABLE, false],
  [
    'the 支出总表’s figure of the 项 (with 事业收入), in a section about it',
    '1．行政事业单位养老支出（款）行政单位离退休（项）支出 90 万元，与上年相比增加 10 万元，增长 12.5%。',
    WITH_OTHER_INCOME,
    true,
  ],
  ['a name abbreviated, its code right', '一般公共服务支出（201类）政府办公厅及相关机构事务（03款）行政运行（01项）支出 100 万元。', ITEM_TABLE, false],
  ['names abbreviated, codes right', '社保和就业（208类）行政事业单位养老（05款）机关事业单位基本养老保险缴费（05项）30万元。', ITEM_TABLE, false],
];

/**
 * The wordings a second review (session 6) found the stated-change checks misreading, each a false finding before it
 * was fixed (tables none, year 2025): the figure before a change that is not what changed — another change, another
 * subject, a part, a deduction, last year's figure, a figure with a sign, a bound — and a heading's text that is only
 * part of its amount.
 */
export const STATED_CHANGE_CASES: [string, string][] = [
  ['a change is no base: two changes in a row', '基本支出同比增加10万元，项目支出同比增加20万元。'],
  ['a change is no base: its percentage', '基本支出同比增加30万元，项目支出同比增加20万元，增长25%。'],
  ['a change against the 年初预算 is no base', '支出100万元，较年初预算减少30万元，同比增加20万元，增长25%。'],
  ['another subject between', '基本支出10万元，项目支出较上年增加20万元，增长10%。'],
  ['another subject between, with the percentage', '基本支出100万元，项目支出较上年增加20万元，增长10%。'],
  ['another subject after a share', '基本支出60万元，占70%，项目支出较上年增加20万元，增长10%。'],
  ['another subject, no comparison', '部门预算收入10万元，财政拨款收入增加2万元，增长50%。'],
  ['another sentence’s subject', '一般公共预算收入100万元。支出比上年增加20万元，增长10%。'],
  ['another sentence’s subject, an increase above it', '一般公共预算收入10万元。支出比上年增加20万元，增长25%。'],
  ['parts after 包括', '支出预算100万元，包括基本支出60万元和项目支出40万元，比上年增加50万元，增长100%。'],
  ['the total after its parts', '基本支出60万元，项目支出40万元，合计比上年增加50万元。'],
  ['a part in brackets', '一般公共预算支出100万元（含结转资金10万元），比上年增加50万元。'],
  ['a part in brackets, with the percentage', '一般公共预算支出100万元（含结转资金40万元），比上年增加20万元，增长25%。'],
  ['a deduction', '支出100万元，扣除一次性项目5万元后，比上年增加30万元。'],
  ['last year’s figure (上年度)', '上年度部门预算收入总计10万元，本年比上年增加20万元。'],
  ['last year’s outturn', '2024年执行数为 10 万元，本年预算比上年增加 20 万元，增长 200%。'],
  ['a negative 结余', '经营结余-5万元，比上年增加8万元。'],
  ['a negative 差额', '收支差额-10万元，比上年减少2万元，下降25%。'],
  ['a bound, not a figure', '一般公共预算支出100万元，比上年增加12万元，增长10%以上。'],
  ['two amounts, one change', '一般公共预算收入100万元，支出50万元，比上年增加80万元。'],
];

/** A heading with its amount, and a text under it that gives only parts of it (GPB tables, 2024). */
export const HEADING_PART_CASES: string[] = [
  '（一）社会保障和就业支出（208类）行政事业单位养老支出（05款）行政单位离退休（01项）70.00万元\n2024年预算安排40万元用于离休人员，30万元用于退休人员。',
  '（一）社会保障和就业支出（208类）行政事业单位养老支出（05款）行政单位离退休（01项）70.00万元\n安排离退休人员公用经费，预算数为30万元。',
];
