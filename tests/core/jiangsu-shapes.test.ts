/**
 * Jiangsu's table shapes (公开01–04, 09表), with the published figures of 中共江苏省委办公厅 2019 (tests/fixtures/real/
 * jiangsu-swbgt-2019-tables.txt): three column pairs in 收支预算总表, 收入预算总表 down the rows, 支出预算总表 as one line
 * of totals, spending by use in 财政拨款收支预算总表, 三公 with 会议费 and 培训费. Their arithmetic (checked by hand from
 * the text): 22,395.50 + 1,374.63 + 3,894.09 = 27,664.22 = 11,700.63 + 13,025.38 + 2,938.21; 508.20 = 70.00 + 411.20 +
 * 27.00; 1,471.70 = 508.20 + 933.50 + 30.00. Everything ties: the audit must raise no error.
 */
import { audit } from '../../src/core/audit';
import type { Grid } from '../../src/core/grid';
import { at, clone } from './helpers';
import { swbgtCore } from './jiangsu-core-grid';

const run = (g: Grid) => audit(g, { rules: { 'meta/required-tables': 'off' } });
const errors = (g: Grid) =>
  run(g)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} ${at(f)} ${f.message}`);

describe('Jiangsu shapes', () => {
  test('read as the Jiangsu layout, every table recognised and labelled 公开0N表, nothing unrecognised', () => {
    const r = run(swbgtCore());
    expect(r.layout.id).toBe('jiangsu');
    expect(r.tables.map((t) => `${t.label} ${t.kind} ${t.unit}`)).toEqual([
      '公开01表 income-expenditure-summary 万元',
      '公开02表 income-summary 万元',
      '公开03表 expenditure-summary 万元',
      '公开04表 fiscal-summary 万元',
      '公开09表 three-public 万元',
    ]);
    expect(r.unrecognized).toEqual([]);
  });
  test('the published figures tie: no error', () => {
    expect(errors(swbgtCore())).toEqual([]);
  });
  test('收支预算总表: the use column adds up to 当年支出小计 (a changed 项目支出 is an error at the total)', () => {
    const g = clone(swbgtCore());
    g.sheets[0].rows[7][5] = 13125.38;
    expect(errors(g)).toEqual(expect.arrayContaining([expect.stringMatching(/^sum\/sides 公开01表!F13 .*当年支出小计.*27664\.22.*27764\.22/)]));
  });
  test('收入预算总表 down the rows: a group 小计 that differs from its sources is an error at the 小计', () => {
    const g = clone(swbgtCore());
    g.sheets[1].rows[6][2] = 27000;
    expect(errors(g)).toEqual(expect.arrayContaining([expect.stringMatching(/^sum\/children 公开02表!C6 /)]));
  });
  test('三公: 合计 = 三公小计 + 会议费 + 培训费, and 三公小计 = 出国 + 公务用车 + 接待', () => {
    const g = clone(swbgtCore());
    g.sheets[4].rows[6][8] = 40;
    expect(errors(g)).toEqual([expect.stringMatching(/^sum\/columns 公开09表!A7 /)]);
    const h = clone(swbgtCore());
    h.sheets[4].rows[6][2] = 80;
    expect(errors(h)).toEqual([expect.stringMatching(/^sum\/columns 公开09表!B7 /)]);
  });
  test('支出预算总表 (one line) against the summary’s uses: a changed 基本支出 is an error', () => {
    const g = clone(swbgtCore());
    g.sheets[2].rows[4][1] = 11800.63;
    g.sheets[2].rows[4][2] = 12925.38;
    expect(errors(g)).toEqual([expect.stringMatching(/^cross\/use-totals 公开01表!F7 /), expect.stringMatching(/^cross\/use-totals 公开01表!F8 /)]);
  });
});
