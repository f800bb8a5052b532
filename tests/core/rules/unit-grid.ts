/** A Shanghai 单位预算 shaped grid (表1 split by use, 表3, 表8), as in the real 2026 unit template, for the rules that read it. */
import type { CellValue, Grid } from '../../../src/core/grid';
import { sheet } from '../helpers';

/** 表1 (元): income 财政拨款 only; spending 201 and 208, split by use. `p208` is 208's 人员经费. */
export function unitGrid(o: { p208?: number; personnel8?: number; basic3?: number; business?: number } = {}): Grid {
  const p208 = o.p208 ?? 300;
  const t1: CellValue[][] = [
    ['2026年预算单位财务收支预算总表'],
    ['编制单位：某某中心', null, null, null, null, null, '单位：元'],
    ['本年收入', null, '本年支出'],
    ['项目', '预算数', '项目', '预算数'],
    [null, null, null, '合计', '基本支出', null, '项目支出'],
    [null, null, null, null, '人员经费', '公用经费'],
    ['一、财政拨款收入', 1500 + (o.business ?? 0), '一、一般公共服务支出', 1200, 700, 200, 300],
    ['1、一般公共预算', 1500, '二、社会保障和就业支出', p208, p208, 0, 0],
    ['二、事业收入', o.business ?? null],
    ['收入总计', 1500 + (o.business ?? 0), '支出总计', 1200 + p208, 700 + p208, 200, 300],
  ];
  const t3: CellValue[][] = [
    ['2026年预算单位支出预算总表'],
    ['编制单位：某某中心', null, null, null, null, null, '单位：元'],
    ['项目', null, null, null, '支出预算'],
    ['功能分类科目编码', null, null, '功能分类科目名称', '合计', '基本支出', '项目支出'],
    ['类', '款', '项'],
    ['201', null, null, '一般公共服务支出', 1200, o.basic3 ?? 900, 300],
    ['201', '03', null, '政府办公厅（室）及相关机构事务', 1200, o.basic3 ?? 900, 300],
    ['201', '03', '01', '行政运行', 1200, o.basic3 ?? 900, 300],
    ['208', null, null, '社会保障和就业支出', p208, p208, 0],
    ['208', '05', null, '行政事业单位养老支出', p208, p208, 0],
    ['208', '05', '05', '机关事业单位基本养老保险缴费支出', p208, p208, 0],
    ['合计', null, null, null, 1200 + p208, (o.basic3 ?? 900) + p208, 300],
  ];
  const personnel = o.personnel8 ?? 1000;
  const t8: CellValue[][] = [
    ['2026年预算单位一般公共预算基本支出部门预算经济分类预算表'],
    ['编制单位：某某中心', null, null, null, null, '单位：元'],
    ['项目', null, null, '一般公共预算基本支出'],
    ['部门预算经济分类科目编码', null, '经济分类科目名称', '合计', '人员经费', '公用经费'],
    ['类', '款'],
    ['301', null, '工资福利支出', personnel, personnel, null],
    ['301', '01', '基本工资', personnel, personnel, null],
    ['302', null, '商品和服务支出', 200, null, 200],
    ['302', '01', '办公费', 200, null, 200],
    ['合计', null, null, personnel + 200, personnel, 200],
  ];
  return { sheets: [sheet('表1', t1), sheet('表3', t3), sheet('表8', t8)] };
}
