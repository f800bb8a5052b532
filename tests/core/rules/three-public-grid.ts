/** A 三公 table printed with 机关运行经费 (Shanghai 表9 shape) beside a 一般公共预算基本支出表 by 经济分类, both in 万元. */
import type { GridSheet } from '../../../src/core/grid';
import { sheet } from '../helpers';

export interface ThreePublicFigures {
  /** 三公: 因公出国(境)费, 公务接待费, 购置费, 运行费 (小计 and 合计 follow), and 机关运行经费. */
  abroad?: number;
  reception?: number;
  purchase?: number;
  operation?: number;
  adminOperating?: number;
  /** 基本支出: 30217 公务接待费, 30231 公务用车运行维护费, 30299 其他 (公用经费 is 302's sum). */
  basicReception?: number;
  basicVehicle?: number;
  basicOther?: number;
}

const round = (x: number) => Math.round(x * 100) / 100;

export function threePublicSheets(o: ThreePublicFigures = {}): GridSheet[] {
  const abroad = o.abroad ?? 0;
  const reception = o.reception ?? 1.35;
  const purchase = o.purchase ?? 15;
  const operation = o.operation ?? 21.56;
  const vehicle = round(purchase + operation);
  const total = round(abroad + reception + vehicle);
  const bRec = o.basicReception ?? 1.2;
  const bVeh = o.basicVehicle ?? 20;
  const bOther = o.basicOther ?? 78.8;
  const pub = round(bRec + bVeh + bOther);
  return [
    sheet('表8', [
      ['2025年部门一般公共预算基本支出部门预算经济分类预算表'],
      ['编制单位：某某局', null, null, null, '单位：万元'],
      ['部门预算经济分类科目编码', '经济分类科目名称', '合计', '人员经费', '公用经费'],
      ['合计', null, round(300 + pub), 300, pub],
      ['301', '工资福利支出', 300, 300, null],
      ['30101', '基本工资', 300, 300, null],
      ['302', '商品和服务支出', pub, null, pub],
      ['30217', '公务接待费', bRec, null, bRec],
      ['30231', '公务用车运行维护费', bVeh, null, bVeh],
      ['30299', '其他商品和服务支出', bOther, null, bOther],
    ]),
    sheet('表9', [
      ['2025年部门“三公”经费和机关运行经费预算表'],
      ['编制单位：某某局', null, null, null, null, null, '单位：万元'],
      ['“三公”经费预算数', null, null, null, null, null, '机关运行经费预算数'],
      ['合计', '因公出国(境)费', '公务接待费', '公务用车购置及运行费'],
      [null, null, null, '小计', '购置费', '运行费'],
      [total, abroad, reception, vehicle, purchase, operation, o.adminOperating ?? 90],
    ]),
  ];
}
