import { defineRule } from '../rule';
import { tableLabel, unitLabel } from '../support/labels';

/** Each table states its 单位 (万元/元), and the tables agree; amounts are converted before comparing across tables. */
export default defineRule({
  id: 'meta/unit',
  severity: 'warning',
  title: { zh: '金额单位已注明且一致', en: 'The amount unit is stated and consistent' },
  messages: {
    missing: {
      zh: '{table}未注明金额单位（如“单位：万元”），已按{assumed}核对',
      en: '{table} does not state its unit (such as 10,000 yuan); checked as {assumed}',
    },
    differs: {
      zh: '{table}的金额单位为{unit}，其他各表为{expected}：跨表核对时已换算，请确认单位标注无误',
      en: '{table} is in {unit} while the other tables are in {expected}: converted for cross-table checks, please confirm the unit',
    },
  },
  check(ctx) {
    // Tables the layout prints in a unit of their own (Shanghai's 表9 in 万元) are not asked to agree with the rest.
    const own = new Set(ctx.layout.ownUnit);
    const counts = new Map<string, number>();
    for (const t of ctx.tables) if (t.unit && !own.has(t.kind)) counts.set(t.unit, (counts.get(t.unit) ?? 0) + 1);
    const major = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '万元';
    for (const t of ctx.tables) {
      if (own.has(t.kind) && t.unit) continue;
      if (!t.unit) {
        ctx.report({ messageId: 'missing', at: t.titleCell, table: t, category: 'metadata', data: { table: tableLabel(t), assumed: unitLabel(major) } });
      } else if (t.unit !== major) {
        ctx.report({
          messageId: 'differs',
          at: t.unitCell ?? t.titleCell,
          table: t,
          category: 'metadata',
          data: { table: tableLabel(t), unit: unitLabel(t.unit), expected: unitLabel(major) },
        });
      }
    }
  },
});
