import type { CodeSystem } from '../../catalog/catalog';
import { defineRule } from '../rule';
import { listsProjects } from '../support/codes';
import { tableLabel } from '../support/labels';

/**
 * The name printed beside a code is its official name (after evening out spaces and full-/half-width brackets).
 * A retired name names the current one; 其它 for 其他 is flagged; any other difference shows the official name and
 * offers it as the fix. All warnings: the catalog is the reference, not the law.
 */
export default defineRule({
  id: 'catalog/official-name',
  severity: 'warning',
  title: { zh: '科目名称与官方名称一致', en: 'The printed name is the official one' },
  messages: {
    mismatch: {
      zh: '{table}：科目 {code} 名称为“{name}”，{year}年科目表中为“{official}”{truncated}',
      en: '{table}: code {code} is named "{name}"; the {year} catalog names it "{official}"',
    },
    alias: {
      zh: '{table}：科目 {code} 名称“{name}”是旧称，现行名称为“{official}”',
      en: '{table}: code {code} uses the former name "{name}"; its current name is "{official}"',
    },
    aliasOlder: {
      zh: '{table}：科目 {code} 名称“{name}”在{year}年科目表中已改为“{official}”；本工作簿为{workbookYear}年，当年可能仍用此名称，请按当年科目表核对',
      en: '{table}: code {code} "{name}" is named "{official}" in the {year} catalog; this workbook is for {workbookYear}, when the former name may still have been current: check against that year\'s catalog',
    },
    variant: {
      zh: '{table}：科目 {code} 名称“{name}”中的“其它”应为“其他”（规范名称“{official}”）',
      en: '{table}: code {code} "{name}" writes 其它 where the official name has 其他 ("{official}")',
    },
  },
  check(ctx) {
    for (const t of ctx.tables) {
      if (t.shape !== 'rows' || (t.codeKind !== 'functional' && t.codeKind !== 'economic')) continue;
      // A 项目支出表 names its projects, not their codes.
      if (listsProjects(t)) continue;
      const system: CodeSystem = t.codeKind === 'functional' ? 'functional' : 'economic-dept';
      for (const r of t.rows) {
        if (!r.code || !r.name || !r.nameCell) continue;
        const m = ctx.catalog.matchName(system, r.code, r.name);
        if (m.status === 'exact' || m.status === 'normalized' || m.status === 'unknown-code' || !m.official) continue;
        // A former name in a workbook older than the catalogue may be the name of its own year (20805 行政事业单位离退休
        // in 2019): said as a note to check, not a warning.
        const older = m.status === 'alias' && ctx.catalog.requestedYear < ctx.catalog.year;
        ctx.report({
          messageId: older ? 'aliasOlder' : m.status,
          severity: older ? 'info' : undefined,
          at: r.nameCell,
          table: t,
          category: 'name',
          data: {
            table: tableLabel(t),
            code: r.code,
            name: r.name,
            official: m.official,
            year: String(ctx.catalog.year),
            workbookYear: String(ctx.catalog.requestedYear),
            truncated: m.truncated ? '（名称不完整）' : '',
          },
          suggestion: { cell: r.nameCell, from: r.name, to: m.official, text: `改为“${m.official}”` },
        });
      }
    }
  },
});
