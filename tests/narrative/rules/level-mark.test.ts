/** narrative/level-mark on the 江苏省人大常委会办公厅 / 高院 2019 tables: the level after a name, and a 项 name out of order. */
import { workbookToGrid } from '../../../src/cli/xlsx';
import { audit } from '../../../src/core/audit';
import type { Table } from '../../../src/core/tables/types';
import { checkNarrative, emptyPriorFacts } from '../../../src/core/narrative';
import { buildJiangsuGy, buildJiangsuRdbgt } from '../../fixtures/jiangsu-workbooks';

let rd: Table[];
let gy: Table[];
beforeAll(async () => {
  rd = audit(await workbookToGrid(buildJiangsuRdbgt().workbook)).typed;
  gy = audit(await workbookToGrid(buildJiangsuGy().workbook)).typed;
});
const found = (s: string, t: Table[]) => checkNarrative(s, t, emptyPriorFacts(), { year: 2019 }).filter((f) => f.rule === 'narrative/level-mark');

test.each([
  '1. 人大事务（款）行政运行（项）支出7448.2万元。',
  '（一）一般公共服务（类）',
  '（三）住房保障支出（类）',
  '1．行政事业单位离退休（款）未归口管理的行政单位离退休（项）支出271.45万元。',
  // Not a name of the tables: left alone.
  '2．行政事业单位离退休（款）机关事业单位基本养老保险缴费支出（项）607.1万元。',
  '1. 人大事务（款）其他人大事务（项）支出628.3万元。',
])('no finding: %s', (s) => expect(found(s, rd)).toEqual([]));

test('a 款 marked as 类 (人大常委会办公厅 2019, 五（二）1.)', () => {
  const [f, ...rest] = found('1．行政事业单位离退休（类）未归口管理的行政单位离退休支出（项）271.45万元。', rd);
  expect(rest).toEqual([]);
  expect(f).toMatchObject({ severity: 'warning', expected: '款', actual: '类' });
  expect(f.message).toBe('第 1 行：说明中“行政事业单位离退休”标注为（类），表中 20805 行政事业单位离退休是款级科目');
  expect(f.related).toHaveLength(1);
});

test('a 项 name with its words out of order, under the 款 named (高院 2019, 五（一）2.)', () => {
  const [f, ...rest] = found('2．法院（款）一般行政事务管理（项）支出 5804.83 万元。', gy);
  expect(rest).toEqual([]);
  expect(f).toMatchObject({ expected: '一般行政管理事务', actual: '一般行政事务管理' });
  expect(found('2．法院（款）一般行政管理事务（项）支出 5804.83 万元。', gy)).toEqual([]);
});
