/**
 * narrative/punctuation: doubled marks, unpaired brackets and quotes (over a whole cell: a pair may span a merged
 * cell's lines), “比…持平”, and a prose paragraph without its 句号. Valid cases are real sentences (江苏 2019, Shanghai
 * 2026 filled); tests/narrative/real-texts.test.ts keeps the whole real texts at no finding of this rule.
 */
import type { Table } from '../../../src/core/tables/types';
import { checkNarrative, emptyPriorFacts } from '../../../src/core/narrative';
import type { NarrativeInput } from '../../../src/core/narrative';
import { seedTables } from '../helpers';

let tables: Table[];
beforeAll(async () => {
  tables = await seedTables();
});
const mine = (s: string | NarrativeInput) =>
  checkNarrative(s, tables, emptyPriorFacts(), { year: 2026 })
    .filter((f) => f.rule === 'narrative/punctuation')
    .map((f) => ({ id: f.messageId, where: f.location ? f.location.cell : f.data.paragraph, message: f.message, severity: f.severity }));
const at = (...cells: string[]) => cells.map((cell) => ({ sheet: '部门编制说明', cell }));

describe('real sentences: no finding', () => {
  test.each([
    '江苏省委办公厅2019 年度一般公共预算拨款安排的“三公”经费预算支出中，因公出国（境）费支出70万元，占“三公”经费的13.77%；公务用车购置及运行费支出411.20万元，占“三公”经费的80.92%；公务接待费支出27万元，占“三公”经费的5.31 %。具体情况如下：',
    '反映部门年度总体收支预算情况。根据《江苏省财政厅关于 2019年省级部门预算的批复》（苏财预„2019‟7 号）填列。',
    '（二）公务用车购置及运行费0.00万元，与2025年预算持平。其中：公务用车购置费0.00万元，与2025年预算持平；公务用车运行费0.00万元，与2025年预算持平。',
    '1. “一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）”科目80.00万元，主要用于机关正常运转的人员经费和公用经费。',
    '2. 行政事业单位离退休（款）机关事业单位基本养老保险缴费（项）支出785.06万元，与上年相比增加41.67万元，增长5.60%。',
    '九、一般公共预算“三公”经费、会议费、培训费支出预算情况说明',
    '详见单位的项目绩效目标表',
    '1）人员经费增加；2）公用经费减少。',
    '主要用于……',
    '与上年相比持平；占比持平；比例持平。',
  ])('%s', (s) => expect(mine(s)).toEqual([]));
});

describe('a doubled mark', () => {
  test('。。 and ，，', () => {
    expect(mine('公务接待费5.00万元，，比2025年预算减少1.00万元。。')).toEqual([
      { id: 'punctDoubled', where: '1', message: '第 1 行：说明中标点“，，”重复', severity: 'warning' },
      { id: 'punctDoubled', where: '1', message: '第 1 行：说明中标点“。。”重复', severity: 'warning' },
    ]);
  });
});

describe('brackets and quotes in pairs', () => {
  test('an opening bracket never closed, a quote never closed', () => {
    expect(mine('（一）因公出国（境费0.00万元，占“三公经费的0%。').map((f) => f.message)).toEqual([
      '第 1 行：说明中 （ 与 ） 不成对：“（一）因公出国（境费0.00万元，…”',
      '第 1 行：说明中 “ 与 ” 不成对：“…境费0.00万元，占“三公经费的0%。”',
    ]);
  });
  test('a closing 》 with no opening', () => {
    expect(mine('根据上海市普陀区财政局关于编制2026年度部门预算的通知》编制。').map((f) => f.id)).toEqual(['punctUnbalanced']);
  });
  test('a pair over two lines of one merged cell: no finding; over two cells: one finding each', () => {
    const lines = ['（一）因公出国（境', '）费0.00万元，与2025年预算持平。'];
    expect(mine({ paragraphs: lines, cells: at('A3', 'A3') })).toEqual([]);
    expect(mine({ paragraphs: lines, cells: at('A3', 'A4') }).map((f) => [f.id, f.where])).toEqual([
      ['punctUnbalanced', 'A3'],
      ['punctUnbalanced', 'A4'],
    ]);
  });
  test('a text file broken by line inside a pair: no finding', () => {
    expect(mine('（一）因公出国（境\n）费0.00万元，与2025年预算持平。')).toEqual([]);
  });
});

describe('“与…持平”, not “比…持平”', () => {
  test('比上年预算数持平: a warning', () => {
    expect(mine('3．公务接待费预算支出27万元，比上年预算数持平。')).toEqual([
      {
        id: 'punctFlat',
        where: '1',
        message: '第 1 行：说明中“比上年预算数持平”应写作“与上年预算数持平”（“持平”与“与…”搭配，不用“比…”）',
        severity: 'warning',
      },
    ]);
  });
  test('比2025年预算持平, the Shanghai template filled as given: said, as an info', () => {
    expect(mine('（一）因公出国（境）费0.00万元，比2025年预算持平。')).toEqual([
      { id: 'punctFlat', where: '1', message: '第 1 行：说明中“比2025年预算持平”应写作“与2025年预算持平”（“持平”与“与…”搭配，不用“比…”）', severity: 'info' },
    ]);
  });
});

describe('a sentence without its 句号', () => {
  test('the last line of a cell', () => {
    const input: NarrativeInput = {
      paragraphs: ['2026年部门预算编制说明', '支出预算100.00万元，其中：财政拨款支出预算100.00万元，比2025年预算增加10.00万元'],
      cells: at('A1', 'A3'),
    };
    expect(mine(input)).toEqual([{ id: 'punctNoEnd', where: 'A3', message: '本段末尾缺少句号：“…万元，比2025年预算增加10.00万元”', severity: 'warning' }]);
  });
  test('a line followed by a numbered one', () => {
    const input: NarrativeInput = {
      paragraphs: [
        '财政拨款支出主要内容如下，按科目列示',
        '1. “一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）”科目80.00万元，主要用于机关正常运转。',
      ],
      cells: at('A3', 'A3'),
    };
    expect(mine(input)).toEqual([]);
    input.paragraphs[0] = '财政拨款支出100.00万元，主要用于机关正常运转的人员经费和公用经费，按科目列示如下';
    expect(mine(input).map((f) => f.id)).toEqual(['punctNoEnd']);
  });
  test('a line broken inside its cell, a title, the template’s own text: no finding', () => {
    const broken: NarrativeInput = {
      paragraphs: ['2026年，上海市普陀区某某局收入预算100.00万元，其中：财政拨款收入100.00万元，比2025年', '预算增加10.00万元。'],
      cells: at('A3', 'A3'),
    };
    expect(mine(broken)).toEqual([]);
    expect(mine({ paragraphs: ['一、2026年“三公”经费预算情况说明'], cells: at('A3') })).toEqual([]);
    expect(mine({ paragraphs: ['支出预算x,xxx万元，其中：财政拨款支出预算x,xxx万元，比2025年预算增加（减少）XXX万元'], cells: at('A3') })).toEqual([]);
  });
});
