import type { LayoutProfile } from './profile';

/**
 * 上海市区级/市级部门预算公开格式 (e.g. 普陀区万里街道 2025): nine tables from 财务收支预算总表 to “三公”经费和机关运行
 * 经费预算表; 表1–8 in 元, 表9 in 万元; 财政拨款 split over 一般公共预算 / 政府性基金 / 国有资本经营预算 columns; a
 * 国有资本经营预算支出表 instead of a 项目支出表 (projects are described in text).
 */
export const SHANGHAI: LayoutProfile = {
  id: 'shanghai',
  name: { zh: '上海市部门预算公开格式', en: 'Shanghai department budget layout' },
  choice: { zh: '上海市格式', en: 'Shanghai layout (上海市格式)' },
  basis: '上海市区级部门预算公开格式（财务收支预算总表 … “三公”经费和机关运行经费预算表；表1–8 单位为元，表9 为万元）',
  tables: [
    { kind: 'income-expenditure-summary', number: '1', name: '财务收支预算总表', nameEn: 'Financial income and expenditure budget summary' },
    { kind: 'income-summary', number: '2', name: '收入预算总表', nameEn: 'Income budget summary' },
    { kind: 'expenditure-summary', number: '3', name: '支出预算总表', nameEn: 'Expenditure budget summary' },
    { kind: 'fiscal-summary', number: '4', name: '财政拨款收支预算总表', nameEn: 'Fiscal appropriation budget summary' },
    { kind: 'gpb-expenditure', number: '5', name: '一般公共预算支出功能分类预算表', nameEn: 'General public budget expenditure by function' },
    { kind: 'gov-fund', number: '6', name: '政府性基金预算支出功能分类预算表', nameEn: 'Government fund budget expenditure by function' },
    { kind: 'soe-expenditure', number: '7', name: '国有资本经营预算支出功能分类预算表', nameEn: 'State capital operation budget expenditure by function' },
    { kind: 'gpb-basic', number: '8', name: '一般公共预算基本支出部门预算经济分类预算表', nameEn: 'General public budget basic expenditure by economic class' },
    { kind: 'three-public', number: '9', name: '“三公”经费和机关运行经费预算表', nameEn: '"Three public" expenses and administrative operating costs' },
  ],
  label: { zh: '表{n}', en: 'Table {n}' },
  namesTables: true,
  signals: [
    { title: /财务收支(预算)?总表$/, what: '财务收支预算总表' },
    { title: /国有资本经营预算支出功能分类预算表$/, what: '国有资本经营预算支出功能分类预算表' },
    { title: /三公.*经费和机关运行经费(预算)?表$/, what: '“三公”经费和机关运行经费预算表' },
    { title: /部门预算经济分类预算表$/, what: '基本支出部门预算经济分类预算表' },
    { title: /支出功能分类预算表$/, what: '支出功能分类预算表' },
  ],
  // Other provinces print a "…支出功能分类预算表" too: two of these titles are needed.
  minSignals: 2,
  ownUnit: ['three-public'],
  // No 项目支出表 in this layout: projects are described in the text (项目经费情况说明).
  rules: {},
  explanation: 'shanghai',
};
