/**
 * narrative/former-name: a 科目 named by a name its code no longer has in the year's 政府收支分类科目 (the bundled
 * catalogue: 210 卫生健康支出, once 医疗卫生与计划生育支出 and 医疗卫生支出; 207 文化旅游体育与传媒支出, once 文化体育
 * 与传媒支出; 20805 行政事业单位养老支出, once 行政事业单位离退休).
 */
import rule from '../../../src/core/narrative/rules/former-name';
import fs from 'fs';
import path from 'path';
import { audit } from '../../../src/core/audit';
import { loadCatalog, type Catalog } from '../../../src/core/catalog/catalog';
import { checkNarrative, emptyPriorFacts } from '../../../src/core/narrative';
import { GPB, runNarrativeRule } from '../rule-tester';

const XIANNING = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'xianning-2024-part3.txt'), 'utf8');

runNarrativeRule(rule, {
  tables: GPB,
  year: 2024,
  valid: [
    '（四）卫生健康支出（类）行政事业单位医疗（款）事业单位医疗（项）支出 10.55 万元。',
    '文化旅游体育与传媒支出 850088.3 元，同比减少 54357.12 元。',
    // A former name in prose, with no amount after it: not a 科目 named (城乡社区事务 was 212's, 医疗卫生支出 210's).
    '负责指导全市城乡社区事务，承担社区治理工作。',
    '统筹安排公立医院医疗卫生支出，提高保障水平。',
    // The 市客管处 2024 第三部分 (the seed's department, as published) names its 科目 by their 2024 names.
    { name: 'the 市客管处 2024 text', text: XIANNING },
    // A 2019 text: 行政事业单位离退休 was the name of 20805 then (Jiangsu 2019); not judged by a later catalogue.
    { text: '1．行政事业单位离退休（款）未归口管理的行政单位离退休（项）支出275.54万元。', year: 2019 },
  ],
  invalid: [
    {
      name: 'a 类 by its name before 2019, marked',
      text: '（四）医疗卫生与计划生育支出（类）行政事业单位医疗（款）事业单位医疗（项）支出 10.55 万元。',
      errors: [
        { messageId: 'formerName', paragraph: 1, expected: '卫生健康支出', actual: '医疗卫生与计划生育支出', message: '2024年 210 的名称为“卫生健康支出”' },
      ],
    },
    {
      name: 'a 类 by a former name, unmarked',
      text: '文化体育与传媒支出 85 万元，主要用于…。',
      errors: [{ messageId: 'formerName', expected: '文化旅游体育与传媒支出' }],
    },
    {
      name: 'a 类 marked, its 支出 after the mark: the 类 of that name, not a 款 or 项 of it',
      text: '文化体育与传媒（类）支出 50 万元。医疗卫生与计划生育（类）支出 10 万元。',
      errors: [
        { messageId: 'formerName', expected: '文化旅游体育与传媒支出', actual: '文化体育与传媒', message: '207' },
        { messageId: 'formerName', expected: '卫生健康支出', actual: '医疗卫生与计划生育', message: '210' },
      ],
    },
    {
      name: 'a 款 by its name before 2022, marked',
      text: '1．行政事业单位离退休（款）行政单位离退休（项）支出 70 万元。',
      errors: [{ messageId: 'formerName', expected: '行政事业单位养老支出', actual: '行政事业单位离退休' }],
    },
  ],
});

describe('the catalogue the text is read with', () => {
  const text = '（四）医疗卫生与计划生育支出（类）行政事业单位医疗（款）事业单位医疗（项）支出 10 万元。';
  const rules = (year: number, catalog?: Catalog) => checkNarrative(text, [], emptyPriorFacts(), { year, catalog }).map((f) => f.rule);

  test('the caller’s, when it is of the text’s year; the bundled one of the year otherwise', () => {
    // A bureau's catalogue of 2024 that knows 210 by its former name only: that name is no former name there.
    const bureau = loadCatalog(2024).withReplaced([{ code: '210', name: '医疗卫生与计划生育支出', system: 'functional' }]);
    expect(rules(2024)).toEqual(['narrative/former-name']);
    expect(rules(2024, bureau)).toEqual([]);
    // A 2024 catalogue for a 2019 text is not used: 2019 is before the oldest bundled year, and no name is judged.
    expect(rules(2019, loadCatalog(2024))).toEqual([]);
  });

  test('the audit’s catalogue travels with its result, but is no part of the report', () => {
    const r = audit({ sheets: GPB });
    expect(r.catalog?.requestedYear).toBe(2024);
    expect(Object.keys(r)).not.toContain('catalog');
    expect(JSON.stringify(r)).not.toContain('"catalog"');
  });
});
