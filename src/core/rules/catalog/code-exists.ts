import type { CodeSystem } from '../../catalog/catalog';
import { defineRule } from '../rule';
import { allowedLengths, listsProjects } from '../support/codes';
import { tableLabel } from '../support/labels';
import { TERMS } from '../support/messages';

/**
 * Every 功能分类 / 经济分类 code is in the year's classification catalog. A code that is not found is a warning
 * ("未找到，请核对"), never an error: a catalog can be incomplete, and the user can add codes in 自定义科目.
 * When the workbook is newer than the newest bundled catalog, a code it lacks may simply be new: an info that says
 * so (catalog/year names the catalog once). A code of a system the bureau's 科目表 replaced is judged by that file.
 */
export default defineRule({
  id: 'catalog/code-exists',
  severity: 'warning',
  title: { zh: '科目编码在当年科目表中', en: 'The code is in the year’s classification catalog' },
  messages: {
    unknown: {
      zh: '{table}：{system}科目 {code} {name} 在{year}年科目表中未找到，请核对（若为本地新增科目，可在“自定义科目”表中登记）',
      en: '{table}: {system} code {code} {name} is not in the {year} catalog; please check it (local codes can be listed on a sheet named “自定义科目”)',
    },
    unknownNewer: {
      zh: '{table}：{system}科目 {code} {name} 不在{year}年科目表中；本工作簿为{workbookYear}年，可能是{year}年以后新增的科目，请按当年科目表核对',
      en: "{table}: {system} code {code} {name} is not in the {year} catalog; this workbook is for {workbookYear}, and the code may be newer than that catalog: check it against that year's catalog",
    },
    unknownProjectNewer: {
      zh: '{table}：项目“{name}”的{system}科目 {code} 不在{year}年科目表中；本工作簿为{workbookYear}年，可能是{year}年以后新增的科目，请按当年科目表核对',
      en: '{table}: the {system} code {code} of project "{name}" is not in the {year} catalog; this workbook is for {workbookYear}, and the code may be newer than that catalog: check it against that year\'s catalog',
    },
    unknownProject: {
      zh: '{table}：项目“{name}”的{system}科目 {code} 在{year}年科目表中未找到，请核对（若为本地新增科目，可在“自定义科目”表中登记）',
      en: '{table}: the {system} code {code} of project "{name}" is not in the {year} catalog; please check it (local codes can be listed on a sheet named “自定义科目”)',
    },
  },
  check(ctx) {
    for (const t of ctx.tables) {
      if (t.shape !== 'rows' || (t.codeKind !== 'functional' && t.codeKind !== 'economic')) continue;
      const system: CodeSystem = t.codeKind === 'functional' ? 'functional' : 'economic-dept';
      const allowed = allowedLengths(t.codeKind);
      for (const r of t.rows) {
        if (!r.code || !r.codeCell || !allowed.includes(r.code.length)) continue;
        if (ctx.catalog.lookup(system, r.code)) continue;
        const newer = ctx.catalog.outsideData === 'newer' && !ctx.catalog.replaced.includes(system);
        // A 项目支出表 row's name is the project's, not the code's.
        const id = listsProjects(t) ? 'unknownProject' : 'unknown';
        ctx.report({
          messageId: newer ? `${id}Newer` : id,
          severity: newer ? 'info' : undefined,
          at: r.codeCell,
          table: t,
          category: 'name',
          data: {
            table: tableLabel(t),
            system: system === 'functional' ? TERMS.systems.functional : TERMS.systems.economic,
            code: r.code,
            name: r.name,
            year: String(ctx.catalog.year),
            workbookYear: String(ctx.catalog.requestedYear),
          },
        });
      }
    }
  },
});
