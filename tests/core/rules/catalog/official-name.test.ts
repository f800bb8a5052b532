import rule from '../../../../src/core/rules/catalog/official-name';
import { at, mendedGrid, run, seedGrid, setCell } from '../../helpers';

describe('catalog/official-name — the printed name is the official one', () => {
  test('valid: spaces and full-width brackets are evened out', async () => {
    const g = setCell(await mendedGrid(), '附表3', 'B13', '卫生健康 支出');
    expect(run(rule, g)).toEqual([]);
  });
  test('invalid: the seed’s 2080505 without its final 支出 and 30112 其他社会保险缴费', async () => {
    const f = run(rule, await seedGrid());
    expect(f.map(at)).toEqual(['附表5!B10', '附表6!B15']);
    expect(f[0].suggestion?.to).toBe('机关事业单位基本养老保险缴费支出');
    expect(f[1].message).toContain('其他社会保障缴费');
  });
  test('an obsolete name names the current one', async () => {
    const f = run(rule, setCell(await mendedGrid(), '附表3', 'B13', '医疗卫生与计划生育支出'));
    expect(f.map((x) => `${at(x)} ${x.messageId}`)).toEqual(['附表3!B13 alias']);
    expect(f[0].message).toContain('卫生健康支出');
  });
  test('其它 for 其他 is flagged', async () => {
    const f = run(rule, setCell(await mendedGrid(), '附表6', 'B30', '其它商品和服务支出'));
    expect(f.map((x) => `${at(x)} ${x.messageId}`)).toEqual(['附表6!B30 variant']);
  });
});
