/**
 * A 项目支出表 as real departments print it: one row per project, 项目名称 | 功能科目编码 | 合计 | 资金来源, two projects
 * under the same code — and, beside it, the 一般公共预算支出表 that lists the same codes by their official names.
 */
import type { CellValue, Grid } from '../../../src/core/grid';
import { sheet } from '../helpers';

export function projectGrid(o: { thirdCode?: CellValue; withGpb?: boolean } = {}): Grid {
  const project: CellValue[][] = [
    ['2024年部门项目支出预算表'],
    ['单位：万元'],
    ['项目名称', '功能科目编码', '合计', '一般公共预算', '政府性基金预算'],
    ['合计', null, 60, 60, 0],
    ['农业综合行政执法', '2130101', 10, 10, 0],
    ['农村人居环境整治', '2130101', 20, 20, 0],
    ['高标准农田建设', o.thirdCode ?? '2130122', 30, 30, 0],
  ];
  const gpb: CellValue[][] = [
    ['2024年一般公共预算支出表'],
    ['单位：万元'],
    ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
    ['合计', null, 100, 40, 60],
    ['213', '农林水支出', 100, 40, 60],
    ['21301', '农业农村', 100, 40, 60],
    ['2130101', '行政运行', 70, 40, 30],
    ['2130122', '农业生产发展', 30, 0, 30],
  ];
  return { sheets: [sheet('项目支出', project), ...(o.withGpb === false ? [] : [sheet('一般公共预算', gpb)])] };
}
