import type { LayoutProfile } from './profile';

/** 财政部's nine 附表 (财预〔2023〕… 部门预算公开模板), as in the 咸宁 seed: 收支总表 … 项目支出表, all in 万元. */
export const STANDARD: LayoutProfile = {
  id: 'standard',
  name: { zh: '财政部九张附表格式', en: 'Ministry of Finance nine-table layout' },
  choice: { zh: '财政部九张附表', en: 'MOF nine tables (财政部九张附表)' },
  basis:
    '财政部部门预算公开参考格式（收支总表、收入总表、支出总表、财政拨款收支总表、一般公共预算支出表、一般公共预算基本支出表、“三公”经费支出表、政府性基金预算支出表、项目支出表）',
  tables: [
    { kind: 'income-expenditure-summary', number: '1', name: '收支总表', nameEn: 'Income and expenditure summary' },
    { kind: 'income-summary', number: '2', name: '收入总表', nameEn: 'Income summary' },
    { kind: 'expenditure-summary', number: '3', name: '支出总表', nameEn: 'Expenditure summary' },
    { kind: 'fiscal-summary', number: '4', name: '财政拨款收支总表', nameEn: 'Fiscal appropriation summary' },
    { kind: 'gpb-expenditure', number: '5', name: '一般公共预算支出表', nameEn: 'General public budget expenditure' },
    { kind: 'gpb-basic', number: '6', name: '一般公共预算基本支出表', nameEn: 'General public budget basic expenditure' },
    { kind: 'three-public', number: '7', name: '一般公共预算“三公”经费支出表', nameEn: '"Three public" expenses' },
    { kind: 'gov-fund', number: '8', name: '政府性基金预算支出表', nameEn: 'Government fund budget expenditure' },
    { kind: 'project', number: '9', name: '项目支出表', nameEn: 'Project expenditure' },
  ],
  label: { zh: '附表-{n}', en: 'Table {n}' },
  namesTables: false,
  signals: [
    { title: /^附表[-_]?\d/, what: '“附表-N”编号' },
    { title: /项目支出(预算)?表$/, what: '项目支出表' },
    { title: /部门收支总表$|^收支总表$/, what: '收支总表' },
  ],
  minSignals: 1,
  ownUnit: [],
  rules: {},
  explanation: 'standard',
};
