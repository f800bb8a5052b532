/**
 * The 编制说明 on the Shanghai layout: the real text of 上海市普陀区万里街道 2025 (fixtures/shanghai-2025-explanation.txt,
 * 编制说明 + 其他相关情况说明 as published, PDF line breaks joined) against its nine tables (tests/fixtures/shanghai-workbook.ts:
 * 表1–8 in 元, 表9 in 万元), with the facts the text itself states about 2024 (fixtures/shanghai-2025-prior.json).
 *
 * The text's real flaws, and nothing else:
 *  - line 26, item 21 “卫生健康支出（类）卫生健康支出（款）计划生育事务（项）”科目20.00万元: the 20.00 万元 is 表5's
 *    2100717, whose 款 is 21007 计划生育事务 and whose 项 is 计划生育服务 — the 款 name is the 类's, the 项 name the 款's;
 *  - line 43, “公务车用车运行费” for 公务用车运行费 (a typo in the reason clause);
 *  - lines 3, 42, 43, 44: “比2024年预算持平” for “与2024年预算持平” (narrative/punctuation, an info: 持平 takes 与…;
 *    the template's “比2025年预算增加（减少）XXX万元（持平）” filled with 持平 gives it — true, but the users' given form).
 * Everything else agrees with the tables within their rounding (189,767,551 元 = 18,976.76 万元; 2,578,025 元 = 257.80).
 */
import Decimal from 'decimal.js';
import type { Finding } from '../../src/core/report';
import type { AnyRowsTable, Table } from '../../src/core/tables/types';
import { checkNarrative, emptyPriorFacts, explanationParagraphs, generateExplanation, paragraphsOfText } from '../../src/core/narrative';
import type { PriorFacts } from '../../src/core/narrative';
import { readFixture, shanghaiPrior, shanghaiTables } from './helpers';

let tables: Table[];
let text: string;
beforeAll(async () => {
  tables = await shanghaiTables();
  text = readFixture('fixtures/shanghai-2025-explanation.txt');
});

const check = (t: string, prior: PriorFacts = shanghaiPrior()) => checkNarrative(t, tables, prior);
const brief = (fs: Finding[]) => fs.map((f) => ({ rule: f.rule, severity: f.severity, line: f.data?.paragraph, expected: f.expected, actual: f.actual }));
const rowsTable = (kind: string) => tables.find((t) => t.kind === kind) as AnyRowsTable;
const row = (kind: string, code: string) => rowsTable(kind).rows.find((r) => r.code === code)!;
const t9 = (key: string) => rowsTable('three-public').rows[0].amounts[key].cell;
/** The text with one change on one line (1-based), checked that the change took. */
function mutate(line: number, from: string, to: string): string {
  const lines = text.split('\n');
  expect(lines[line - 1]).toContain(from);
  lines[line - 1] = lines[line - 1].replace(from, to);
  return lines.join('\n');
}
/** “比2024年预算持平” on a line: true, the template's own form (see above). */
const FLAT = (line: string) => ({ rule: 'narrative/punctuation', severity: 'info', line, expected: undefined, actual: undefined });
const REAL = [
  FLAT('3'),
  { rule: 'narrative/item-name', severity: 'error', line: '26', expected: '计划生育事务', actual: '卫生健康支出' },
  { rule: 'narrative/item-name', severity: 'error', line: '26', expected: '计划生育服务', actual: '计划生育事务' },
  FLAT('42'),
  FLAT('43'),
  { rule: 'narrative/name', severity: 'warning', line: '43', expected: '公务用车运行费', actual: '公务车用车运行费' },
  FLAT('44'),
];

describe('the real 2025 text of 万里街道', () => {
  test('the fixture is the published text: 54 lines, item 21 on line 26, every figure as printed', () => {
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(54);
    expect(lines[0]).toBe('2025年部门预算编制说明');
    expect(lines[25]).toBe('21. “卫生健康支出（类）卫生健康支出（款）计划生育事务（项）”科目20.00万元，主要用于计划生育事务。');
    expect(lines[1]).toContain('收入预算18,976.76万元');
    expect(lines[45]).toContain('机关运行经费预算为464.64万元');
  });

  test('finds exactly its real flaws: the 款 and 项 names of item 21, and “公务车用车运行费”', () => {
    expect(brief(check(text))).toEqual(REAL);
  });

  test('item 21: which level is wrong, the right name and code from 表5, pointing at those cells', () => {
    const [k, x] = check(text).filter((f) => f.rule === 'narrative/item-name');
    expect(k.message).toBe('第 26 行：说明中“卫生健康支出（类）卫生健康支出（款）计划生育事务（项）”的款名称为“卫生健康支出”，表中 21007 为“计划生育事务”');
    expect(x.message).toBe('第 26 行：说明中“卫生健康支出（类）卫生健康支出（款）计划生育事务（项）”的项名称为“计划生育事务”，表中 2100717 为“计划生育服务”');
    expect(k.data).toMatchObject({ level: '款', code: '21007' });
    expect(x.data).toMatchObject({ level: '项', code: '2100717' });
    const amount = row('gpb-expenditure', '2100717').amounts.total;
    expect(amount.value!.toString()).toBe('200000'); // 元 = 20.00 万元: the amount is right
    expect(k.related).toEqual([row('gpb-expenditure', '21007').nameCell, amount.cell]);
    expect(x.related).toEqual([row('gpb-expenditure', '2100717').nameCell, amount.cell]);
    expect(k.related[0].sheet).toBe('表5');
    expect(k.location).toBeNull();
  });

  test('the typo points at 表9’s 公务用车运行费 cell', () => {
    const f = check(text).find((x) => x.rule === 'narrative/name')!;
    expect(f.message).toBe('第 43 行：说明中的“公务车用车运行费”应为“公务用车运行费”');
    expect(f.related).toEqual([t9('vehicle.operation')]);
  });

  test('without last year’s facts the same findings: the changes are not judged, the figures still are', () => {
    expect(brief(check(text, emptyPriorFacts()))).toEqual(REAL);
  });

  test('from a sheet: each finding at its cell; English messages', () => {
    const paragraphs = text.trimEnd().split('\n');
    const cells = paragraphs.map((_, i) => ({ sheet: '编制说明', cell: `A${i + 1}` }));
    const fs = checkNarrative({ paragraphs, cells }, tables, shanghaiPrior(), { locale: 'en-US' });
    expect(fs.map((f) => f.location)).toEqual([cells[2], cells[25], cells[25], cells[41], cells[42], cells[42], cells[43]]);
    expect(fs[1].message).toBe(
      'In "卫生健康支出（类）卫生健康支出（款）计划生育事务（项）" the section (款) is named "卫生健康支出"; the tables give 21007 "计划生育事务"',
    );
  });
});

describe('a changed figure or word in the real text is caught, with the table’s value', () => {
  test('37.91 → 37.19: the “三公” total against 表9', () => {
    const f = check(mutate(41, '37.91', '37.19')).filter((x) => !REAL.some((r) => r.line === x.data?.paragraph));
    expect(brief(f)).toEqual([{ rule: 'narrative/amount-mismatch', severity: 'error', line: '41', expected: '37.91', actual: '37.19' }]);
    expect(f[0].related).toEqual([t9('total')]);
  });

  test('增加 → 减少: 财政拨款收入 went up against 2024 (18,976.76 − 3,355.65)', () => {
    const f = check(mutate(2, '增加', '减少')).filter((x) => x.data?.paragraph === '2');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'narrative/direction' });
    expect(f[0].message).toBe('第 2 行：说明中写财政拨款收入“减少”，但本年 18976.76 万元高于上年 15621.11 万元，应为“增加”');
  });

  test('the reason’s direction: “财政拨款收入支出减少的主要原因” contradicts the increase', () => {
    expect(brief(check(mutate(4, '增加', '减少')).filter((x) => x.data?.paragraph === '4'))).toEqual([
      { rule: 'narrative/direction', severity: 'error', line: '4', expected: undefined, actual: undefined },
    ]);
  });

  test('持平 → 增加 for 公务接待费 (1.35 both years)', () => {
    expect(
      check(mutate(44, '比2024年预算持平', '比2024年预算增加'))
        .filter((x) => x.data?.paragraph === '44')
        .map((x) => x.rule),
    ).toEqual(['narrative/direction']);
  });

  test('a change that does not follow: 三公 “减少12万元” where 47.91 − 37.91 = 10', () => {
    const f = check(mutate(41, '减少10万元', '减少12万元')).filter((x) => x.data?.paragraph === '41');
    expect(brief(f)).toEqual([{ rule: 'narrative/change-mismatch', severity: 'error', line: '41', expected: '10', actual: '12' }]);
  });

  test('an item amount: 专项普查活动 43.83 → 43.38, against 表5 2010507 (438,300 元)', () => {
    const f = check(mutate(6, '43.83', '43.38')).filter((x) => x.data?.paragraph === '6');
    expect(brief(f)).toEqual([{ rule: 'narrative/amount-mismatch', severity: 'error', line: '6', expected: '43.83', actual: '43.38' }]);
    expect(f[0].related).toEqual([row('gpb-expenditure', '2010507').amounts.total.cell]);
    expect(f[0].message).toContain('2010507 专项普查活动');
  });

  test('an item’s 款 name: 统计信息事务 → 统计事务', () => {
    const f = check(mutate(6, '统计信息事务（款）', '统计事务（款）')).filter((x) => x.data?.paragraph === '6');
    expect(brief(f)).toEqual([{ rule: 'narrative/item-name', severity: 'error', line: '6', expected: '统计信息事务', actual: '统计事务' }]);
  });

  test('an item no code fits is said so, not guessed', () => {
    const f = check(mutate(12, '“公共安全支出（类）司法（款）公共法律服务（项）”科目30.00', '“公共安全支出（类）武装警察部队（款）消防（项）”科目31.00'));
    expect(f.filter((x) => x.data?.paragraph === '12').map((x) => x.rule)).toEqual(['narrative/item-unknown']);
  });

  test('机关运行经费 against 表9’s own column (464.64), not 公用经费 (1,082.77)', () => {
    const f = check(mutate(46, '464.64', '1082.77')).filter((x) => x.data?.paragraph === '46');
    expect(brief(f)).toEqual([{ rule: 'narrative/amount-mismatch', severity: 'error', line: '46', expected: '464.64', actual: '1082.77' }]);
    expect(f[0].related).toEqual([t9('admin-operating')]);
  });

  test('政府性基金 0.00 → 5.00 against the 空表; 一般公共预算 against 表4', () => {
    const fund = check(mutate(3, '政府性基金拨款支出预算0.00', '政府性基金拨款支出预算5.00')).filter(
      (x) => x.data?.paragraph === '3' && x.rule !== 'narrative/punctuation',
    );
    expect(brief(fund)).toEqual([{ rule: 'narrative/amount-mismatch', severity: 'error', line: '3', expected: '0', actual: '5' }]);
    const gpb = check(mutate(3, '一般公共预算拨款支出预算18,976.76', '一般公共预算拨款支出预算18,967.76')).filter(
      (x) => x.data?.paragraph === '3' && x.rule !== 'narrative/punctuation',
    );
    expect(brief(gpb)).toEqual([{ rule: 'narrative/amount-mismatch', severity: 'error', line: '3', expected: '18976.76', actual: '18967.76' }]);
    expect(gpb[0].related[0].sheet).toBe('表4');
  });

  test('the parts after 其中 add up: 政府采购 57.43 + 3780.72 + 983.05 = 4821.20; 车辆 8 = Σ types', () => {
    expect(
      check(mutate(48, '983.05', '938.05'))
        .filter((x) => x.data?.paragraph === '48')
        .map((x) => x.rule),
    ).toEqual(['narrative/parts-sum']);
    expect(
      check(mutate(53, '其他用车8辆', '其他用车7辆'))
        .filter((x) => x.data?.paragraph === '53')
        .map((x) => x.rule),
    ).toEqual(['narrative/parts-sum']);
  });
});

describe('generateExplanation on the Shanghai layout', () => {
  test('matches the reviewed text in full', () => {
    const e = generateExplanation(tables, shanghaiPrior());
    expect(e.text.trim()).toBe(readFixture('shanghai-2025-expected.md').trim());
    expect(e.sections.map((s) => s.id)).toEqual(['budget', 'items', 'other', 'threePublic', 'operating', 'procurement', 'performance', 'assets']);
  });

  test('its key numbers come from the tables in 万元 with two decimals, changes from the prior facts', () => {
    const e = generateExplanation(tables, shanghaiPrior());
    expect(e.text).toContain('收入预算18976.76万元，其中：财政拨款收入18976.76万元，比2024年预算增加3355.65万元；事业收入0.00万元');
    expect(e.text).toContain('国有资本经营预算拨款支出预算0.00万元，与2024年预算持平');
    expect(e.text).toContain('21. “卫生健康支出（类）计划生育事务（款）计划生育服务（项）”科目20.00万元');
    expect(e.text).toContain('8. “公共安全支出（类）其他公共安全支出（款）其他公共安全支出（项）”科目257.80万元');
    expect(e.text).toContain('“三公”经费预算数为37.91万元，比2024年预算减少10.00万元');
    expect(e.text).toContain('公务用车购置费15.00万元，比2024年预算减少10.00万元');
    expect(e.text).toContain('机关运行经费预算为464.64万元');
    expect(e.text).not.toContain('1082.77');
  });

  test('the same 33 items as the published list, item 21 with 表5’s names', () => {
    const items = (s: string) => [...s.matchAll(/^(\d+)\. “(.+?)”科目([\d.]+)万元/gm)].map((m) => [m[1], m[2], m[3]]);
    const published = items(text);
    const generated = items(generateExplanation(tables, shanghaiPrior()).text);
    expect(generated).toHaveLength(33);
    expect(generated.filter((g, i) => g.join() !== published[i].join())).toEqual([['21', '卫生健康支出（类）计划生育事务（款）计划生育服务（项）', '20.00']]);
  });

  test('the checker finds nothing in the generated text but its placeholders', () => {
    const fs = check(generateExplanation(tables, shanghaiPrior()).text);
    expect(new Set(fs.map((f) => f.rule))).toEqual(new Set(['narrative/leftover']));
  });

  test('what the tables do not hold is asked for, never invented: no 项目支出表 → the project funds stay a placeholder', () => {
    const e = generateExplanation(tables, emptyPriorFacts());
    expect(e.text).toContain('比2024年预算【请填写：2024年财政拨款收支预算（万元），以计算增减】');
    expect(e.text).toContain('涉及项目预算资金【请填写：编报绩效目标的项目预算资金（万元；项目支出预算共8842.58万元）】万元');
    expect(e.text).not.toMatch(/项目预算资金0|项目支出预算0/);
    expect(e.placeholders).toContain('【请填写：政府采购货物预算（万元）】');
    // no 政府购买服务 / 附表-9 wording of the standard layout
    expect(e.text).not.toMatch(/附表|政府购买服务|第三部分/);
  });

  test('机关运行经费: a 三公 table without its own column gives a placeholder, not 公用经费', () => {
    const without = tables.map((t) => {
      if (t.kind !== 'three-public' || t.shape !== 'rows') return t;
      const rows = t.rows.map((r) => ({ ...r, amounts: Object.fromEntries(Object.entries(r.amounts).filter(([k]) => k !== 'admin-operating')) }));
      return { ...t, columns: t.columns.filter((c) => c.key !== 'admin-operating'), rows };
    });
    const e = generateExplanation(without, shanghaiPrior());
    expect(e.text).toContain('机关运行经费预算为【请填写：机关运行经费预算（万元；“三公”经费和机关运行经费预算表中没有机关运行经费预算数）】万元');
  });

  test('prior facts fill the other sections: 政府采购 total is the sum of its parts', () => {
    const prior = shanghaiPrior();
    prior.amounts.procurementGoods = new Decimal('57.43');
    prior.amounts.procurementWorks = new Decimal('3780.72');
    prior.amounts.procurementServices = new Decimal('983.05');
    const e = generateExplanation(tables, prior);
    expect(e.text).toContain('政府采购预算4821.20万元，其中：政府采购货物预算57.43万元、政府采购工程预算3780.72万元、政府采购服务预算983.05万元。');
    // and the real text's procurement line now checks against them
    expect(
      check(mutate(48, '4821.20', '4812.20'), prior)
        .filter((x) => x.data?.paragraph === '48')
        .map((x) => x.rule),
    ).toEqual(expect.arrayContaining(['narrative/amount-mismatch', 'narrative/parts-sum']));
  });

  test('plain and Markdown text give the same paragraphs; part and section titles are headings', () => {
    const plain = generateExplanation(tables, shanghaiPrior(), { format: 'plain' });
    const md = generateExplanation(tables, shanghaiPrior());
    const want = explanationParagraphs(plain);
    expect(paragraphsOfText(md.text)).toEqual(want);
    expect(paragraphsOfText(plain.text)).toEqual(want);
    expect(want.filter((p) => p.heading).map((p) => p.text)).toEqual([
      '2025年部门预算编制说明',
      '其他相关情况说明',
      '一、2025年“三公”经费预算情况说明',
      '二、机关运行经费预算',
      '三、政府采购预算情况',
      '四、绩效目标设置情况',
      '五、国有资产占有使用情况',
    ]);
  });
});
