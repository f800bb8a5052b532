/** 上年数与说明: the sheet template, reading it back from a Grid, and the JSON form with its errors. */
import Decimal from 'decimal.js';
import type { Grid } from '../../src/core/grid';
import { PRIOR_FIELDS, priorFactsFromGrid, priorFactsFromJson, PriorFactsError, priorFactsToJson, priorSheetTemplate } from '../../src/core/narrative';
import { seedPrior } from './helpers';

test('the sheet template has a header and one labelled row per fact, values blank', () => {
  const rows = priorSheetTemplate();
  expect(rows[0]).toEqual({ label: '项目', value: '数值', note: '说明' });
  expect(rows).toHaveLength(PRIOR_FIELDS.length + 1);
  expect(rows.find((r) => r.label === '上年部门预算总额')).toEqual({ label: '上年部门预算总额', value: null, note: '上年部门收支预算总额（万元）' });
  expect(rows.slice(1).every((r) => r.value === null)).toBe(true);
});

test('a filled sheet reads back to the same facts as the JSON', () => {
  const rows = priorSheetTemplate(seedPrior()).map((r) => [r.label, r.value, r.note]);
  const grid: Grid = {
    sheets: [
      { name: '附表1', rows: [['收支总表']] },
      { name: '上年数与说明', rows },
    ],
  };
  const { found, facts, problems } = priorFactsFromGrid(grid);
  expect(found).toBe(true);
  expect(problems).toEqual([]);
  expect(priorFactsToJson(facts)).toEqual(priorFactsToJson(seedPrior()));
});

test('the sheet: labels with a unit or spaces, "1,234.5", blanks missing, bad values listed', () => {
  const grid: Grid = {
    sheets: [
      {
        name: '上年数与说明',
        rows: [
          ['项目', '数值', '说明'],
          ['上年部门预算总额（万元）', '2,892.08', null],
          [' 上年机关运行经费 ', null, '万元'],
          ['上年公务接待费', '约 0.1', null],
          ['单位简称', '市客管处', null],
        ],
      },
    ],
  };
  const r = priorFactsFromGrid(grid);
  expect(r.facts.amounts.lastTotal).toEqual(new Decimal('2892.08'));
  expect(r.facts.amounts.lastOperating).toBeUndefined();
  expect(r.facts.texts.orgShort).toBe('市客管处');
  expect(r.problems).toHaveLength(1);
  expect(r.problems[0].zh).toContain('上年公务接待费');
  expect(priorFactsFromGrid({ sheets: [] }).found).toBe(false);
});

test('JSON: Chinese labels as keys, numbers or strings; every bad value listed in Chinese and English', () => {
  const f = priorFactsFromJson({ 上年部门预算总额: 2892.08, year: '2024', _comment: 'x' });
  expect(f.amounts.lastTotal).toEqual(new Decimal('2892.08'));
  expect(f.year).toBe(2024);
  let err: PriorFactsError | undefined;
  try {
    priorFactsFromJson({ lastTotal: -1, vehicles: 1.5, year: 24, foo: 1, reasonTotal: {} });
  } catch (e) {
    err = e as PriorFactsError;
  }
  expect(err).toBeInstanceOf(PriorFactsError);
  expect(err!.problems.map((p) => p.key)).toEqual(['lastTotal', 'vehicles', 'year', 'foo', 'reasonTotal']);
  expect(err!.zh).toContain('不能为负数');
  expect(err!.en).toContain('must be a whole number');
  expect(() => priorFactsFromJson([1])).toThrow('must be a JSON object');
});

test('JSON "items": last year’s 类/款/项 by code, an amount or { amount, name }; written back the same; bad ones listed', () => {
  const f = priorFactsFromJson({ items: { '2080505': 24, '20805': '103.5', '2040503': { amount: '1600', name: '机关服务' } } });
  expect(f.items?.['2080505'].amount).toEqual(new Decimal(24));
  expect(f.items?.['20805'].amount).toEqual(new Decimal('103.5'));
  expect(f.items?.['2040503']).toEqual({ amount: new Decimal(1600), name: '机关服务' });
  expect(priorFactsFromJson(JSON.parse(JSON.stringify(priorFactsToJson(f))))).toEqual(f);
  let err: PriorFactsError | undefined;
  try {
    priorFactsFromJson({ items: { '20805x': 1, '2080505': -3, '208': 'abc' } });
  } catch (e) {
    err = e as PriorFactsError;
  }
  expect(err!.problems).toHaveLength(3);
  expect(err!.zh).toContain('“items”中的“20805x”应为三、五或七位科目编码');
  expect(() => priorFactsFromJson({ items: [1] })).toThrow('"items" must map functional codes');
});
