import rule from '../../../../src/core/rules/code/parent';
import { at, mendedGrid, run, setCell } from '../../helpers';
import { projectGrid } from '../project-grid';

describe('code/parent — every child code starts with its parent', () => {
  test('valid', async () => {
    expect(run(rule, await mendedGrid())).toEqual([]);
  });
  test('invalid: a 项 listed under another 款', async () => {
    const f = run(rule, setCell(await mendedGrid(), '附表3', 'A15', '2080599'));
    expect(f.map((x) => `${at(x)} ${x.severity}`)).toEqual(['附表3!A15 error']);
  });
  test('a 款 whose 类 is not listed is a warning (its total cannot be checked)', async () => {
    const f = run(rule, setCell(await mendedGrid(), '附表3', 'A14', '21211'));
    expect(f.map((x) => `${at(x)} ${x.severity}`)).toContain('附表3!A14 warning');
  });
});

describe('code/parent — a project’s code only classifies it', () => {
  test('valid: a 项目支出表 lists 7-digit codes with no 类/款 rows above them', () => {
    expect(run(rule, projectGrid({ withGpb: false }))).toEqual([]);
  });
});
