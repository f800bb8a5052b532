/** The checker's finding messages (zh-CN and en-US) and the words it reads and names; message text lives here, never in a rule. */
import type { Message } from '../render';

/** Finding messages of checkNarrative, zh-CN and en-US. */
export const NARRATIVE_MESSAGES = {
  amountMismatch: {
    zh: '说明中{subject}为 {actual} 万元，表中为 {expected} 万元（{source}）',
    en: 'The text gives {subjectEn} as {actual} (10k yuan); according to {source} it is {expected}',
  },
  changeMismatch: {
    zh: '说明中{subject}比上年{dirText} {actual} 万元，按本年 {current} 万元、上年 {last} 万元计算应为{expectedDir} {expected} 万元',
    en: 'The text gives the change of {subjectEn} as {actual}; this year {current} − last year {last} gives {expected}',
  },
  directionMismatch: {
    zh: '说明中写{subject}“{word}”，但本年 {current} 万元{relation}上年 {last} 万元，应为“{expectedWord}”',
    en: 'The text says {subjectEn} went "{word}", but this year {current} vs last year {last} means "{expectedWord}"',
  },
  percentMismatch: {
    zh: '说明中{subject}的变化幅度为 {actual}，按 {diff} ÷ {base} 计算应为 {expected}',
    en: 'The text gives the change of {subjectEn} as {actual}; {diff} / {base} gives {expected}',
  },
  shareMismatch: {
    zh: '说明中{subject}占预算总额的 {actual}，按 {amount} ÷ {total} 计算应为 {expected}',
    en: 'The text gives the share of {subjectEn} as {actual}; {amount} / {total} gives {expected}',
  },
  yearMismatch: {
    zh: '说明中出现“{actual} 年{context}”，本预算年度为 {expected} 年',
    en: 'The text says "{actual} {context}" but the budget year is {expected}',
  },
  nameMismatch: {
    zh: '说明中的“{actual}”与表中名称“{expected}”不一致',
    en: 'The text says "{actual}" where the tables say "{expected}"',
  },
  otherVariant: {
    zh: '“{actual}”应写作“{expected}”（科目名称统一用“其他”）',
    en: '"{actual}" should read "{expected}" (official names use “其他”)',
  },
  leftover: {
    zh: '说明中有未填写完的模板文字：{items}',
    en: 'Template text not filled in: {itemsEn}',
  },
  percentFigures: {
    zh: '说明中的增减幅度为 {actual}，按说明所列数计算应为 {expected}（{diff} ÷ 上年 {base}，上年 = {amount} {sign} {diff}；{exact}）',
    en: 'The text gives the change as {actual}; its own figures give {expected} ({diff} / last year {base} = {amount} {sign} {diff}; {exact})',
  },
  percentFiguresCopied: {
    zh: '说明中的增减幅度为 {actual}，按说明所列数计算应为 {expected}（{diff} ÷ 上年 {base}，上年 = {amount} {sign} {diff}；{exact}）；{actual} 是上文“{previous}”的增减幅度，似照抄上文',
    en: 'The text gives the change as {actual}; its own figures give {expected} ({diff} / last year {base} = {amount} {sign} {diff}; {exact}); {actual} is the change of "{previous}" above, copied from it',
  },
  shareOf: {
    zh: '说明中 {amount} 万元占{of}的 {actual}，按 {amount} ÷ {total} 计算应为 {expected}',
    en: 'The text gives {amount} as {actual} of {of}; {amount} / {total} gives {expected}',
  },
  levelMark: {
    zh: '说明中“{name}”标注为（{actual}），表中 {code} {name}是{expected}级科目',
    en: 'The text marks "{name}" as ({actual}); in the tables {code} is a {expected}-level “科目”',
  },
  levelName: {
    zh: '说明中“{actual}（项）”在表中没有，{parent}下的项是 {code}“{expected}”',
    en: 'The tables have no item "{actual}"; under {parent} the item is {code} "{expected}"',
  },
  compareSelf: {
    zh: '说明中“比{actual}年预算”是拿本年预算与自身比较，应为“比{expected}年预算”',
    en: 'The text compares the {actual} budget with itself; it should compare with {expected}',
  },
  compareYear: {
    zh: '说明中与{actual}年预算比较，{year}年预算应与上年（{expected}年）预算比较',
    en: 'The text compares with the {actual} budget; a {year} budget is compared with {expected}',
  },
  compareYearBare: {
    zh: '说明中与{actual}年比较，{year}年预算应与上年（{expected}年）比较',
    en: 'The text compares with {actual}; a {year} budget is compared with {expected}',
  },
  blankAmount: {
    zh: '说明中“{actual}”缺少金额',
    en: 'No figure before “万元” in "{actual}"',
  },
  blankPercent: {
    zh: '说明中“{actual}”缺少百分比',
    en: 'No figure before “%” in "{actual}"',
  },
  templateText: {
    zh: '说明仍是模板原文，附表也都还没有填写：共 {count} 处占位符或填写说明（{items}等），尚未开始填写',
    en: 'The text is still the template as received, and no table is filled in either: {count} placeholders or instructions ({itemsEn} …), not filled in yet',
  },
  doubled: {
    zh: '说明中“{actual}”重复',
    en: 'Doubled words: "{actual}"',
  },
  itemName: {
    zh: '说明中“{item}”的{level}名称为“{actual}”，表中 {code} 为“{expected}”',
    en: 'In "{item}" the {levelEn} ({level}) is named "{actual}"; the tables give {code} "{expected}"',
  },
  itemUnknown: {
    zh: '说明中“{item}”科目 {amount} 万元在表中找不到对应的科目编码，请核对类、款、项名称',
    en: 'No code in the tables fits "{item}" ({amount}, 10k yuan): check the names of its class, section and item',
  },
  termVariant: {
    zh: '说明中的“{actual}”应为“{expected}”',
    en: 'The text says "{actual}" where the term is "{expected}"',
  },
  partsSum: {
    zh: '说明中的 {total} {unit}与“其中”所列各项之和 {sum} {unit}不等（{parts}）',
    en: 'The text gives {total} {unit} but the parts listed after “其中” add up to {sum} ({parts})',
  },
  zeroIncrease: {
    zh: '说明中{subject}为 0 万元，却写“增加”：金额为 0 时不会增加',
    en: '{subjectEn} is 0 but the text says it increased',
  },
  zeroDecrease: {
    zh: '说明中写“{actual}”：没有变化应写“持平”或“无增减”',
    en: 'The text says "{actual}": no change is written as “持平” (flat)',
  },
  tooLong: {
    zh: '本段共 {length} 字，超过每段 {limit} 字的上限：只检查了前 {read} 字，其后 {rest} 字未检查',
    en: 'This paragraph has {length} characters, more than the limit of {limit} per paragraph: only the first {read} were checked, the remaining {rest} were not read',
  },
  reasonDirection: {
    zh: '说明中写“{word}”，其后的原因“{reason}”却只说到“{reasonWord}”：请核对增减方向或原因',
    en: 'The text says "{word}", but the reason that follows ("{reason}") speaks only of "{reasonWord}": check the direction or the reason',
  },
  reasonEmpty: {
    zh: '说明中“{actual}”后没有写原因',
    en: 'No reason is written after "{actual}"',
  },
  reasonCut: {
    zh: '本段以“{actual}”结尾，原因没有写完',
    en: 'The paragraph ends with "{actual}": the reason is cut off',
  },
  scopeDepartmentInUnit: {
    zh: '本预算为单位预算，说明中却写“{actual}”，应为“{expected}”',
    en: 'This is a unit’s budget, but the text says "{actual}"; it should read "{expected}"',
  },
  scopeUnitInDepartment: {
    zh: '本预算为部门预算，说明中却写“{actual}”（单位预算的措辞），应为“{expected}”',
    en: 'This is a department’s budget, but the text says "{actual}" (a unit budget’s wording); it should read "{expected}"',
  },
  punctDoubled: {
    zh: '说明中标点“{actual}”重复',
    en: 'Doubled punctuation: "{actual}"',
  },
  punctUnbalanced: {
    zh: '说明中 {open} 与 {close} 不成对：“{excerpt}”',
    en: 'Unpaired {open} and {close}: "{excerpt}"',
  },
  punctFlat: {
    zh: '说明中“{actual}”应写作“{expected}”（“持平”与“与…”搭配，不用“比…”）',
    en: '"{actual}" should read "{expected}" (“持平”, unchanged, takes “与…”, not “比…”)',
  },
  punctNoEnd: {
    zh: '本段末尾缺少句号：“{actual}”',
    en: 'The paragraph ends without a full stop: "{actual}"',
  },
  projectPeriod: {
    zh: '项目实施周期“{actual}”不含本预算年度 {year} 年',
    en: 'The project period "{actual}" does not include the budget year {year}',
  },
  emptyNoteFigures: {
    zh: '说明中写“{actual}”，但表中{fund}为 {amount} 万元（{table}）',
    en: 'The text says "{actual}", but the tables give {fund} as {amount} (10k yuan; {table})',
  },
  emptyNoteTable: {
    zh: '说明中写“{actual}”，但{table}列有金额',
    en: 'The text says "{actual}", but {table} holds figures',
  },
  emptyNoteWrongFund: {
    zh: '说明在“{heading}”下写“{actual}”，说的是{named}，不是{expected}',
    en: 'Under "{heading}" the text says "{actual}", which is about {named}, not {expected}',
  },
  itemPercent: {
    zh: '说明中“{item}”{word} {actual}，按{against} {last} 万元、本年 {amount} 万元计算应为 {expected}（{exact}）',
    en: 'In "{item}" the change is {actual}; {against} {last} and this year {amount} give {expected} ({exact})',
  },
  itemChange: {
    zh: '说明中“{item}”{word} {actual} 万元，按{against} {last} 万元、本年 {amount} 万元计算应为{expectedDir} {expected} 万元',
    en: 'In "{item}" the change is {actual}; {against} {last} and this year {amount} give {expectedDir} {expected}',
  },
  itemDirection: {
    zh: '说明中“{item}”写“{word}”，但{against} {last} 万元、本年 {amount} 万元，应为“{expectedDir}”',
    en: 'In "{item}" the text says "{word}", but {against} {last} and this year {amount} mean {expectedDir}',
  },
  itemCodeOther: {
    zh: '说明中“{name}”标注的编码为 {code}，{year}年政府收支分类科目中 {code} 是“{official}”，“{name}”的编码是 {other}',
    en: 'The text marks "{name}" with code {code}; in the {year} classification {code} is "{official}" and "{name}" is {other}',
  },
  itemHeading: {
    zh: '说明中“{item}”的标题为 {heading} 万元，其下正文为 {actual} 万元，两者不一致',
    en: 'The heading of "{item}" gives {heading}, the text under it {actual}',
  },
  amountNeighbour: {
    zh: '说明中“{item}”为 {actual} 万元，表中为 {expected} 万元（{source}）；{actual} 万元是上一项“{prevItem}”的金额',
    en: 'The text gives "{item}" as {actual}; according to {source} it is {expected}; {actual} is the amount of the item before it, "{prevItem}"',
  },
  changeExceeds: {
    zh: '说明中 {amount} {unit}比上年增加 {change} {unit}，则上年为 {last} {unit}，不可能为负数',
    en: 'The text gives {amount} as {change} more than last year, which would make last year {last}: it cannot be negative',
  },
  changeExceedsCopied: {
    zh: '说明中 {amount} {unit}比上年增加 {change} {unit}，则上年为 {last} {unit}，不可能为负数；{change} {unit}是上文“{previous}”的增加额，似照抄上文',
    en: 'The text gives {amount} as {change} more than last year, which would make last year {last}: it cannot be negative; {change} is the increase of "{previous}" above, copied from it',
  },
  formerName: {
    zh: '说明中“{actual}”是已停用的科目名称，{year}年 {code} 的名称为“{expected}”',
    en: '"{actual}" is a former name; in {year} {code} is named "{expected}"',
  },
} as const satisfies Record<string, Message>;

/** A message id of the narrative rules: a misspelt one does not compile. */
export type NarrativeMessageId = keyof typeof NARRATIVE_MESSAGES;

/** One kind of leftover in the list of narrative/leftover: “XX”, or “XX”（12 处） when it is left more than once. */
export const LEFTOVER_ITEM = {
  one: { zh: '“{text}”', en: '"{text}"' },
  many: { zh: '“{text}”（{n} 处）', en: '"{text}" ({n} times)' },
} as const;
export const LEFTOVER_SEP = { zh: '、', en: ', ' } as const;

export const SUBJECT_EN: Record<string, string> = {
  部门收入预算总额: 'total budgeted income',
  部门支出预算总额: 'total budgeted expenditure',
  机关运行经费: 'administrative operating costs',
  '“三公”经费': '"three public" expenses',
  因公出国境费用: 'official travel abroad',
  公务用车运行维护费: 'official vehicle operation',
  公务用车购置费: 'official vehicle purchase',
  公务接待费: 'official reception',
  政府采购预算: 'government procurement',
  其他资产原值: 'other assets',
  政府购买服务预算: 'government-purchased services',
  政府性基金预算支出: 'government fund expenditure',
  财政拨款收入: 'fiscal appropriation income',
  财政拨款支出: 'fiscal appropriation expenditure',
  一般公共预算拨款支出: 'general public budget expenditure',
  国有资本经营预算拨款支出: 'state capital operation budget expenditure',
  公务用车购置及运行费: 'official vehicle purchase and operation',
  项目支出: 'project expenditure',
};

/** Where a finding of checkNarrative is, put before its message when the paragraph has no cell. */
export const WHERE = {
  line: { zh: '第 {n} 行：', en: 'Line {n}: ' },
  paragraph: { zh: '第 {n} 段：', en: 'Paragraph {n}: ' },
} as const;

/** Words of the direction of a change, as the checker reads and names them. */
export const DIRECTION_WORDS = { up: '增加', down: '减少', flat: '持平' } as const;
/** The same directions as a finding names them in each language (“应为‘增加’” / 'means "up"'). */
export const DIRECTION_TERMS = {
  up: { zh: '增加', en: 'up' },
  down: { zh: '减少', en: 'down' },
  flat: { zh: '持平', en: 'flat' },
} as const satisfies Record<string, Message>;

/** What a finding's figure is judged against, and the other words the rules name in a message, in each language. */
export const NARRATIVE_TERMS = {
  tables: { zh: '表中数', en: 'the tables' },
  sameNameInTables: { zh: '表中同名项目', en: 'the item of that name in the tables' },
  priorSheet: { zh: '上年数与说明', en: 'the sheet “上年数与说明”' },
  amount: { zh: '金额', en: 'The amount' },
  executedInText: { zh: '说明所列上年执行数', en: "last year's outturn in the text" },
  priorTables: { zh: '上年附表', en: "last year's tables" },
} as const satisfies Record<string, Message>;

/** The levels of a functional code, as a finding names them. */
export const LEVEL_TERMS = {
  类: { zh: '类', en: 'class' },
  款: { zh: '款', en: 'section' },
  项: { zh: '项', en: 'item' },
} as const satisfies Record<string, Message>;
export const RELATION_WORDS = { up: '高于', down: '低于', flat: '等于' } as const;
