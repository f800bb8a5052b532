/** narrative/level-mark on the 江苏省人大常委会办公厅 / 高院 2019 tables: the level after a name, and a 项 name out of order. */
import { workbookToGrid } from '../../../src/cli/xlsx';
import { audit } from '../../../src/core/audit';
import type { Table } from '../../../src/core/tables/types';
import { checkNarrative, emptyPriorFacts } from '../../../src/core/narrative';
import { buildJiangsuGy, buildJiangsuRdbgt } from '../../fixtures/jiangsu-workbooks';
import rule from '../../../src/core/narrative/rules/level-mark';
import { GPB, jiangsuParagraph, jiangsuParagraphs, jiangsuTables, runNarrativeRule, withSlip } from '../rule-tester';

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

const rdcwh = (part: string) => jiangsuParagraph('rdcwh', part);
const gyText = (part: string) => jiangsuParagraph('gy', part);

runNarrativeRule(rule, {
  tables: jiangsuTables('rdcwh'),
  year: 2019,
  valid: [
    // 江苏省人大常委会办公厅 2019, as published: 类 headings and the 类 of its 支出 by function.
    rdcwh('1．一般公共服务（类）支出'),
    rdcwh('2．社会保障和就业（类）支出'),
    rdcwh('3．住房保障（类）支出'),
    rdcwh('（一）一般公共服务（类）'),
    // 江苏省高级人民法院 2019: every 款 and 项 as 公开05 gives them (but 五（一）2., the invalid case below).
    ...jiangsuParagraphs('gy')
      .filter((p) => /^[1-6]．法院（款）/.test(p) && !p.includes('一般行政事务管理'))
      .map((text) => ({ text, tables: jiangsuTables('gy') })),
    { text: '1. 行政事业单位养老支出（款）行政单位离退休（项）支出70万元。', tables: GPB, year: 2024 },
    // A 项 the tables do not print, not near any of the 款's: left alone.
    { text: '1. 行政事业单位养老支出（款）事业单位离退休（项）支出8万元。', tables: GPB, year: 2024 },
  ],
  invalid: [
    {
      name: '江苏省人大常委会办公厅 2019 as published, 五（二）2.: 款 20805 marked （类）',
      text: rdcwh('2．行政事业单位离退休（类）机关事业单位基本养老保险缴费支出'),
      errors: [
        {
          messageId: 'levelMark',
          paragraph: 1,
          severity: 'warning',
          expected: '款',
          actual: '类',
          message: '说明中“行政事业单位离退休”标注为（类），表中 20805 行政事业单位离退休是款级科目',
        },
      ],
    },
    {
      name: '江苏省人大常委会办公厅 2019 as published, 五（三）1.: 款 22102 marked （类）',
      text: rdcwh('1．住房改革支出（类）住房公积金（项）'),
      errors: [{ messageId: 'levelMark', message: '表中 22102 住房改革支出是款级科目' }],
    },
    {
      name: '江苏省高级人民法院 2019 as published, 五（一）2.: “一般行政事务管理” for 2040502 一般行政管理事务',
      text: gyText('一般行政事务管理（项）'),
      tables: jiangsuTables('gy'),
      errors: [
        {
          messageId: 'levelName',
          severity: 'warning',
          expected: '一般行政管理事务',
          actual: '一般行政事务管理',
          message: '法院下的项是 2040502“一般行政管理事务”',
        },
      ],
    },
    {
      name: 'a 项 marked （款） against a small table',
      text: withSlip('1. 行政事业单位养老支出（款）行政单位离退休（项）支出70万元。', '行政单位离退休（项）', '行政单位离退休（款）'),
      tables: GPB,
      year: 2024,
      errors: [{ messageId: 'levelMark', expected: '项', actual: '款', related: ['一般公共预算!B7'] }],
    },
    {
      name: 'a 项 name one character off, under its 款, against a small table',
      text: '1. 行政事业单位养老支出（款）机关事业单位基本养老缴费保险支出（项）30万元。',
      tables: GPB,
      year: 2024,
      errors: [
        {
          messageId: 'levelName',
          expected: '机关事业单位基本养老保险缴费支出',
          message: '行政事业单位养老支出下的项是 2080505“机关事业单位基本养老保险缴费支出”',
        },
      ],
    },
  ],
});
