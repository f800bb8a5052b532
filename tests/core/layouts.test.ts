/** Layout detection: by the titles only a layout prints, never by one similar title. */
import { detectLayout } from '../../src/core/layouts';

test('the Shanghai titles → shanghai, with what told it', () => {
  const c = detectLayout(['2025年部门财务收支预算总表', '2025年部门“三公”经费和机关运行经费预算表']);
  expect(c.profile.id).toBe('shanghai');
  expect(c.source).toBe('detected');
  expect(c.evidence).toEqual(['财务收支预算总表', '“三公”经费和机关运行经费预算表']);
});

test('one title another province also prints is not enough for the Shanghai layout', () => {
  const c = detectLayout(['2024年一般公共预算支出功能分类预算表', '部门收入总表']);
  expect(c.profile.id).toBe('standard');
  expect(c.source).toBe('default');
});

test('附表-N titles → standard; no title at all → standard by default; a choice wins over the titles', () => {
  expect(detectLayout(['附表-1 收支总表', '附表-9 项目支出表'])).toMatchObject({ source: 'detected', profile: { id: 'standard' } });
  expect(detectLayout([])).toMatchObject({ source: 'default', profile: { id: 'standard' } });
  expect(detectLayout(['2025年部门财务收支预算总表', '2025年部门国有资本经营预算支出功能分类预算表'], 'standard')).toMatchObject({ source: 'option', profile: { id: 'standard' } });
});
