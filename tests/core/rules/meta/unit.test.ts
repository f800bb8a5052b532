import rule from '../../../../src/core/rules/meta/unit';
import { at, mendedGrid, run, setCell } from '../../helpers';

describe('meta/unit — 单位 stated and consistent', () => {
  test('valid', async () => {
    expect(run(rule, await mendedGrid())).toEqual([]);
  });
  test('invalid: a table without its unit line', async () => {
    const f = run(rule, setCell(await mendedGrid(), '附表3', 'H3', null));
    expect(f.map(at)).toEqual(['附表3!A2']);
  });
  test('invalid: a table in 元 among tables in 万元', async () => {
    const f = run(rule, setCell(await mendedGrid(), '附表3', 'H3', '单位：元'));
    expect(f.map(at)).toEqual(['附表3!H3']);
  });
});
