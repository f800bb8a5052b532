/**
 * The wording of the 第三部分 编制情况说明 as the 咸宁 (seed) layout prints it (zh-CN).
 * {name} marks a value filled in by the generator; nothing else in the narrative code writes Chinese sentences.
 */

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
