import rule from '../../../../src/core/rules/code/consistent-names';
import { at, mendedGrid, run, seedGrid, setCell } from '../../helpers';
import { projectGrid } from '../project-grid';

describe('code/consistent-names — a code carries the same name in every table', () => {
  test('valid (spaces and full-width brackets do not count as a difference)', async () => {
    const g = setCell(await mendedGrid(), '附表5', 'B9', '事业单位 离退休');
    expect(run(rule, g)).toEqual([]);
  });
  test('invalid: the seed’s 2080505', async () => {
    const f = run(rule, await seedGrid());
    expect(f.map(at)).toEqual(['附表5!B10']);
  });
  test('on a tie the official name (科目表) is the reference, whichever table holds it', async () => {
    const g = setCell(await mendedGrid(), '附表3', 'B21', '住房公积金支出');
    const f = run(rule, g);
    expect(f.map(at)).toEqual(['附表3!B21']);
    expect(f[0].related).toEqual([{ sheet: '附表5', cell: 'B22' }]);
  });
  test('on a tie of two unofficial names the table earlier in the layout is the reference, not the earlier sheet', async () => {
    let g = setCell(await mendedGrid(), '附表3', 'B21', '住房公积金支出');
    g = setCell(g, '附表5', 'B22', '住房公积金缴存');
    g.sheets.reverse();
    const f = run(rule, g);
    expect(f.map(at)).toEqual(['附表5!B22']);
    expect(f[0].related).toEqual([{ sheet: '附表3', cell: 'B21' }]);
  });
  test('the name most tables use is the reference', async () => {
    let g = await mendedGrid();
    // A third table with the code: 政府性基金表 gets a 2210201 row named as in 附表-5.
    g = setCell(g, '附表8', 'A7', '2210201');
    g = setCell(g, '附表8', 'B7', '住房公积金');
    g = setCell(g, '附表3', 'B21', '住房公积金支出');
    const f = run(rule, g);
    expect(f.map(at)).toEqual(['附表3!B21']);
  });
});

describe('code/consistent-names — a 项目支出表 names its projects, not their codes', () => {
  test('valid: three projects, two under 2130101, beside 一般公共预算支出表 2130101 行政运行: no name is compared', () => {
    expect(run(rule, projectGrid())).toEqual([]);
  });
  test('invalid: the code tables are still compared with each other', () => {
    const g = projectGrid();
    g.sheets.push({ ...g.sheets[1], name: '一般公共预算2', rows: g.sheets[1].rows.map((r) => [...r]) });
    setCell(g, '一般公共预算2', 'B8', '农业生产');
    expect(run(rule, g).map(at)).toEqual(['一般公共预算2!B8']);
  });
});
