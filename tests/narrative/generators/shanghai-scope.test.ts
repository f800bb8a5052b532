/**
 * The Shanghai generator words the text as the workbook's own template does: a 部门 workbook gets the 部门 template's
 * sentences, a 单位 workbook the 单位 template's (the real 2026 templates, filled in code). Each generated text,
 * read back by the checker against its own tables, contradicts none of them.
 */
import { audit } from '../../../src/core/audit';
import { checkNarrative, generateExplanation, paragraphsOfText } from '../../../src/core/narrative';
import { emptyPriorFacts, priorFactsFromJson } from '../../../src/core/narrative';
import { scopeOf } from '../../../src/core/narrative/facts';
import { workbookToGrid } from '../../../src/cli/xlsx';
import { filledTemplate, type TemplateKind } from '../../fixtures/shanghai-templates';

const tablesOf = async (kind: TemplateKind) => audit(await workbookToGrid(await filledTemplate(kind))).typed;

describe.each([
  ['department', '部门'],
  ['unit', '单位'],
] as const)('the %s template', (kind, scope) => {
  test(`is read as a ${scope} disclosure`, async () => {
    expect(scopeOf(await tablesOf(kind))).toBe(scope);
  });

  test(`is written with the ${scope} template's sentences`, async () => {
    const e = generateExplanation(await tablesOf(kind), emptyPriorFacts(), { year: 2026 });
    expect(e.title).toBe(`2026年${scope}预算编制说明`);
    const text = e.text;
    if (scope === '部门') {
      expect(text).toContain('（部门）下属【请填写：下属机关家数】家机关和【请填写：下属参公事业单位家数】家参公事业单位财政拨款的机关运行经费预算为20.00万元');
      expect(text).toContain('按照本区预算绩效管理工作的总体要求，本部门【请填写：编报绩效目标的预算单位个数】个预算单位');
      expect(text).toContain('2026年本部门面向中小企业预留政府采购项目预算金额');
      expect(text).not.toContain('本单位');
    } else {
      expect(text).toContain('（单位）财政拨款的机关运行经费预算为20.00万元。');
      expect(text).not.toContain('下属');
      expect(text).toContain('2026年度，本单位编报绩效目标的项目共【请填写：编报绩效目标的项目个数】个');
      expect(text).toContain('2026年度本单位政府采购预算');
      expect(text).not.toContain('面向中小企业');
      expect(text).not.toMatch(/本部门|部门预算安排/);
    }
    expect(text).toContain(`2026年${scope}预算安排购置车辆`);
  });

  test('states the vehicles by category, and a zero procurement or 机关运行经费 the template way', async () => {
    const prior = priorFactsFromJson({
      vehicles: 8,
      vehiclesOther: 8,
      vehiclesMinisterial: 0,
      vehiclesLeaders: 0,
      vehiclesConfidential: 0,
      vehiclesEmergency: 0,
      vehiclesLawEnforcement: 0,
      vehiclesSpecial: 0,
      vehiclesRetired: 0,
      newVehicles: 0,
      procurementGoods: 0,
      procurementWorks: 0,
      procurementServices: 0,
      operatingOrgans: 1,
      operatingPublicUnits: 0,
    });
    const text = generateExplanation(await tablesOf(kind), prior, { year: 2026 }).text;
    expect(text).toContain(
      `共有车辆8辆，其中：部级领导干部用车0辆、主要领导干部用车0辆、机要通信用车0辆、应急保障用车0辆、执法执勤用车0辆、特种专业技术用车0辆、离退休干部用车0辆、其他用车8辆；`,
    );
    // None bought: every category is 0 without asking.
    expect(text).toContain(`2026年${scope}预算安排购置车辆0辆，其中：部级领导干部用车0辆、`);
    expect(text).toContain(scope === '部门' ? '2026年未安排政府采购预算。' : '2026年度未安排政府采购预算。');
    if (scope === '部门') expect(text).toContain('下属1家机关和0家参公事业单位');
  });

  test('agrees with its own tables when read back', async () => {
    const tables = await tablesOf(kind);
    const e = generateExplanation(tables, emptyPriorFacts(), { year: 2026, format: 'plain' });
    const findings = checkNarrative({ paragraphs: paragraphsOfText(e.text).map((p) => p.text) }, tables, emptyPriorFacts(), { year: 2026 });
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

test('a workbook whose tables say both 部门 and 单位, or neither, has no scope', () => {
  const t = (title: string, sheet = 'Sheet1') => ({ title, sheet }) as Parameters<typeof scopeOf>[0][number];
  expect(scopeOf([t('2026年部门收支总表'), t('2026年单位收入总表')])).toBeNull();
  expect(scopeOf([t('收支预算总表'), t('财政拨款收支预算总表')])).toBeNull();
  expect(scopeOf([t('收支预算总表', '单位收支总表')])).toBe('单位');
});
