/**
 * The Shanghai layout's 编制说明 and 其他相关情况说明, worded as the 上海市 2026 部门预算 templates (部门 and 单位, as
 * departments receive them) and the 区级部门预算 published from them (普陀区万里街道 2025) print them: amounts in 万元
 * with two decimals ("43.83万元", "0.00万元"), no space around figures, changes against "{prev}年预算".
 * The two templates differ only where a sentence is the 部门's or the 单位's (SH_SCOPE).
 */
export const SH = {
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
  /** After a change: "，主要原因是…". */
  reason: '，主要原因是{reason}',
  amount: '{name}{amount}万元',
  income: '{year}年，{org}收入预算{income}万元，其中：{items}。',
  incomeSep: '；',
  expenditure: '支出预算{expenditure}万元，其中：财政拨款支出预算{fiscal}万元，{fiscalChange}。',
  funds:
    '财政拨款支出预算中，一般公共预算拨款支出预算{gpb}万元，{gpbChange}；政府性基金拨款支出预算{fund}万元，{fundChange}；' +
    '国有资本经营预算拨款支出预算{soe}万元，{soeChange}。',
  fiscalReason: '财政拨款收入支出{dir}的主要原因是{reason}。',
  itemsIntro: '财政拨款支出主要内容如下：',
  item: '{n}. “{names}”科目{amount}万元，主要用于{use}。',
  threePublic: '{year}年“三公”经费预算数为{total}万元，{change}{reason}。其中：',
  abroad: '（一）因公出国（境）费{amount}万元，{change}{reason}。',
  vehicle:
    '（二）公务用车购置及运行费{amount}万元，{change}{reason}。其中：公务用车购置费{purchase}万元，{purchaseChange}{purchaseReason}；' +
    '公务用车运行费{operation}万元，{operationChange}{operationReason}。',
  reception: '（三）公务接待费{amount}万元，{change}{reason}。',
  /** The vehicles by category (held, and bought this year): "，其中：部级领导干部用车0辆、…、其他用车8辆". */
  vehicleCategories: '，其中：{list}',
  vehicleCategory: '{name}{count}辆',
  vehicleCategorySep: '、',
} as const;

/** The sentences that are the 部门's in the 部门 template and the 单位's in the 单位 template. */
export const SH_SCOPE = {
  部门: {
    title: '{year}年部门预算编制说明',
    operating: '{year}年{org}（部门）下属{organs}家机关和{publicUnits}家参公事业单位财政拨款的机关运行经费预算为{amount}万元{change}。',
    noOperating: '本部门无机关运行经费。',
    procurement: '{year}年本部门政府采购预算{total}万元，其中：政府采购货物预算{goods}万元、政府采购工程预算{works}万元、政府采购服务预算{services}万元。',
    procurementSme: '{year}年本部门面向中小企业预留政府采购项目预算金额{sme}万元，其中，预留给小型和微型企业的政府采购项目预算为{small}万元。',
    noProcurement: '{org}{year}年未安排政府采购预算。',
    performance:
      '按照本区预算绩效管理工作的总体要求，本部门{units}个预算单位开展了{year}年项目预算绩效目标编报工作，编报绩效目标的项目{projects}个，' +
      '涉及项目预算资金{funds}万元。',
    assets: '截至{date}，{org}（部门）共有车辆{vehicles}辆{categories}；单价100万元（含）以上设备（不含车辆）{special}台（套）。',
    newAssets: '{year}年部门预算安排购置车辆{vehicles}辆{categories}；部门预算安排购置单价100万元（含）以上设备（不含车辆）{special}台（套）。',
  },
  单位: {
    title: '{year}年单位预算编制说明',
    operating: '{year}年{org}（单位）财政拨款的机关运行经费预算为{amount}万元{change}。',
    noOperating: '本单位无机关运行经费。',
    procurement: '{year}年度本单位政府采购预算{total}万元，其中：政府采购货物预算{goods}万元、政府采购工程预算{works}万元、政府采购服务预算{services}万元。',
    procurementSme: '',
    noProcurement: '{org}{year}年度未安排政府采购预算。',
    performance: '{year}年度，本单位编报绩效目标的项目共{projects}个，涉及项目预算资金{funds}万元。',
    assets: '截至{date}，{org}（单位）共有车辆{vehicles}辆{categories}；单价100万元（含）以上设备（不含车辆）{special}台（套）。',
    newAssets: '{year}年单位预算安排购置车辆{vehicles}辆{categories}；单位预算安排购置单价100万元（含）以上设备（不含车辆）{special}台（套）。',
  },
} as const;

/** The vehicle categories of the 国有资产 section, in the template's order, with the prior facts' key of each. */
export const SH_VEHICLE_CATEGORIES = [
  { key: 'Ministerial', name: '部级领导干部用车' },
  { key: 'Leaders', name: '主要领导干部用车' },
  { key: 'Confidential', name: '机要通信用车' },
  { key: 'Emergency', name: '应急保障用车' },
  { key: 'LawEnforcement', name: '执法执勤用车' },
  { key: 'Special', name: '特种专业技术用车' },
  { key: 'Retired', name: '离退休干部用车' },
  { key: 'Other', name: '其他用车' },
] as const;

/** What the Shanghai text's placeholders ask for. */
export const SH_ASK = {
  lastFiscal: '{prev}年财政拨款收支预算（万元）',
  lastGpb: '{prev}年一般公共预算拨款支出预算（万元）',
  lastGovFund: '{prev}年政府性基金拨款支出预算（万元）',
  lastSoe: '{prev}年国有资本经营预算拨款支出预算（万元）',
  lastItem: '{prev}年{item}预算（万元）',
  reasonFiscal: '财政拨款收入支出{dir}的主要原因',
  reasonItem: '{item}{dir}的主要原因',
  use: '主要用途',
  incomeItems: '各项收入金额',
  fiscal: '财政拨款支出预算（未识别到财政拨款收支预算总表）',
  gpb: '一般公共预算拨款支出预算（万元）',
  soe: '国有资本经营预算拨款支出预算（万元）',
  items: '财政拨款支出的“类/款/项”科目及金额（未识别到一般公共预算支出功能分类预算表）',
  threePublic: '{item}（未识别到“三公”经费和机关运行经费预算表）',
  operating: '机关运行经费预算（万元；“三公”经费和机关运行经费预算表中没有机关运行经费预算数）',
  organs: '下属机关家数',
  publicUnits: '下属参公事业单位家数',
  procurement: '政府采购{item}预算（万元）',
  sme: '面向中小企业预留政府采购项目预算金额（万元）',
  small: '预留给小型和微型企业的政府采购项目预算（万元）',
  units: '编报绩效目标的预算单位个数',
  projects: '编报绩效目标的项目个数',
  funds: '编报绩效目标的项目预算资金（万元；项目支出预算共{total}万元）',
  fundsNoTotal: '编报绩效目标的项目预算资金（万元）',
  date: '资产统计日期，如“{prev}年8月31日”',
  vehicles: '车辆数',
  vehicleCategory: '{name}数',
  newVehicleCategory: '{year}年预算安排购置{name}数',
  special: '单价100万元（含）以上设备（不含车辆）数量',
  newVehicles: '{year}年预算安排购置车辆数{hint}',
  newVehiclesHint: '（“三公”经费中公务用车购置费{amount}万元）',
  newSpecial: '{year}年预算安排购置单价100万元（含）以上设备数量',
} as const;
