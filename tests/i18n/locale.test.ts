import { fill, localeFor, messages } from '../../src/i18n';

test('Chinese by default, English when Office shows English', () => {
  expect(localeFor(undefined)).toBe('zh-CN');
  expect(localeFor('zh-CN')).toBe('zh-CN');
  expect(localeFor('en-US')).toBe('en-US');
  expect(localeFor('en-GB')).toBe('en-US');
  expect(localeFor('fr-FR')).toBe('zh-CN');
  expect(messages('zh-CN').validate).toBe('校验');
  expect(messages('en-US').clear).toBe('Clear flags');
  expect(fill(messages('zh-CN').flagged, { n: 3 })).toBe('已标记 3 个单元格');
});

test('both locales define the same keys', () => {
  const keys = (o: object, p = ''): string[] => Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${p}${k}.`) : [`${p}${k}`]));
  expect(keys(messages('en-US')).sort()).toEqual(keys(messages('zh-CN')).sort());
});
