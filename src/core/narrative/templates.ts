/**
 * The wording of the 编制说明 (zh-CN) and the checker's finding messages (zh-CN and en-US).
 * {name} marks a value filled in by the generator; nothing else in the narrative code writes Chinese sentences.
 */

export const PLACEHOLDER = '【请填写：{what}】';

export const PART_TITLE = '第三部分 {year} 年部门预算编制情况及说明';

export const SECTION_TITLES = {
  budget: '（一）预算收支安排及增减变化情况说明',
  operating: '（二）机关运行经费安排及增减变化情况说明',
  threePublic: '（三）“三公”经费安排及增减变化情况说明',
  procurement: '（四）政府采购预算安排及增减变化情况说明',
  assets: '（五）国有资产占用及增减变化情况说明',
  purchaseServices: '（六）政府购买服务安排及增减变化情况说明',
  govFund: '（七）政府性基金预算支出情况说明',
  performance: '（八）{year} 年部门预算绩效情况说明',
} as const;

/** Change against last year. {diff} is the absolute change in 万元, {pct} the percentage ("58.32%"). */
export const CHANGE = {
  /** (一) writes 减少 twice: "比上年减少 1686.52 万元，减少 58.32%". */
  total: {
    up: '比上年增加 {diff} 万元，增加 {pct}',
    down: '比上年减少 {diff} 万元，减少 {pct}',
    upFromZero: '比上年增加 {diff} 万元（上年为 0）',
    flat: '与上年持平',
    unknown: '比上年{what}',
  },
  /** Elsewhere: "比上年减少 56.42 万元，下降 68.81%". */
  item: {
    up: '比上年增加 {diff} 万元，增长 {pct}',
    down: '比上年减少 {diff} 万元，下降 {pct}',
    upFromZero: '比上年增加 {diff} 万元（上年为 0）',
    flat: '与上年持平',
    unknown: '比上年{what}',
  },
} as const;

/** The reason sentence after a change: {dir} is 增加/减少 (total) or 增长/下降 (item). */
export const REASON = {
  total: { up: '增加', down: '减少', sentence: '{dir}主要原因是{reason}' },
  item: { up: '增长', down: '下降', sentence: '{dir}原因：{reason}' },
} as const;

export const TEXT = {
  listSep: '、',
  classSep: '，',
  amount: '{name} {amount} 万元',
  budgetIncome:
    '经{financeDept}核定并批复下达，{org} {year} 年部门收入预算总额为 {income} 万元，{incomeChange}，其中：{incomeItems}{incomeReason}；' +
    '{year} 年部门支出预算总额为 {expenditure} 万元，{expenditureChange}，其中：{classes}。{expenditureReason}',
  budgetGovFund: '{org} {year} 年政府性基金预算支出为 {govFund} 万元。',
  operating: '{org} {year} 年机关运行经费预算 {total} 万元，其中：{items}。占预算总额的 {share}，{change}。{reason}',
  operatingNoItems: '{org} {year} 年机关运行经费预算 {total} 万元，占预算总额的 {share}，{change}。{reason}',
  threePublic: '{org} {year} 年“三公”经费预算 {total} 万元，占预算总额的 {share}，{change}。{reason}',
  abroad: '因公出国（境）费用 {amount} 万元，{change}。{reason}',
  vehicle: '公务用车运行维护费 {operation} 万元，{operationChange}。{operationReason}公务用车购置费 {purchase} 万元，{purchaseChange}。{purchaseReason}',
  reception: '公务接待费 {amount} 万元，{change}。{reason}',
  procurement:
    '{org}严格按照《中华人民共和国政府采购法》和政府集中采购目录及标准的有关规定，切实做到“应编尽编，应采尽采”。' +
    '{year} 年，我单位政府采购预算 {total} 万元，其中货物类采购预算 {goods} 万元，工程类采购预算 {works} 万元，服务类采购预算 {services} 万元，{change}。{reason}',
  assets:
    '截至 {prevYear} 年 12 月 31 日，本单位保有车辆共有 {vehicles} 辆；单位价值 50 万元以上通用设备 {general} 台（套）；单价 100 万元以上专用设备 {special} 套。' +
    '其他资产原值 {other} 万元，{change}。{reason}{newEquipment}。',
  newEquipment: '{year} 年预算新增办公设备 {amount} 万元',
  noNewEquipment: '{year} 年预算未安排新增办公设备',
  purchaseServices: '{year} 年，我单位政府购买服务预算 {amount} 万元，{change}。{reason}',
  govFund: '本单位 {year} 年政府性基金预算支出 {amount} 万元，{change}。{reason}',
  govFundEmpty: '本单位 {year} 年没有使用政府性基金安排的支出，附表-8 政府性基金预算支出表为空表。',
  performanceProjects: '{year} 年{org}项目支出预算 {total} 万元，共 {count} 个项目，其中：{items}。',
  performanceTotalOnly: '{year} 年{org}项目支出预算 {total} 万元，分项目金额：{what}。',
  performanceNone: '{year} 年{org}没有安排项目支出。',
  performanceGoals: '重点项目预算的绩效目标：{goals}',
} as const;

/** What each placeholder asks for. */
export const ASK = {
  year: '预算年度',
  org: '单位简称',
  financeDept: '批复预算的财政部门，如“市财政局”',
  lastTotal: '上年部门预算总额（万元）',
  reasonTotal: '收支预算总额{dir}的主要原因',
  lastOperating: '上年机关运行经费（万元）',
  reasonOperating: '机关运行经费{dir}的原因',
  operating: '本年机关运行经费（未识别到附表-6 一般公共预算基本支出表）',
  lastThreePublic: '上年“三公”经费（万元）',
  reasonThreePublic: '“三公”经费{dir}的原因',
  threePublic: '本年{item}（未识别到附表-7“三公”经费支出表）',
  lastItem: '上年{item}（万元）',
  reasonItem: '{item}{dir}的原因',
  procurement: '本年政府采购预算（{item}，万元）',
  lastProcurement: '上年政府采购预算（万元）',
  reasonProcurement: '政府采购预算{dir}的原因',
  count: '{item}数量',
  otherAssets: '其他资产原值（万元）',
  lastOtherAssets: '上年其他资产原值（万元）',
  newEquipment: '本年预算新增办公设备（万元）',
  reasonAssets: '资产{dir}的原因',
  purchaseServices: '本年政府购买服务预算（万元）',
  lastPurchaseServices: '上年政府购买服务预算（万元）',
  reasonPurchaseServices: '政府购买服务预算{dir}的原因',
  govFund: '本年政府性基金预算支出（万元）',
  lastGovFund: '上年政府性基金预算支出（万元）',
  reasonGovFund: '政府性基金预算支出{dir}的原因',
  total: '本年部门预算总额（未识别到收支总表）',
  classes: '各类支出金额',
  projects: '各项目名称及金额（未识别到附表-9 项目支出表）',
  goals: '重点项目的绩效目标，按项目分别说明',
  changeOf: '{what}，以计算增减',
} as const;

/** Finding messages of checkNarrative, zh-CN and en-US. */
export const NARRATIVE_MESSAGES: Record<string, { zh: string; en: string }> = {
  amountMismatch: {
    zh: '说明中{subject}为 {actual} 万元，表中为 {expected} 万元（{source}）',
    en: 'The text gives {subjectEn} as {actual} (10k yuan); the tables give {expected} ({source})',
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
    en: '"{actual}" should read "{expected}" (official names use 其他)',
  },
  leftover: {
    zh: '说明中有未填写完的模板文字：{items}',
    en: 'Template text not filled in: {itemsEn}',
  },
  percentFigures: {
    zh: '说明中的增减幅度为 {actual}，按说明所列数计算应为 {expected}（{diff} ÷ 上年 {base}，上年 = {amount} {sign} {diff}；{exact}）',
    en: 'The text gives the change as {actual}; its own figures give {expected} ({diff} / last year {base} = {amount} {sign} {diff}; {exact})',
  },
  shareOf: {
    zh: '说明中 {amount} 万元占{of}的 {actual}，按 {amount} ÷ {total} 计算应为 {expected}',
    en: 'The text gives {amount} as {actual} of {of}; {amount} / {total} gives {expected}',
  },
  levelMark: {
    zh: '说明中“{name}”标注为（{actual}），表中 {code} {name}是{expected}级科目',
    en: 'The text marks "{name}" as ({actual}); in the tables {code} is a {expected}-level 科目',
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
  blankAmount: {
    zh: '说明中“{actual}”缺少金额',
    en: 'No figure before 万元 in "{actual}"',
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
    en: 'The text gives {total} {unit} but the parts listed after 其中 add up to {sum} ({parts})',
  },
  zeroIncrease: {
    zh: '说明中{subject}为 0 万元，却写“增加”：金额为 0 时不会增加',
    en: '{subjectEn} is 0 but the text says it increased',
  },
  tooLong: {
    zh: '本段共 {length} 字，超过每段 {limit} 字的上限：只检查了前 {read} 字，其后 {rest} 字未检查',
    en: 'This paragraph has {length} characters, more than the limit of {limit} per paragraph: only the first {read} were checked, the remaining {rest} were not read',
  },
};

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
export const RELATION_WORDS = { up: '高于', down: '低于', flat: '等于' } as const;

/**
 * The Shanghai layout's 部门预算编制说明 and 其他相关情况说明 (as 上海市 区级部门预算 print them, e.g. 普陀区万里街道 2025):
 * amounts in 万元 with two decimals ("43.83万元", "0.00万元"), no space around figures, changes against "{prev}年预算".
 */
export const SH = {
  title: '{year}年部门预算编制说明',
  otherPart: '其他相关情况说明',
  sections: {
    threePublic: '一、{year}年“三公”经费预算情况说明',
    operating: '二、机关运行经费预算',
    procurement: '三、政府采购预算情况',
    performance: '四、绩效目标设置情况',
    assets: '五、国有资产占有使用情况',
  },
  change: {
    up: '比{prev}年预算增加{diff}万元',
    down: '比{prev}年预算减少{diff}万元',
    flat: '与{prev}年预算持平',
    unknown: '比{prev}年预算{what}',
  },
  /** After a change that is not 持平. */
  reason: '，主要原因是{reason}',
  amount: '{name}{amount}万元',
  income: '{year}年，{org}收入预算{income}万元，其中：{items}。',
  incomeSep: '；',
  expenditure: '支出预算{expenditure}万元，其中：财政拨款支出预算{fiscal}万元，{fiscalChange}。',
  funds: '财政拨款支出预算中，一般公共预算拨款支出预算{gpb}万元，{gpbChange}；政府性基金拨款支出预算{fund}万元，{fundChange}；国有资本经营预算拨款支出预算{soe}万元，{soeChange}。',
  fiscalReason: '财政拨款收入支出{dir}的主要原因是{reason}。',
  itemsIntro: '财政拨款支出主要内容如下：',
  item: '{n}. “{names}”科目{amount}万元，主要用于{use}。',
  noItems: '{what}',
  threePublic: '{year}年“三公”经费预算数为{total}万元，{change}{reason}。其中：',
  abroad: '（一）因公出国（境）费{amount}万元，{change}{reason}。',
  vehicle: '（二）公务用车购置及运行费{amount}万元，{change}{reason}。其中：公务用车购置费{purchase}万元，{purchaseChange}{purchaseReason}；公务用车运行费{operation}万元，{operationChange}{operationReason}。',
  reception: '（三）公务接待费{amount}万元，{change}{reason}。',
  operating: '{year}年{org}（部门）财政拨款的机关运行经费预算为{amount}万元{change}。',
  procurement: '{year}年本部门政府采购预算{total}万元，其中：政府采购货物预算{goods}万元、政府采购工程预算{works}万元、政府采购服务预算{services}万元。',
  procurementSme: '{year}年本部门面向中小企业预留政府采购项目预算金额{sme}万元，其中，预留给小型和微型企业的政府采购项目预算为{small}万元。',
  performance: '按照预算绩效管理工作的总体要求，本部门{units}个预算单位开展了{year}年项目预算绩效目标编报工作，编报绩效目标的项目{projects}个，涉及项目预算资金{funds}万元。',
  assets: '截至{date}，{org}（部门）共有车辆{vehicles}辆；单价100万元（含）以上设备（不含车辆）{special}台（套）。',
  newAssets: '{year}年部门预算安排购置车辆{vehicles}辆；部门预算安排购置单价100万元（含）以上设备（不含车辆）{special}台（套）。',
} as const;

/** What the Shanghai text's placeholders ask for. */
export const SH_ASK = {
  lastFiscal: '{prev}年财政拨款收支预算（万元）',
  lastGpb: '{prev}年一般公共预算拨款支出预算（万元）',
  lastGovFund: '{prev}年政府性基金拨款支出预算（万元）',
  lastSoe: '{prev}年国有资本经营预算拨款支出预算（万元）',
  lastThreePublic: '{prev}年“三公”经费预算（万元）',
  lastItem: '{prev}年{item}预算（万元）',
  reasonFiscal: '财政拨款收入支出{dir}的主要原因',
  reasonItem: '{item}{dir}的主要原因',
  use: '主要用途',
  fiscal: '财政拨款支出预算（未识别到财政拨款收支预算总表）',
  gpb: '一般公共预算拨款支出预算（万元）',
  soe: '国有资本经营预算拨款支出预算（万元）',
  items: '财政拨款支出的“类/款/项”科目及金额（未识别到一般公共预算支出功能分类预算表）',
  threePublic: '{item}（未识别到“三公”经费和机关运行经费预算表）',
  operating: '机关运行经费预算（万元；“三公”经费和机关运行经费预算表中没有机关运行经费预算数）',
  procurement: '政府采购{item}预算（万元）',
  sme: '面向中小企业预留政府采购项目预算金额（万元）',
  small: '预留给小型和微型企业的政府采购项目预算（万元）',
  units: '编报绩效目标的预算单位个数',
  projects: '编报绩效目标的项目个数',
  funds: '编报绩效目标的项目预算资金（万元；项目支出预算共{total}万元）',
  fundsNoTotal: '编报绩效目标的项目预算资金（万元）',
  date: '资产统计日期，如“{prev}年8月31日”',
  vehicles: '车辆数',
  special: '单价100万元（含）以上设备（不含车辆）数量',
  newVehicles: '{year}年预算安排购置车辆数{hint}',
  newVehiclesHint: '（“三公”经费中公务用车购置费{amount}万元）',
  newSpecial: '{year}年预算安排购置单价100万元（含）以上设备数量',
} as const;
