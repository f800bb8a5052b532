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

describe('catalog/official-name — severities by meaning', () => {
  test('the official name of another code (a 302 code printed with another 302 code’s name) is an error naming that code', async () => {
    const f = run(rule, setCell(await mendedGrid(), '附表6', 'B20', '电费'));
    expect(f.map((x) => `${at(x)} ${x.severity} ${x.messageId}`)).toEqual(['附表6!B20 error otherCode']);
    expect(f[0].message).toMatch(/：科目 30205 的名称“电费”是科目 30206 的名称（30205 为“水费”），编码或名称有误$/);
    expect(f[0].message).toContain('是科目 30206 的名称');
    expect(f[0].suggestion?.to).toBe('水费');
  });
  test('…also after evening out spaces and brackets', async () => {
    const f = run(rule, setCell(await mendedGrid(), '附表6', 'B20', ' 电 费'));
    expect(f.map((x) => `${x.severity} ${x.messageId} ${x.data.otherCode}`)).toEqual(['error otherCode 30206']);
  });
  test('no false error: a name of another system (the seed’s 2080505 printed with 30108’s name) stays a warning', async () => {
    const f = run(rule, await seedGrid());
    expect(f.map((x) => `${at(x)} ${x.severity} ${x.messageId}`)).toEqual(['附表5!B10 warning mismatch', '附表6!B15 warning mismatch']);
  });
  test('no false error: a name shared by many codes and no sibling (行政运行 on a 款) is a plain mismatch', async () => {
    const f = run(rule, setCell(await mendedGrid(), '附表6', 'B20', '行政运行'));
    expect(f.map((x) => `${x.severity} ${x.messageId}`)).toEqual(['warning mismatch']);
  });
  test('no false error: a former name of the code itself is an alias, not another code’s name', async () => {
    const f = run(rule, setCell(await mendedGrid(), '附表3', 'B13', '医疗卫生与计划生育支出'));
    expect(f.map((x) => `${x.severity} ${x.messageId}`)).toEqual(['warning alias']);
  });
  test('another code’s name in a workbook outside the bundled years (2019) is only a warning', async () => {
    const { audit } = await import('../../../../src/core/audit');
    const f = audit(setCell(await mendedGrid(), '附表6', 'B20', '电费'), { ruleSet: [rule], year: 2019 }).findings;
    expect(f.map((x) => `${x.severity} ${x.messageId}`)).toEqual(['warning otherCode']);
  });
  test('an obsolete 类 name on a class line of 收支总表 / 财政拨款收支总表 is a warning naming the current one', async () => {
    const g = setCell(await mendedGrid(), '附表1', 'C12', '七、医疗卫生与计划生育支出');
    setCell(g, '附表4', 'C13', '(七) 医疗卫生与计划生育支出');
    const f = run(rule, g);
    expect(f.map((x) => `${at(x)} ${x.severity} ${x.messageId}`)).toEqual(['附表1!C12 warning alias', '附表4!C13 warning alias']);
    expect(f[0].message).toContain('现行名称为“卫生健康支出”');
    expect(f[0].suggestion?.to).toBe('七、卫生健康支出');
  });
  test('…a note only when the workbook is older than the catalogue', async () => {
    const { audit } = await import('../../../../src/core/audit');
    const g = setCell(await mendedGrid(), '附表1', 'C12', '七、医疗卫生与计划生育支出');
    const f = audit(g, { ruleSet: [rule], year: 2018 }).findings;
    expect(f.map((x) => `${at(x)} ${x.severity} ${x.messageId}`)).toEqual(['附表1!C12 info aliasOlder']);
  });
});
