import type { LayoutProfile } from './profile';

/**
 * 江苏省省级部门预算公开格式 (公开01–12表, e.g. 中共江苏省委办公厅、江苏省人大常委会办公厅、江苏省高级人民法院 2019), all
 * in 万元: 收支预算总表 with three column pairs (收入 | 功能分类 | 支出用途) and 单位预留机动经费 as a third kind of spending;
 * 收入预算总表 printed down the rows; 财政拨款 and 一般公共预算 twins with a single 金额 column; 三公 together with 会议费
 * and 培训费; separate 机关运行经费 and 政府采购 tables; a "公开0N表" label above each title.
 */
export const JIANGSU: LayoutProfile = {
  id: 'jiangsu',
  name: { zh: '江苏省部门预算公开格式', en: 'Jiangsu department budget layout' },
  choice: { zh: '江苏省格式（公开01–12表）', en: 'Jiangsu layout (公开01–12)' },
  basis: '江苏省省级部门预算公开格式（公开01表 收支预算总表 … 公开12表 政府采购预算表，单位为万元）',
  tables: [
    { kind: 'income-expenditure-summary', number: '1', name: '收支预算总表', nameEn: 'Income and expenditure budget summary' },
    { kind: 'income-summary', number: '2', name: '收入预算总表', nameEn: 'Income budget summary' },
    { kind: 'expenditure-summary', number: '3', name: '支出预算总表', nameEn: 'Expenditure budget summary' },
    { kind: 'fiscal-summary', number: '4', name: '财政拨款收支预算总表', nameEn: 'Fiscal appropriation budget summary' },
    { kind: 'fiscal-expenditure', number: '5', name: '财政拨款支出预算表（功能科目）', nameEn: 'Fiscal appropriation expenditure by function' },
    { kind: 'fiscal-basic', number: '6', name: '财政拨款基本支出预算表（经济科目）', nameEn: 'Fiscal appropriation basic expenditure by economic class' },
    { kind: 'gpb-expenditure', number: '7', name: '一般公共预算支出预算表（功能科目）', nameEn: 'General public budget expenditure by function' },
    { kind: 'gpb-basic', number: '8', name: '一般公共预算基本支出预算表（经济科目）', nameEn: 'General public budget basic expenditure by economic class' },
    { kind: 'three-public', number: '9', name: '一般公共预算“三公”经费、会议费、培训费支出预算表', nameEn: '"Three public" expenses, meetings and training' },
    { kind: 'gov-fund', number: '10', name: '政府性基金预算支出预算表', nameEn: 'Government fund budget expenditure' },
    { kind: 'admin-operating', number: '11', name: '一般公共预算机关运行经费支出预算表', nameEn: 'Administrative operating costs' },
    { kind: 'procurement', number: '12', name: '政府采购预算表', nameEn: 'Government procurement budget' },
  ],
  label: { zh: '公开{nn}表', en: 'Table {nn}' },
  namesTables: true,
  signals: [
    { title: /^公开\d+表/, what: '“公开0N表”编号' },
    { title: /(?<!财务|财政拨款)收支预算总表$/, what: '收支预算总表' },
    { title: /三公.*会议费.*培训费/, what: '“三公”经费、会议费、培训费支出预算表' },
    { title: /机关运行经费支出(预算)?表$/, what: '机关运行经费支出预算表' },
    { title: /财政拨款(基本)?支出预算表/, what: '财政拨款支出预算表' },
  ],
  minSignals: 2,
  ownUnit: [],
  rules: {},
  // No generator of its own yet: the 财政部 structure (收支, 财政拨款, 三公, 机关运行经费) fits its tables.
  explanation: 'standard',
};
