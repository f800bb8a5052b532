/**
 * narrative/leftover on the real Shanghai 2026 template (tests/fixtures/real/shanghai-2026-department-template.xlsx):
 * its text sheets hold the template's placeholders ("x,xxx万元", "XX", "增加（减少）", "（若无，则写…）") in merged cells,
 * a line per paragraph. One warning per cell listing what is left; the whole template as received (no table filled
 * either) gets one info for the text.
 */
import ExcelJS from 'exceljs';
import type { Table } from '../../../src/core/tables/types';
import { checkNarrative } from '../../../src/core/narrative';
import { checkWorkbookText } from '../../fixtures/narrative-real';
import { filledTemplate, TEMPLATE_FILE } from '../../fixtures/shanghai-templates';
import rule from '../../../src/core/narrative/rules/leftover';
import { sheet } from '../../core/helpers';
import { seedPrior, seedTables } from '../helpers';
import { jiangsuParagraph, jiangsuTables, runNarrativeRule, SEED_CASE, withSlip, xianning } from '../rule-tester';

let tables: Table[];
beforeAll(async () => {
  tables = await seedTables();
});
const check = (s: string) => checkNarrative(s, tables, seedPrior());

describe('the template’s text with its tables filled', () => {
  test('one warning per cell, each listing what is left with how often', async () => {
    const { findings } = await checkWorkbookText(await filledTemplate('department'), 2026);
    const left = findings.filter((f) => f.rule === 'narrative/leftover');
    expect(left).toHaveLength(findings.length);
    expect(left.map((f) => `${f.location!.sheet}!${f.location!.cell}`)).toEqual([
      '部门编制说明!A3',
      '部门编制说明!A4',
      '部门编制说明!A5',
      '部门编制说明!A6',
      '其他相关情况说明!A3',
      '项目经费情况说明!A1',
      '项目经费情况说明!A3',
    ]);
    expect(left.every((f) => f.severity === 'warning')).toBe(true);
    expect(left[0].message).toBe('说明中有未填写完的模板文字：“XX”、“x,xxx”（10 处）、“增加（减少）”（6 处）、“XXX”（5 处）、“（持平）”（5 处）、“xxxxxx”');
    expect(left[4].message).toContain('“（若无，则写…）”');
    expect(left[4].message).toContain('“增加（减少）”（6 处）');
    expect(left[4].message).toContain('“X”（3 处）');
  });
});

test('the template as received (no table filled either): one info for the whole text', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(TEMPLATE_FILE.department);
  const { findings } = await checkWorkbookText(wb, 2026);
  expect(findings).toHaveLength(1);
  expect(findings[0]).toMatchObject({ rule: 'narrative/leftover', severity: 'info', location: { sheet: '部门编制说明', cell: 'A3' } });
  expect(findings[0].message).toMatch(/^说明仍是模板原文，附表也都还没有填写：共 \d+ 处占位符或填写说明（“XX”（\d+ 处）、/);
});

describe('what is and is not a leftover', () => {
  test.each([
    ['XX收入预算x,xxx万元', '“XX”、“x,xxx”'],
    ['下属X家机关和X家参公事业单位', '“X”（2 处）'],
    ['比2023年预算增加（减少）XXX万元（持平）。', '“增加（减少）”、“XXX”、“（持平）”'],
    ['主要原因是……。', '“……”'],
    ['（若无，则写“本部门无机关运行经费。”）', '“（若无，则写…）”'],
    ['五、国有资产占有使用情况（增加内容）', '“（增加内容）”'],
    ['（无政府采购预算的部门，作下述说明：上海市普陀区XX部门2024年未安排政府采购预算。）', '“（无政府采购…）”'],
    ['【请填写：上年机关运行经费（万元）】', '“【请填写：上年机关运行经费（万元）】”'],
  ])('%s', (text, items) => {
    const fs = check(text);
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ rule: 'narrative/leftover', severity: 'warning' });
    expect(fs[0].message).toBe(`第 1 行：说明中有未填写完的模板文字：${items}`);
  });
  test.each([
    '上级专项资金 500 万元（此金额只是预算数，以实际下达的指标数为准）。',
    '单价100万元（含）以上设备（不含车辆）0台（套）。',
    '因公出国（境）费用 0 万元，与上年持平。',
    '详见单位的项目绩效目标表',
  ])('%s', (text) => expect(check(text).filter((f) => f.rule === 'narrative/leftover')).toEqual([]));
  test('without cells, each paragraph is its own', () => {
    expect(check('XX\nXX').filter((f) => f.rule === 'narrative/leftover')).toHaveLength(2);
  });
});

const rdcwh = (part: string) => jiangsuParagraph('rdcwh', part);

runNarrativeRule(rule, {
  ...SEED_CASE,
  valid: [
    // 市客管处 2024, as published: a bracket that is no instruction, 0 台（套）.
    xianning(30),
    xianning(44),
    xianning(17),
    // 江苏省人大常委会办公厅 2019: its 三公 paragraph is filled in.
    { text: rdcwh('3．住房保障（类）支出'), tables: jiangsuTables('rdcwh'), year: 2019 },
  ],
  invalid: [
    {
      name: '江苏省人大常委会办公厅 2019 as published: “增加（减少）”, “增长（减少）” left undecided',
      text: rdcwh('（2）政府性基金收入预算0万元'),
      tables: jiangsuTables('rdcwh'),
      year: 2019,
      errors: [{ messageId: 'leftover', paragraph: 1, severity: 'warning', message: '说明中有未填写完的模板文字：“增加（减少）”、“增长（减少）”' }],
    },
    {
      name: 'a placeholder left in a real sentence, counted',
      text: withSlip(xianning(22), '公务接待费 0 万元，比上年减少 0.1 万元', '公务接待费 XX 万元，比上年减少 XX 万元'),
      errors: [{ messageId: 'leftover', message: '“XX”（2 处）' }],
    },
    {
      name: 'one finding per cell: two lines of a merged cell, and a cell of its own',
      text: {
        paragraphs: ['XX收入预算x,xxx万元', '比上年增加（减少）XXX万元。', '（若无，则写“本部门无机关运行经费。”）'],
        cells: [
          { sheet: '部门编制说明', cell: 'A3' },
          { sheet: '部门编制说明', cell: 'A3' },
          { sheet: '部门编制说明', cell: 'A5' },
        ],
      },
      errors: [
        { messageId: 'leftover', at: '部门编制说明!A3', message: '说明中有未填写完的模板文字：“XX”、“x,xxx”、“增加（减少）”、“XXX”' },
        { messageId: 'leftover', at: '部门编制说明!A5', message: '“（若无，则写…）”' },
      ],
    },
    {
      name: 'the template as received (no table filled): one info for the whole text',
      text: '下属X家机关和X家参公事业单位\n比上年增加（减少）XXX万元。',
      tables: [
        sheet('一般公共预算', [
          ['2026年一般公共预算支出功能分类预算表'],
          ['单位：万元'],
          ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
          ['合计', null, null, null, null],
        ]),
      ],
      errors: [{ messageId: 'templateText', paragraph: 1, severity: 'info' }],
    },
  ],
});
