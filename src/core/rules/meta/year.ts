import { defineRule } from '../rule';
import { tableLabel } from '../support/labels';

const YEAR_RE = /(20\d\d)\s*年/;

/**
 * Every table title that prints a year prints the same one (the budget year: AuditOptions.year, else the year most
 * titles print). A "2023年部门收支总表" left in a 2024 disclosure is a copy of last year's table — or its title was.
 */
export default defineRule({
  id: 'meta/year',
  severity: 'warning',
  title: { zh: '各表标题年度一致', en: 'Table titles print the same year' },
  messages: {
    differs: {
      zh: '{table}的标题为“{title}”，年度为 {year} 年，其他各表为 {expected} 年：请确认是否沿用了上年的表格',
      en: '{table} is titled "{title}" ({year}) while the other tables are for {expected}: is this last year\'s table?',
    },
    notBudgetYear: {
      zh: '{table}的标题为“{title}”，年度为 {year} 年，而预算年度为 {expected} 年',
      en: '{table} is titled "{title}" ({year}) but the budget year is {expected}',
    },
  },
  check(ctx) {
    const years = ctx.tables.map((t) => {
      const m = YEAR_RE.exec(t.title);
      return m ? Number(m[1]) : undefined;
    });
    const counts = new Map<number, number>();
    for (const y of years) if (y !== undefined) counts.set(y, (counts.get(y) ?? 0) + 1);
    let expected = ctx.options.year;
    if (expected === undefined) {
      // The majority; on a tie nothing can be said about which one is wrong.
      const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1]);
      if (sorted.length === 0 || (sorted.length > 1 && sorted[0][1] === sorted[1][1])) return;
      expected = sorted[0][0];
    }
    ctx.tables.forEach((t, i) => {
      const y = years[i];
      if (y === undefined || y === expected) return;
      ctx.report({
        messageId: ctx.options.year === undefined ? 'differs' : 'notBudgetYear',
        at: t.titleCell,
        table: t,
        category: 'metadata',
        data: { table: tableLabel(t), title: t.title, year: String(y), expected: String(expected) },
        expected: String(expected),
        actual: String(y),
      });
    });
  },
});
