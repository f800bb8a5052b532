/**
 * One conversion to 万元 (money.ts toWan) serves the narrative: a table stated in 百万元 or 亿元 is read at its size,
 * one in 元 or 千元 rounded to the text's two decimals. Before, the narrative knew no 百万元 and read it as 万元.
 */
import Decimal from 'decimal.js';
import { toWan, wanPower } from '../../src/core/money';
import { currentFacts } from '../../src/core/narrative';
import type { Table } from '../../src/core/tables/types';
import { shanghaiTables } from './helpers';

test('toWan converts every unit a header may state', () => {
  expect(toWan(new Decimal('123456789'), '元').toFixed()).toBe('12345.68');
  expect(toWan(new Decimal('1234.5'), '千元').toFixed()).toBe('123.45');
  expect(toWan(new Decimal('18.97676'), '百万元').toFixed()).toBe('1897.676');
  expect(toWan(new Decimal('1.5'), '亿元').toFixed()).toBe('15000');
  expect(toWan(new Decimal('12.34'), '万元').toFixed()).toBe('12.34');
  expect(toWan(new Decimal('12.34'), null).toFixed()).toBe('12.34');
  expect([wanPower('元'), wanPower('千元'), wanPower('万元'), wanPower('百万元'), wanPower('亿元'), wanPower(null)]).toEqual([4, 1, 0, -2, -4, 0]);
});

test('a 百万元 workbook gives the narrative its amounts in 万元', async () => {
  const tables = await shanghaiTables();
  const wan = currentFacts(tables);
  // The fixture is in 元; the same figures stated in 百万元 are a million times as much money.
  const inMillions = tables.map((t) => ({ ...t, unit: '百万元' }) as Table);
  const f = currentFacts(inMillions);
  expect(wan.incomeTotal!.toFixed()).toBe('18976.76');
  expect(f.incomeTotal!.toFixed()).toBe('18976755100');
  expect(f.incomeTotal!.div(1e6).toDecimalPlaces(2).toFixed()).toBe(wan.incomeTotal!.toFixed());
  expect(f.gpb!.div(1e6).toDecimalPlaces(2).toFixed()).toBe(wan.gpb!.toFixed());
});
