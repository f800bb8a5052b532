/** Recognition by title and header words, never by sheet name or position. */
import { audit } from '../../src/core/audit';
import { recognize } from '../../src/core/recognize';
import { matchTitle } from '../../src/core/recognize/titles';
import type { Grid } from '../../src/core/grid';
import { mendedGrid, sheet } from './helpers';

describe('titles', () => {
  test.each([
    ['附表-1 收支总表', 'income-expenditure-summary'],
    ['2024年咸宁市交通运输局城市客运管理处部门收支总表', 'income-expenditure-summary'],
    ['财政拨款收支总表', 'fiscal-summary'],
    ['部门收入总表', 'income-summary'],
    ['支出总表（单位：万元）', 'expenditure-summary'],
    ['一般公共预算支出表(分功能科目)', 'gpb-expenditure'],
    ['一般公共预算支出表（分单位）', 'gpb-expenditure-by-unit'],
    ['一般公共预算基本支出表', 'gpb-basic'],
    ['一般公共预算“三公”经费支出表', 'three-public'],
    ['政府性基金预算支出表', 'gov-fund'],
    ['部门项目支出表', 'project'],
    ['财务收支预算总表', 'income-expenditure-summary'],
    ['2024年部门收支总表    单位：万元', 'income-expenditure-summary'],
    ['一般公共预算基本支出表（单位：元）', 'gpb-basic'],
    ['2025年部门“三公”经费和机关运行经费预算表', 'three-public'],
    ['2025年部门一般公共预算基本支出部门预算经济分类预算表', 'gpb-basic'],
  ])('%s → %s', (title, kind) => {
    expect(matchTitle(title)?.kind).toBe(kind);
  });
  test.each(['本年一般公共预算基本支出', '说明：本单位2024年无“三公”经费预算，此表为空表。', '备注：财政专户管理资金收入是指教育收费收入', '合计'])(
    'not a title: %s',
    (text) => {
      expect(matchTitle(text)?.kind ?? null).toBeNull();
    },
  );
  test('a title-like cell of a table we do not know is listed, not guessed', () => {
    expect(matchTitle('部门整体支出绩效目标表')).toEqual(expect.objectContaining({ kind: null }));
    expect(matchTitle('2019年政府采购预算表')).toEqual(expect.objectContaining({ kind: 'procurement' }));
    expect(matchTitle('一般公共预算机关运行经费支出预算表')).toEqual(expect.objectContaining({ kind: 'admin-operating' }));
    expect(matchTitle('财政拨款支出预算表（功能科目）')).toEqual(expect.objectContaining({ kind: 'fiscal-expenditure' }));
    expect(matchTitle('财政拨款基本支出预算表（经济科目）')).toEqual(expect.objectContaining({ kind: 'fiscal-basic' }));
    // A 目录 line names a table but is not its title; a "公开03表" label on its own is not a title either.
    expect(matchTitle('    1. 2026年部门财务收支预算总表  ……………………………')).toBeNull();
    expect(matchTitle('公开03表')).toBeNull();
    expect(matchTitle('国有资本经营预算支出功能分类预算表')).toEqual(expect.objectContaining({ kind: 'soe-expenditure' }));
  });
});

describe('layouts', () => {
  test('sheet names do not matter: the mended workbook renamed Sheet1…Sheet9 gives the same result', async () => {
    const g = await mendedGrid();
    const renamed: Grid = { sheets: g.sheets.map((s, i) => ({ ...s, name: `Sheet${i + 1}` })) };
    const r = audit(renamed);
    expect(r.findings).toEqual([]);
    expect(r.tables).toHaveLength(10);
  });

  test('all tables stacked on one sheet, in another order, are found', async () => {
    const g = await mendedGrid();
    const rows = [...g.sheets].reverse().flatMap((s) => [...s.rows, [], []]);
    const one: Grid = { sheets: [{ name: '全部', rows }] };
    const r = audit(one);
    expect(r.tables.map((t) => t.kind).sort()).toEqual(
      [
        'expenditure-summary',
        'fiscal-summary',
        'gov-fund',
        'gpb-basic',
        'gpb-expenditure',
        'gpb-expenditure-by-unit',
        'income-expenditure-summary',
        'income-summary',
        'project',
        'three-public',
      ].sort(),
    );
    expect(r.findings).toEqual([]);
  });

  test('two-row headers without merge information still give each column its group', async () => {
    const g = await mendedGrid();
    for (const s of g.sheets) s.merges = [];
    const r = audit(g);
    expect(r.findings).toEqual([]);
  });

  test('a code and its name in one cell, indented names, codes as numbers', () => {
    const g: Grid = {
      sheets: [
        sheet('x', [
          ['支出总表'],
          ['单位：万元'],
          ['科目', '合计', '基本支出', '项目支出'],
          ['合计', 15, 10, 5],
          ['208 社会保障和就业支出', 15, 10, 5],
          ['  20805 行政事业单位养老支出', 15, 10, 5],
          ['    2080505 机关事业单位基本养老保险缴费支出', 15, 10, 5],
        ]),
      ],
    };
    const { tables } = recognize(g);
    expect(tables).toHaveLength(1);
    const t = tables[0];
    expect(t.shape === 'rows' && t.rows.map((r) => r.code)).toEqual([null, '208', '20805', '2080505']);
    expect(audit(g).findings.filter((f) => f.rule.startsWith('sum/'))).toEqual([]);
  });

  test('codes split over 类 | 款 | 项 columns', () => {
    const g: Grid = {
      sheets: [
        sheet('x', [
          ['一般公共预算支出表'],
          ['单位：万元'],
          ['类', '款', '项', '科目名称', '合计', '基本支出', '项目支出'],
          [null, null, null, '合计', 12, 12, 0],
          ['207', null, null, '文化旅游体育与传媒支出', 12, 12, 0],
          ['207', '01', null, '文化和旅游', 12, 12, 0],
          ['207', '01', '04', '图书馆', 12, 12, 0],
        ]),
      ],
    };
    const t = recognize(g).tables[0];
    expect(t.shape === 'rows' && t.rows.map((r) => r.code)).toEqual([null, '207', '20701', '2070104']);
  });

  test('a header repeated on a continuation page and a 栏次 row are skipped', () => {
    const g: Grid = {
      sheets: [
        sheet('x', [
          ['支出总表'],
          ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
          ['栏次', null, '1', '2', '3'],
          [null, '合计', 20, 20, 0],
          ['208', '社会保障和就业支出', 10, 10, 0],
          ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
          ['221', '住房保障支出', 10, 10, 0],
        ]),
      ],
    };
    const t = recognize(g).tables[0];
    expect(t.shape === 'rows' && t.rows.map((r) => r.code)).toEqual([null, '208', '221']);
  });

  test('a sheet without any title is listed as not recognised', () => {
    const r = recognize({
      sheets: [
        sheet('杂项', [
          ['姓名', '金额'],
          ['张三', 1],
        ]),
      ],
    });
    expect(r.tables).toEqual([]);
    expect(r.unrecognized).toEqual([expect.objectContaining({ sheet: '杂项', range: 'A1:B2' })]);
  });

  test('hidden helper columns take no part', async () => {
    const g = await mendedGrid();
    const s = g.sheets.find((x) => x.name === '附表3')!;
    // a hidden helper column I with junk numbers under a header word
    s.rows[3][8] = '合计';
    for (let r = 4; r < s.rows.length; r++) s.rows[r][8] = 999;
    s.hiddenCols = [8];
    expect(audit(g).findings).toEqual([]);
  });

  test('tables in 元 are compared with tables in 万元 after conversion', async () => {
    const g = await mendedGrid();
    const s = g.sheets.find((x) => x.name === '附表3')!;
    s.rows[2][7] = '单位：元';
    for (let r = 4; r < s.rows.length; r++)
      for (let c = 2; c < 5; c++) if (typeof s.rows[r][c] === 'number') s.rows[r][c] = Math.round((s.rows[r][c] as number) * 1000000) / 100;
    const f = audit(g).findings;
    expect(f.filter((x) => x.severity === 'error')).toEqual([]);
    expect(f.map((x) => x.rule)).toEqual(['meta/unit']);
  });
});

test('a title printed with its unit in the same cell: the table is found and its unit read from the title', async () => {
  const { recognize } = await import('../../src/core/recognize');
  const { sheet } = await import('./helpers');
  const r = recognize({
    sheets: [
      sheet('S', [
        ['2024年部门支出总表        单位：元'],
        ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
        ['208', '社会保障和就业支出', 300, 100, 200],
        [null, '合计', 300, 100, 200],
      ]),
    ],
  });
  expect(r.tables.map((t) => `${t.kind} ${t.unit}`)).toEqual(['expenditure-summary 元']);
});

describe('the metadata line above a header', () => {
  test('“部门名称：X … 单位：万元” is read for the org and unit, never as the header, whatever words the name holds', () => {
    const g: Grid = {
      sheets: [
        sheet('S', [
          ['支出总表'],
          ['部门名称：某某区财政局收入预算管理中心', null, null, '单位：万元'],
          ['科目编码', '科目名称', '合计', '基本支出'],
          ['合计', null, 10, 10],
          ['201', '一般公共服务支出', 10, 10],
        ]),
      ],
    };
    const r = audit(g);
    expect(r.tables).toEqual([expect.objectContaining({ kind: 'expenditure-summary', unit: '万元', org: '某某区财政局收入预算管理中心', range: 'A1:D5' })]);
    expect(r.typed[0].shape === 'rows' && r.typed[0].columns.map((c) => c.key)).toEqual(['total', 'basic']);
  });
});
