/**
 * A workbook whose titles match no profile is read table by table: said once, nothing demanded, each table it could
 * read checked — and only real inconsistencies between the figures it read reported.
 */
import { audit } from '../../src/core/audit';
import type { Grid } from '../../src/core/grid';
import { toText } from '../../src/cli/format';
import { at, sheet } from './helpers';

// Another province's shape: a 收支 table that is none of ours, and a 一般公共预算 table by function (万元).
const grid = (kuan = 120): Grid => ({
  sheets: [
    sheet('表一', [
      ['2023年度部门收支预算表'],
      ['单位：万元'],
      ['收入项目', '预算数', '支出项目', '预算数'],
      ['一、一般公共预算拨款', 200, '一、一般公共服务支出', 200],
      ['收入合计', 200, '支出合计', 200],
    ]),
    sheet('表二', [
      ['2023年度一般公共预算支出预算表'],
      ['单位：万元'],
      ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
      ['合计', null, 200, 150, 50],
      ['201', '一般公共服务支出', 200, 150, 50],
      ['20103', '政府办公厅（室）及相关机构事务', kuan, kuan - 50, 50],
      ['2010301', '行政运行', kuan, kuan - 50, 50],
      ['20106', '财政事务', 80, 80, 0],
      ['2010601', '行政运行', 80, 80, 0],
    ]),
  ],
});

test('no profile matches: read table by table, said once, no table demanded, no error on figures that tie', () => {
  const r = audit(grid());
  expect(r.layout).toMatchObject({ id: 'unknown', source: 'default' });
  expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  expect(r.findings.filter((f) => f.rule === 'meta/required-tables')).toEqual([]);
  expect(toText([{ ...r, file: 'x.xlsx' }])).toContain('报表格式：未识别的报表格式（按表名逐表核对，不要求附表齐全）');
});

test('a real inconsistency in a table it read is still reported, at its cell', () => {
  const r = audit(grid(130));
  expect(r.findings.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${at(f)}`)).toEqual(['sum/children 表二!C5', 'sum/children 表二!D5']);
});
