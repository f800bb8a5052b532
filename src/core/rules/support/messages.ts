/**
 * Message templates shared by the sum and cross-table rules, and the phrases and terms every rule names things with
 * (zh-CN first, en-US beside it). The rules report data; these templates are all the wording there is.
 */
import { term, type Message } from '../../render';

export const SUM_MESSAGES = {
  mismatch: {
    zh: '{subject}为 {actual}，{parts}合计为 {expected}，相差 {difference}',
    en: '{subject} is {actual} but {parts} add up to {expected}: a difference of {difference}',
  },
  rounding: {
    zh: '{subject}为 {actual}，{parts}合计为 {expected}，相差 {difference}，在舍位误差范围（±{tolerance}）内，属尾差；建议舍位平衡：{fix}',
    en: '{subject} is {actual}, {parts} add up to {expected}: a rounding difference of {difference}, within ±{tolerance}; to balance it, {fix}',
  },
  blank: {
    zh: '{subject}为空，但{parts}合计为 {expected}：空白不等于 0，合计数应填写',
    en: '{subject} is blank while {parts} add up to {expected}: a blank is not 0, the total must be filled in',
  },
} satisfies Record<string, Message>;

export const EQUAL_MESSAGES = {
  mismatch: {
    zh: '{subject}为 {actual}，与{reference}（{refCell}）的 {expected} 不一致，相差 {difference}{unit}',
    en: '{subject} is {actual} but {reference} ({refCell}) is {expected}: a difference of {difference}{unit}',
  },
  unitSuspect: {
    zh: '{subject}为 {actual}，{reference}（{refCell}）为 {expected}：两者正好相差一万倍，疑似其中一张表的金额单位（元/万元）标注或填写有误',
    en: '{subject} is {actual} and {reference} ({refCell}) is {expected}: exactly 10,000 times apart — one table is probably in yuan while labelled in 10,000 yuan (or the reverse)',
  },
  rounding: {
    zh: '{subject}为 {actual}，与{reference}（{refCell}）的 {expected} 相差 {difference}{unit}，属尾差；请舍位平衡使两表一致',
    en: '{subject} is {actual}, {reference} ({refCell}) is {expected}: a rounding difference of {difference}{unit}; balance the two tables',
  },
} satisfies Record<string, Message>;

/** A part that may not exceed its whole (support/amounts compareNotAbove). */
export const EXCEEDS_MESSAGE = {
  exceeds: {
    zh: '{subject}为 {actual}，超过{reference}（{refCell}）的 {expected}：一般公共预算部分不应大于全部支出',
    en: '{subject} is {actual}, more than {reference} ({refCell}) at {expected}: the general-budget part cannot exceed the whole',
  },
} satisfies Record<string, Message>;

/** Templates that name things: a table, a cell, a line, a fix. Their data is the workbook's words and other phrases. */
export const PHRASES = {
  /** A table with its number: 附表-3 支出总表 / Table 3 (Expenditure summary). */
  table: { zh: '{label} {name}', en: '{label} ({name})' },
  tableName: { zh: '{name}', en: '{name}' },
  /** A cell named by its table, row and column (the column's header words as printed). */
  cell: { zh: '{table} {row}·{column}', en: '{table} {row} · {column}' },
  /** A row or line of a table. */
  inTable: { zh: '{table} {what}', en: '{table} {what}' },
  /** A line of a table, its name quoted as printed. */
  quotedIn: { zh: '{table}“{name}”', en: '{table} "{name}"' },
  quotedColumn: { zh: '{table}“{name}”·{column}', en: '{table} "{name}" · {column}' },
  quotedSubtotal: { zh: '{table}“{name}”小计', en: '{table} "{name}" subtotal' },
  rowColumn: { zh: '{row}·{column}', en: '{row} · {column}' },
  rowNumber: { zh: '第 {n} 行', en: 'row {n}' },
  /** The same row (code) of another table. */
  sameRow: { zh: '{table}同一行', en: 'the same row of {table}' },
  /** The 合计 row of the 分功能科目 table beside a 分单位 one. */
  byFunctionTotal: { zh: '{table}（分功能科目）合计行', en: '{table} (by function), total row' },
  codeName: { zh: '{code} {name}', en: '{code} {name}' },
  codeNameCell: { zh: '{code} {name}（{cell}）', en: '{code} {name} ({cell})' },
  /** 舍位平衡: the part to change, so the parts add up to the printed total (or the total to change). */
  balance: {
    zh: '将“{part}”（{cell}）由 {from} 调为 {to}，或将合计改为 {total}',
    en: 'change "{part}" ({cell}) from {from} to {to}, or the total to {total}',
  },
  /** The fix of a name: the official one. */
  renameTo: { zh: '改为“{to}”', en: 'change it to "{to}"' },
  /** One character of a name that differs from the reference's. */
  charDiff: { zh: '“{printed}”应为“{expected}”', en: '"{printed}" should be "{expected}"' },
  charDiffs: { zh: '（{list}）', en: ' ({list})' },
} satisfies Record<string, Message>;

/** Separators of lists. */
export const SEPARATORS = {
  /** 、 / ", " */
  items: { zh: '、', en: ', ' },
  /** Tables added up: 一般公共预算支出表与政府性基金预算支出表. */
  and: { zh: '与', en: ' and ' },
  /** Clauses: （“济”应为“咸”，“宁”应为“…”）. */
  clauses: { zh: '，', en: ', ' },
} satisfies Record<string, Message>;

/** Fixed words of each language. */
export const TERMS = {
  totalRow: term('合计行', 'total row'),
  total: term('合计', 'total'),
  noSuchClass: term('无此类', 'no such class'),
  /** Amounts of tables in different units, converted. */
  inWan: term('（折合万元）', ' (in 10,000 yuan)'),
  /** A name the catalogue holds longer than printed. */
  truncated: term('（名称不完整）', ' (the name as printed is incomplete)'),
  /** What a total adds up (sum rules' {parts}). */
  parts: {
    subUnits: term('所属下级单位', 'the sub-units'),
    childCodes: term('下级科目', 'the child codes'),
    projects: term('各项目', 'the projects'),
    units: term('各单位', 'the units'),
    rows: term('各行', 'the rows'),
    classes: term('各类科目', 'the classes'),
    incomeItems: term('各项收入', 'the income sources'),
    listedItems: term('所列明细', 'the items listed under it'),
    carryItems: term('上年结转各项', 'the carry-over items'),
    incomeAndCarry: term('本年收入与上年结转', 'this year’s income and the carry-over'),
    itemsAndCarry: term('各项收入与上年结转', 'the income sources and the carry-over'),
    spendingClasses: term('各类支出', 'the classes of spending'),
    spendingAndYearEnd: term('本年支出与年终结转结余', 'this year’s spending and the year-end balance'),
    classesAndYearEnd: term('各类支出与年终结转结余', 'the classes of spending and the year-end balance'),
    uses: term('各项支出用途', 'the uses of spending'),
    usesAndCarry: term('各项支出用途与结转下年', 'the uses of spending and the carry-forward'),
    incomeTotal: term('收入总计', 'total income'),
  },
  /** Columns named by what they hold (not as printed). */
  columns: {
    amount: term('合计', 'total'),
    total: term('合计', 'total'),
    basic: term('基本支出', 'basic spending'),
    project: term('项目支出', 'project spending'),
    'basic.personnel': term('人员经费', 'personnel costs'),
    'basic.public': term('公用经费', 'public costs'),
    gpb: term('一般公共预算', 'general public budget'),
  },
  /** Classification systems. */
  systems: {
    functional: term('功能分类', 'functional'),
    economic: term('经济分类', 'economic'),
  },
  /** Levels of a code. */
  codeParts: {
    类: term('类', 'class'),
    款: term('款', 'section'),
    项: term('项', 'item'),
  },
  /** The 三公 items and their neighbours, as the rules name them. */
  threePublic: {
    abroad: term('因公出国（境）费', 'official travel abroad'),
    reception: term('公务接待费', 'official reception'),
    'vehicle.operation': term('公务用车运行维护费', 'official vehicle operation and maintenance'),
    'vehicle.purchase': term('公务用车购置费', 'official vehicle purchase'),
    vehicle: term('公务用车购置及运行费', 'official vehicle purchase and operation'),
    meeting: term('会议费', 'meetings'),
    training: term('培训费', 'training'),
  },
  /** Units of amounts. */
  units: {
    元: term('元', 'yuan'),
    千元: term('千元', '1,000 yuan'),
    万元: term('万元', '10,000 yuan'),
    百万元: term('百万元', 'million yuan'),
    亿元: term('亿元', '100 million yuan'),
  },
} as const;
