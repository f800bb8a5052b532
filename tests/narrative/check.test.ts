/** checkNarrative: the seed's real 第三部分 text, then one valid and one invalid paragraph per check. */
import Decimal from 'decimal.js';
import type { Table } from '../../src/core/tables/types';
import { checkNarrative, generateExplanation } from '../../src/core/narrative';
import { readFixture, seedPrior, seedTables } from './helpers';

let tables: Table[];
beforeAll(async () => {
  tables = await seedTables();
});

const check = (text: string) => checkNarrative(text, tables, seedPrior());
const rules = (text: string) => check(text).map((f) => f.rule);

describe('the seed’s own text', () => {
  test('finds 25.58 vs 25.57, the change 56.41, “2023 年政府性基金”, 工会会费, 33% and 增加 0 万元', () => {
    const fs = check(readFixture('fixtures/xianning-2024-part3.txt'));
    const amount = fs.find((f) => f.rule === 'narrative/amount-mismatch')!;
    expect(amount).toMatchObject({ severity: 'error', expected: '25.57', actual: '25.58', location: null });
    expect(amount.message).toBe('第 11 行：说明中机关运行经费为 25.58 万元，表中为 25.57 万元（表中数）');
    expect(fs.find((f) => f.rule === 'narrative/change-mismatch')).toMatchObject({ expected: '56.42', actual: '56.41' });
    const year = fs.find((f) => f.rule === 'narrative/year')!;
    expect(year).toMatchObject({ severity: 'error', expected: '2024', actual: '2023' });
    expect(year.message).toContain('2023 年政府性基金预算支出');
    expect(fs.find((f) => f.rule === 'narrative/name')).toMatchObject({ actual: '工会会费', expected: '工会经费', severity: 'warning' });
    expect(fs.find((f) => f.rule === 'narrative/percent')).toMatchObject({ actual: '33%', expected: '33.33%', severity: 'warning' });
    expect(fs.find((f) => f.rule === 'narrative/zero-increase')).toBeDefined();
    expect(fs).toHaveLength(6);
  });

  test('the generated text passes, apart from its placeholders', () => {
    const e = generateExplanation(tables, seedPrior());
    expect(rules(e.text)).toEqual(['narrative/leftover', 'narrative/leftover']);
  });

  test('English messages and cells when paragraphs come from a sheet', () => {
    const cell = { sheet: '编制说明', cell: 'A3' };
    const fs = checkNarrative({ paragraphs: ['标题', '', '市客管处 2024 年机关运行经费预算 25.58 万元。'], cells: [null, null, cell] }, tables, seedPrior(), {
      locale: 'en-US',
    });
    expect(fs).toHaveLength(1);
    expect(fs[0].location).toEqual(cell);
    expect(fs[0].message).toBe('The text gives administrative operating costs as 25.58 (10k yuan); according to the tables it is 25.57');
  });
});

describe('one check at a time', () => {
  const cases: [string, string, string][] = [
    // [rule, valid, invalid]
    ['narrative/amount-mismatch', '其中：社会保障和就业支出 109.47 万元，交通运输支出 1056.11 万元。', '其中：社会保障和就业支出 109.74 万元。'],
    ['narrative/direction', '机关运行经费预算 25.57 万元，比上年减少 56.42 万元。', '机关运行经费预算 25.57 万元，比上年增加 56.42 万元。'],
    ['narrative/direction', '因公出国（境）费用 0 万元，与上年持平。', '公务接待费 0 万元，与上年持平。'],
    ['narrative/change-mismatch', '“三公”经费预算 0 万元，比上年减少 8.1 万元。', '“三公”经费预算 0 万元，比上年减少 8 万元。'],
    [
      'narrative/percent',
      '部门支出预算总额为 1205.56 万元，比上年减少 1686.52 万元，减少 58.32%。',
      '部门支出预算总额为 1205.56 万元，比上年减少 1686.52 万元，减少 58.23%。',
    ],
    ['narrative/share', '机关运行经费预算 25.57 万元，占预算总额的 2.12%。', '机关运行经费预算 25.57 万元，占预算总额的 2.21%。'],
    [
      'narrative/year',
      '截至 2023 年 12 月 31 日，本单位保有车辆共有 0 辆。2024 年部门收入预算总额为 1205.56 万元。',
      '2025 年部门收入预算总额为 1205.56 万元。',
    ],
    ['narrative/name', '其他交通费用 1.13 万元。', '其它交通费用 1.13 万元。'],
    ['narrative/name', '福利费 4.53 万元、工会经费 3.63 万元。', '福利费 4.53 万元、工会会费 3.63 万元。'],
    ['narrative/leftover', '我单位政府购买服务预算 0 万元，与上年持平。', '我单位政府购买服务预算 XX 万元，（增加内容）待填写。'],
    ['narrative/doubled', '比上年增加 1 万元。', '比上年增加增加 1 万元。'],
    ['narrative/zero-increase', '预算未安排新增办公设备。', '2024 年预算增加办公设备 0 万元。'],
  ];
  test.each(cases)('%s', (rule, valid, invalid) => {
    expect(rules(valid)).not.toContain(rule);
    expect(rules(invalid)).toContain(rule);
  });

  test('a percentage that is only rounded coarser is a warning, a wrong one an error', () => {
    const coarse = check('政府采购预算 0.22 万元，比上年减少 0.11 万元，下降 33%。').find((f) => f.rule === 'narrative/percent')!;
    const wrong = check('政府采购预算 0.22 万元，比上年减少 0.11 万元，下降 34%。').find((f) => f.rule === 'narrative/percent')!;
    expect(coarse.severity).toBe('warning');
    expect(wrong.severity).toBe('error');
  });

  test('without last year’s figures the changes are not judged against the tables, only against the text’s own figures', () => {
    const fs = checkNarrative('机关运行经费预算 25.57 万元，比上年增加 3 万元，增长 5%。', tables, { amounts: {}, texts: {}, year: 2024 });
    // 3 ÷ (25.57 − 3) is 13.29%: the text contradicts itself, whatever last year was.
    expect(fs.map((f) => f.rule)).toEqual(['narrative/percent-figures']);
    expect(checkNarrative('机关运行经费预算 25.57 万元，比上年增加 3 万元，增长 13.29%。', tables, { amounts: {}, texts: {}, year: 2024 })).toEqual([]);
  });

  test('the year is taken from the text when neither the tables nor the facts give it', () => {
    const fs = checkNarrative('2024 年部门预算。2024 年部门收入预算总额为 1205.56 万元。2023 年部门支出预算总额为 1205.56 万元。', tables, {
      amounts: { lastTotal: new Decimal('2892.08') },
      texts: {},
    });
    expect(fs.map((f) => f.rule)).toEqual(['narrative/year']);
  });
});

describe('related cells: each finding names the table cells its sentence is about', () => {
  const cellOf = (name: string) => {
    const basic = tables.find((t) => t.kind === 'gpb-basic')!;
    if (basic.shape !== 'rows') throw new Error('rows');
    return basic.rows.find((r) => (name === '合计' ? r.isTotal : r.name === name))!.amounts.public.cell;
  };
  test('机关运行经费 25.58 → 附表6 total 公用经费 cell; 工会经费 amount → its own row; share → also the budget total', () => {
    const fs = check('市客管处 2024 年机关运行经费预算 25.58 万元，其中：福利费 4.35 万元。占预算总额的 2.21%，比上年减少 56.41 万元。');
    const amount = fs.find((f) => f.rule === 'narrative/amount-mismatch' && f.actual === '25.58')!;
    expect(amount.related).toEqual([cellOf('合计')]);
    expect(cellOf('合计')).toEqual({ sheet: '附表6', cell: 'E6' });
    expect(fs.find((f) => f.rule === 'narrative/amount-mismatch' && f.actual === '4.35')!.related).toEqual([cellOf('福利费')]);
    const share = fs.find((f) => f.rule === 'narrative/share')!;
    expect(share.related[0]).toEqual(cellOf('合计'));
    expect(share.related).toHaveLength(2);
    expect(share.related[1].sheet).not.toBe('附表6');
    expect(fs.find((f) => f.rule === 'narrative/change-mismatch')!.related).toEqual([cellOf('合计')]);
  });
  test('facts from 上年数与说明 (政府采购) have no table cell to point at', () => {
    const fs = check('我单位政府采购预算 0.33 万元。');
    expect(fs.find((f) => f.rule === 'narrative/amount-mismatch')!.related).toEqual([]);
  });
});
