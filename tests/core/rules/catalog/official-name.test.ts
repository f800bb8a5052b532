import rule from '../../../../src/core/rules/catalog/official-name';
import { at, mendedGrid, run, seedGrid, setCell } from '../../helpers';
import { projectGrid } from '../project-grid';

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
  test('a former name in a workbook older than the catalogue (--year 2018) is a note to check, not a warning', async () => {
    const g = setCell(await mendedGrid(), '附表3', 'B13', '医疗卫生与计划生育支出');
    const { audit } = await import('../../../../src/core/audit');
    const f = audit(g, { ruleSet: [rule], year: 2018 }).findings;
    expect(f.map((x) => `${at(x)} ${x.severity} ${x.messageId}`)).toEqual(['附表3!B13 info aliasOlder']);
    expect(f[0].message).toContain('本工作簿为2018年');
  });
  test('其它 for 其他 is flagged', async () => {
    const f = run(rule, setCell(await mendedGrid(), '附表6', 'B30', '其它商品和服务支出'));
    expect(f.map((x) => `${at(x)} ${x.messageId}`)).toEqual(['附表6!B30 variant']);
  });
});

describe('catalog/official-name — a 项目支出表 row names its project, not its code', () => {
  test('valid: projects named “农业综合行政执法”, “农村人居环境整治” under 2130101 行政运行 are not code names', () => {
    expect(run(rule, projectGrid())).toEqual([]);
  });
  test('invalid: a wrong name in the 一般公共预算支出表 of the same workbook is still found', () => {
    const f = run(rule, setCell(projectGrid(), '一般公共预算', 'B8', '农业生产'));
    expect(f.map(at)).toEqual(['一般公共预算!B8']);
  });
});
