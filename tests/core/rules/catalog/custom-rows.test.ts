import { audit } from '../../../../src/core/audit';
import codeExists from '../../../../src/core/rules/catalog/code-exists';
import rule from '../../../../src/core/rules/catalog/custom-rows';
import { at, mendedGrid, run, setCell } from '../../helpers';

describe('catalog/custom-rows — a bad row of 自定义科目 is a finding at its cell, the good rows still apply', () => {
  test('valid: a clean 自定义科目 sheet gives nothing', async () => {
    const g = await mendedGrid();
    g.sheets.push({
      name: '自定义科目',
      rows: [
        ['编码', '名称', '体系'],
        ['2210288', '提租补贴（本地）', '功能'],
      ],
    });
    expect(run(rule, g)).toEqual([]);
  });
  test('invalid: a 4-digit code, a 经济 code of 7 digits, a code without a name and an unknown 体系 — each at its cell', async () => {
    const g = setCell(await mendedGrid(), '附表3', 'A22', '2210288');
    g.sheets.push({
      name: '自定义科目',
      rows: [
        ['编码', '名称', '体系'],
        ['2014', '坏编码', '功能'],
        ['2210288', '提租补贴（本地）', '功能'],
        ['3010101', '经济分类七位', '经济'],
        ['2140188', null, '功能'],
        ['2140189', '城市公交补贴', '其它体系'],
      ],
    });
    // The workbook is read and audited (no "invalid custom catalogue entries" any more).
    const r = audit(g, { ruleSet: [rule, codeExists] });
    expect(r.findings.map((f) => `${f.rule} ${at(f)} ${f.messageId}`)).toEqual([
      'catalog/custom-rows 自定义科目!A2 bad-code',
      'catalog/custom-rows 自定义科目!A4 bad-code',
      'catalog/custom-rows 自定义科目!A5 no-name',
      'catalog/custom-rows 自定义科目!C6 bad-system',
    ]);
    // The good row (2210288) applied: the table's code is known.
    expect(r.findings.some((f) => f.rule === 'catalog/code-exists')).toBe(false);
    expect(r.findings[0].message).toBe('“自定义科目”第 2 行：“2014”不是科目编码（功能分类 3、5 或 7 位，经济分类 3 或 5 位），此行未采用');
    expect(audit(g, { ruleSet: [rule], locale: 'en-US' }).findings[2].message).toBe(
      'Sheet “自定义科目” (own codes), row 5: code 2140188 has no name; the row is not used',
    );
  });
  test('the whole audit runs: the mended seed gives only the bad row', async () => {
    const g = await mendedGrid();
    g.sheets.push({
      name: '自定义科目',
      rows: [
        ['编码', '名称'],
        ['20', 'x'],
      ],
    });
    const r = audit(g);
    expect(r.tables.length).toBeGreaterThan(5);
    expect(r.findings.map((f) => `${f.rule} ${at(f)}`)).toEqual(['catalog/custom-rows 自定义科目!A2']);
  });
});
