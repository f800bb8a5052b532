/** Layout detection: by the titles only a layout prints, never by one similar title. */
import { detectLayout } from '../../src/core/layouts';

test('the Shanghai titles → shanghai, with what told it', () => {
  const c = detectLayout(['2025年部门财务收支预算总表', '2025年部门“三公”经费和机关运行经费预算表']);
  expect(c.profile.id).toBe('shanghai');
  expect(c.source).toBe('detected');
  expect(c.evidence).toEqual(['财务收支预算总表', '“三公”经费和机关运行经费预算表']);
});

test('one title another province also prints is not enough for the Shanghai layout: read table by table', () => {
  const c = detectLayout(['2024年一般公共预算支出功能分类预算表', '部门收入总表']);
  expect(c.profile.id).toBe('unknown');
  expect(c.profile.tables).toEqual([]);
  expect(c.source).toBe('default');
});

test('the Jiangsu titles → jiangsu (公开0N表 labels, 收支预算总表, 三公 with 会议费 and 培训费, 机关运行经费 table)', () => {
  const c = detectLayout(['公开01表 收支预算总表', '公开09表 “三公”经费、会议费、培训费支出预算表', '一般公共预算机关运行经费支出预算表']);
  expect(c.profile.id).toBe('jiangsu');
  expect(c.evidence).toEqual(['“公开0N表”编号', '收支预算总表', '“三公”经费、会议费、培训费支出预算表', '机关运行经费支出预算表']);
  // Shanghai's 财务收支预算总表 and 财政拨款收支预算总表 are not Jiangsu's 收支预算总表.
  expect(detectLayout(['2026年部门财务收支预算总表', '2026年部门财政拨款收支预算总表', '2026年部门“三公”经费和机关运行经费预算表']).profile.id).toBe(
    'shanghai',
  );
});

test('附表-N titles → standard; no title at all → table by table; a choice wins over the titles', () => {
  expect(detectLayout(['附表-1 收支总表', '附表-9 项目支出表'])).toMatchObject({ source: 'detected', profile: { id: 'standard' } });
  expect(detectLayout([])).toMatchObject({ source: 'default', profile: { id: 'unknown' } });
  expect(detectLayout(['2025年部门财务收支预算总表', '2025年部门国有资本经营预算支出功能分类预算表'], 'standard')).toMatchObject({
    source: 'option',
    profile: { id: 'standard' },
  });
});

test('every profile is complete data: a name, a picker label, numbering, and a unique id', async () => {
  const { LAYOUTS, LAYOUT_CHOICES, layoutChoice, tableNumberText } = await import('../../src/core/layouts');
  expect(new Set(LAYOUTS.map((l) => l.id)).size).toBe(LAYOUTS.length);
  expect(LAYOUT_CHOICES).toEqual(['auto', ...LAYOUTS.map((l) => l.id)]);
  for (const l of LAYOUTS) {
    expect(l.name.zh && l.name.en && l.choice.zh && l.choice.en).toBeTruthy();
    expect(new Set(l.tables.map((t) => t.number)).size).toBe(l.tables.length);
  }
  expect(layoutChoice('jiangsu')).toBe('jiangsu');
  expect(layoutChoice('beijing')).toBeUndefined();
  const [standard, shanghai, jiangsu] = LAYOUTS;
  expect([tableNumberText(standard, '3'), tableNumberText(shanghai, '3'), tableNumberText(jiangsu, '3'), tableNumberText(jiangsu, '12')]).toEqual([
    '附表-3',
    '表3',
    '公开03表',
    '公开12表',
  ]);
});
