/**
 * One catalogue per budget year 2023–2026 (2024 in full, the others as changes to a neighbour, applied at load), and
 * each year's workbook judged by its own year's: codes added by the Ministry's notices exist from their year on.
 */
import { audit } from '../../src/core/audit';
import { catalogYears, loadCatalog, type CodeSystem } from '../../src/core/catalog/catalog';
import { CATALOG_YEARS, isDelta } from '../../src/core/catalog/data';
import codeExists from '../../src/core/rules/catalog/code-exists';
import officialName from '../../src/core/rules/catalog/official-name';
import catalogYear from '../../src/core/rules/catalog/year';
import { at, mendedGrid, setCell } from '../core/helpers';

const has = (year: number, code: string, system: CodeSystem = 'functional') => loadCatalog(year).lookup(system, code)?.name;

describe('the bundled years', () => {
  test('2023, 2024, 2025 and 2026; only 2024 is stored in full', () => {
    expect(catalogYears()).toEqual([2023, 2024, 2025, 2026]);
    expect(catalogYears().filter((y) => !isDelta(CATALOG_YEARS[y]))).toEqual([2024]);
  });

  test('财预〔2024〕22号: 22006 and 2300412 from 2024 on, not in 2023', () => {
    expect(has(2023, '22006')).toBeUndefined();
    expect(has(2023, '2300412')).toBeUndefined();
    for (const y of [2024, 2025, 2026]) {
      expect(has(y, '22006')).toBe('耕地保护考核奖惩基金支出');
      expect(has(y, '2300412')).toBe('自然资源海洋气象等');
    }
  });

  test('财预〔2025〕41号: 2170404, 22911 and 23107 from 2025 on, not in 2023 or 2024', () => {
    for (const y of [2023, 2024]) for (const c of ['2170404', '22911', '23107']) expect(has(y, c)).toBeUndefined();
    for (const y of [2025, 2026]) {
      expect(has(y, '2170404')).toBe('中央金融机构注资特别国债支出');
      expect(has(y, '22911')).toBe('中央金融机构注资特别国债财务基金支出');
      expect(has(y, '23107')).toBe('中央金融机构注资特别国债还本支出');
      expect(loadCatalog(y).lookup('functional', '2170404')?.parent).toBe('21704');
    }
  });

  test('what did not change is shared: the 2025 entry of an unchanged code is 2024’s', () => {
    expect(loadCatalog(2025).lookup('functional', '2080505')).toBe(loadCatalog(2024).lookup('functional', '2080505'));
    expect(loadCatalog(2023).entries('economic-dept').length).toBe(loadCatalog(2024).entries('economic-dept').length);
    expect(loadCatalog(2026).entries('functional').length).toBe(loadCatalog(2024).entries('functional').length + 3);
    expect(loadCatalog(2023).entries('functional').length).toBe(loadCatalog(2024).entries('functional').length - 2);
  });

  test('the economic map comes with each year', () => {
    expect(loadCatalog(2025).mapEconomic('30101', '机关')).toEqual(loadCatalog(2024).mapEconomic('30101', '机关'));
  });
});

describe('each year’s workbook is judged by its own catalogue', () => {
  /** The mended seed with 附表3's 2130199-row code replaced (only code-exists runs: sums do not matter). */
  async function withCode(code: string) {
    return setCell(await mendedGrid(), '附表3', 'A22', code);
  }
  const findings = (g: Awaited<ReturnType<typeof withCode>>, year: number) =>
    audit(g, { ruleSet: [codeExists, catalogYear], year }).findings.map((f) => `${f.rule} ${at(f)} ${f.severity}`);

  test('2170404 is unknown to 2024 (a warning) and known to 2025 and 2026', async () => {
    const g = await withCode('2170404');
    expect(findings(g, 2024)).toEqual(['catalog/code-exists 附表3!A22 warning']);
    expect(findings(g, 2025)).toEqual([]);
    expect(findings(g, 2026)).toEqual([]);
  });

  test('22006 is unknown to 2023 and known to 2024', async () => {
    const g = await withCode('22006');
    expect(findings(g, 2023)).toEqual(['catalog/code-exists 附表3!A22 warning']);
    expect(findings(g, 2024)).toEqual([]);
  });

  test('the year comes from the titles when no year is given (the seed prints 2024)', async () => {
    const g = await withCode('2170404');
    const f = audit(g, { ruleSet: [codeExists] }).findings;
    expect(f.map((x) => x.message)).toEqual([expect.stringContaining('在2024年科目表中未找到')]);
  });

  test('past the newest catalogue (2027): the newest is used, said once, and an unknown code is an info', async () => {
    const g = await withCode('2210288');
    const r = audit(g, { ruleSet: [codeExists, catalogYear], year: 2027 });
    expect(r.findings.map((f) => `${f.rule} ${at(f)} ${f.severity} ${f.messageId}`)).toEqual([
      'catalog/year - info newer',
      'catalog/code-exists 附表3!A22 info unknownNewer',
    ]);
    expect(r.findings[0].message).toContain('本工作簿为2027年，所带科目表最新为2026年');
    expect(r.findings[1].message).toContain('不在2026年科目表中；本工作簿为2027年');
    expect(audit(g, { ruleSet: [codeExists, catalogYear], year: 2027, locale: 'en-US' }).findings[0].message).toContain('newest bundled catalogue is 2026');
  });

  test('before the oldest (2019): 2023 is used, said once; unknown codes stay warnings, former names are notes', async () => {
    const g = setCell(await withCode('2210288'), '附表3', 'B13', '医疗卫生与计划生育支出');
    const r = audit(g, { ruleSet: [catalogYear, codeExists, officialName], year: 2019 });
    expect(r.findings.map((f) => `${f.rule} ${at(f)} ${f.severity} ${f.messageId}`)).toEqual([
      'catalog/year - info older',
      'catalog/official-name 附表3!B13 info aliasOlder',
      'catalog/code-exists 附表3!A22 warning unknown',
    ]);
    expect(r.findings[0].message).toContain('所带科目表最早为2023年');
  });

  test('a bundled year says nothing about the catalogue', async () => {
    for (const y of [2023, 2024, 2025, 2026]) expect(audit(await mendedGrid(), { ruleSet: [catalogYear], year: y }).findings).toEqual([]);
  });
});
