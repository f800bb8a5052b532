import type { CodeSystem } from '../../catalog/catalog';
import { defineRule } from '../rule';
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
    variant: {
      zh: '{table}：科目 {code} 名称“{name}”中的“其它”应为“其他”（规范名称“{official}”）',
      en: '{table}: code {code} "{name}" writes 其它 where the official name has 其他 ("{official}")',
    },
  },
  check(ctx) {
    for (const t of ctx.tables) {
      if (t.shape !== 'rows' || (t.codeKind !== 'functional' && t.codeKind !== 'economic')) continue;
      const system: CodeSystem = t.codeKind === 'functional' ? 'functional' : 'economic-dept';
      for (const r of t.rows) {
        if (!r.code || !r.name || !r.nameCell) continue;
        const m = ctx.catalog.matchName(system, r.code, r.name);
        if (m.status === 'exact' || m.status === 'normalized' || m.status === 'unknown-code' || !m.official) continue;
        ctx.report({
          messageId: m.status,
          at: r.nameCell,
          table: t,
          category: 'name',
          data: {
            table: tableLabel(t),
            code: r.code,
            name: r.name,
            official: m.official,
            year: String(ctx.catalog.year),
            truncated: m.truncated ? '（名称不完整）' : '',
          },
          suggestion: { cell: r.nameCell, from: r.name, to: m.official, text: `改为“${m.official}”` },
        });
      }
    }
  },
});
