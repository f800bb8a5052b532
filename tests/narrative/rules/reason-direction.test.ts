/**
 * narrative/reason-direction: the reason given for a change explains a change that way. Valid cases are real
 * sentences (江苏 2019 情况说明, tests/fixtures/real/; the filled Shanghai 2026 text); the invalid ones are those sentences
 * with the direction or the reason turned round, as a text copied from the line above reads.
 */
import type { Table } from '../../../src/core/tables/types';
import { checkNarrative, emptyPriorFacts } from '../../../src/core/narrative';
import { seedTables } from '../helpers';

let tables: Table[];
beforeAll(async () => {
  tables = await seedTables();
});
const mine = (s: string) => checkNarrative(s, tables, emptyPriorFacts(), { year: 2019 }).filter((f) => f.rule === 'narrative/reason-direction');

describe('a reason that explains the change: no finding', () => {
  test.each([
    // 江苏省委办公厅 A6: an increase, and every reason an increase.
    '（1）一般公共预算收入预算 27664.22万元，与上年相比增加3205.79万元，增长13.11%。主要原因是人员经费政策性调增、增加行政运转保障经费、新增移动办公平台运维费、因新增国安办和档案管理处等机构增加了人员经费和工作运转经费等。',
    // 人大常委会办公厅 A18: an increase explained by cuts and increases, 增减相抵.
    '项目支出预算数为6459.58万元。与上年相比增加125.62万元，增长1.98%。主要原因是运转类项目经费统一压减10%，综合管理费专项增加209万用于办公用房租赁，江苏省第十三届人代会二次会议经费专项增加200万元，外事经费专项增加200万元，信息化建设经费专项增加55万元，增减相抵后项目支出预算数增加125.62万元。',
    // 人大 A42: a decrease by a cut.
    '4. 人大事务（款）人大立法（项）支出729万元，与上年相比减少81万元，减少10%。主要原因是按照规定运转类专项经费压减10%。',
    // 高院 A7: an increase, reasons both ways.
    '一般公共预算收入预算 37188.34 万元，与上年相比增加 4016.19万元，增长 12.11%。主要原因是基本支出增加人员工资、住房公积金、提租补贴等 3397.18 万元、项目经费支出安排减少 1134.33 万元、单位预留机动经费增加 1753.34 万元。',
    // 高院 A62, 人大 A72.
    '1．因公出国（境）费预算支出 160 万元，比上年预算减少 10万元，主要原因是 2019 年度因公出国（境）费支出预算的减少。',
    '江苏省人大常委会办公厅2019年度一般公共预算拨款安排的会议费预算支出1469.73万元，比上年预算增加164.48万元，主要原因按规定运转类专项经费统一压减10%，根据实际开支人代会专项经费增加200万元，增减相抵后增加164.48万元。',
    // Shanghai 2026, filled.
    '（三）公务接待费5.00万元，比2025年预算减少1.00万元，主要原因是厉行节约，压减公务接待。',
    // A base effect: last year's one-off spending, not this year's increase.
    '公务用车运行费3.00万元，比2025年预算减少2.00万元，减少的主要原因是上年一次性项目本年不再安排。',
    '公务用车运行费3.00万元，比2025年预算减少2.00万元，主要原因是上年新增的一次性购置项目本年不再安排。',
    // A change of funding.
    '财政拨款收入100.00万元，比2025年预算增加10.00万元，主要原因是单位自有资金减少，由财政拨款弥补。',
    // 人大 A8: the template's 增加（减少） left undecided (narrative/leftover's).
    '（2）政府性基金收入预算0万元，与上年相比增加（减少）0万元，增长（减少）0%。主要原因是本部门无此项收入。',
    // 持平 has no direction to contradict.
    '公务接待费5.00万元，与2025年预算持平，主要原因是新增接待任务与压减的相抵。',
  ])('%s', (s) => expect(mine(s)).toEqual([]));
});

describe('a reason that explains the opposite change', () => {
  test('a decrease explained by an increase (高院 A34 with its reason turned round)', () => {
    const [f, ...rest] = mine(
      '2．法院（款）一般行政管理事务（项）支出 5804.83 万元，与上年相比减少 245.14 万元，减少 4.05%。主要原因是信息化建设经费预算安排增加。',
    );
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      severity: 'warning',
      messageId: 'reasonDirection',
      data: expect.objectContaining({ word: '减少', reasonWord: '增加', paragraph: '1' }),
    });
    expect(f.message).toBe('第 1 行：说明中写“减少”，其后的原因“信息化建设经费预算安排增加”却只说到“增加”：请核对增减方向或原因');
  });
  test('an increase explained by a cut (人大 A42 with its direction turned round)', () => {
    const fs = mine('4. 人大事务（款）人大立法（项）支出729万元，与上年相比增加81万元，增长10%。主要原因是按照规定运转类专项经费压减10%。');
    expect(fs.map((f) => [f.messageId, f.data.word, f.data.reasonWord])).toEqual([['reasonDirection', '增长', '压减']]);
  });
  test('each item of a line its own reason: only the wrong one', () => {
    const s =
      '（二）公务用车购置及运行费3.00万元，比2025年预算减少1.00万元，主要原因是压减公务用车。其中：公务用车购置费0.00万元，与2025年预算持平；公务用车运行费3.00万元，比2025年预算减少1.00万元，主要原因是新增一辆执法执勤用车。';
    expect(mine(s).map((f) => f.data.reason)).toEqual(['新增一辆执法执勤用车']);
  });
  test('the paragraph of a text is named', () => {
    const fs = mine('一、收支预算\n机关运行经费比上年减少2万元，主要原因是新增办公设备购置。');
    expect(fs.map((f) => f.data.paragraph)).toEqual(['2']);
  });
});
