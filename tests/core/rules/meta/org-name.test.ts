import rule from '../../../../src/core/rules/meta/org-name';
import { at, mendedGrid, run, seedGrid, setCell } from '../../helpers';

describe('meta/org-name — the same 部门/单位 in every table', () => {
  test('valid (full-width and half-width colons alike)', async () => {
    expect(run(rule, await mendedGrid())).toEqual([]);
  });
  test('invalid: the seed’s 济宁市', async () => {
    const f = run(rule, await seedGrid());
    expect(f.map(at)).toEqual(['附表4!A3']);
    expect(f[0].message).toContain('“济”应为“咸”');
  });
  test('invalid: a name on the same line as the unit', async () => {
    const g = setCell(await mendedGrid(), '附表3', 'A3', '编制单位：咸宁市交通运输局     单位：万元');
    expect(run(rule, g).map(at)).toEqual(['附表3!A3']);
  });
});
