/** The core's one placeholder renderer (src/core/render.ts), as the rules and the UI strings use it. */
import { list, phrase, placeholders, renderTemplate, renderValue, term } from '../../src/core/render';
import { fill } from '../../src/i18n';

test('a placeholder without data stays as written (rules) or is left out (UI strings)', () => {
  expect(renderTemplate('{a} 与 {b}', { a: 'x' })).toBe('x 与 {b}');
  expect(fill('{a} and {b}', { a: 1 })).toBe('1 and ');
  expect(renderTemplate('{toString}', {})).toBe('{toString}');
});

test('phrases and lists render in each language; the workbook’s words stay as printed', () => {
  const cell = phrase(
    { zh: '{table} {row}·{column}', en: '{table} {row} · {column}' },
    { table: '附表-3 支出总表', row: term('合计行', 'total row'), column: '基本支出' },
  );
  expect(renderValue(cell, 'zh')).toBe('附表-3 支出总表 合计行·基本支出');
  expect(renderValue(cell, 'en')).toBe('附表-3 支出总表 total row · 基本支出');
  const parts = list(['人员经费', term('公用经费', 'public costs')]);
  expect(renderValue(parts, 'zh')).toBe('人员经费、公用经费');
  expect(renderValue(parts, 'en')).toBe('人员经费, public costs');
});

test('placeholders lists each name once, sorted', () => {
  expect(placeholders('{b}{a}{b} {c_1}')).toEqual(['a', 'b', 'c_1']);
});
