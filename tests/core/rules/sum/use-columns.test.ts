/** sum/use-columns: a 收支总表 whose spending side is split by use adds up on every line. */
import { audit } from '../../../../src/core/audit';
import type { Grid } from '../../../../src/core/grid';
import useColumns from '../../../../src/core/rules/sum/use-columns';
import { at, run } from '../../helpers';
import { unitGrid } from '../unit-grid';

const show = (g: Grid) => run(useColumns, g).map((f) => `${f.messageId} ${at(f)} ${f.expected ?? ''}/${f.actual ?? ''}`);

describe('sum/use-columns', () => {
  test('valid: every line 合计 = 人员经费 + 公用经费 + 项目支出', () => {
    expect(show(unitGrid())).toEqual([]);
  });
  test('invalid: a line whose parts do not add up, at its 合计', () => {
    const g = unitGrid();
    g.sheets[0].rows[6][3] = 1250;
    expect(show(g)).toEqual(['mismatch 表1!D7 1200/1250']);
  });
  test('the whole audit of the valid grid: no error at all (the other six tables aside)', () => {
    expect(
      audit(unitGrid(), { rules: { 'meta/required-tables': 'off' } })
        .findings.filter((f) => f.severity === 'error')
        .map((f) => f.message),
    ).toEqual([]);
  });
});
