/**
 * narrative/project-period: a project's 实施周期 (项目经费情况说明 “五、实施周期”) includes the budget year. “2025年1月-
 * 2025年12月” in a 2026 budget is last year's text left in; a period over several years that includes 2026
 * (“2024-2026年”, “2025年7月至2026年6月”) is fine, and so is one that says no end (“2021年起”, “长期”).
 * The period is read on the line of the heading (“实施周期：2026年1月至12月”) or, after a heading of its own, on the next.
 */
import { defineNarrativeRule, pick } from '../rule';
import { NUMBERING, prevParagraph } from '../paragraphs';

const LABEL = '(?:实施周期|实施期限|项目周期|执行周期|实施期间|项目实施期)';
/** The heading alone: “五、实施周期”, “（五）项目实施周期：”. */
const HEADING = new RegExp(`^(?:项目)?${LABEL}\\s*[：:]?\\s*$`);
/** The label and the period on one line: “实施周期：…”, “实施周期为…”, “实施周期2026年…” (not “实施周期内…”). */
const INLINE = new RegExp(`${LABEL}\\s*(?:(?:为|是)\\s*[：:]?|[：:]|(?=20\\d{2}))\\s*([^。；;]*)`);
const YEAR = /(?<!\d)(20\d{2})(?!\d)/g;
/** A period with no end, or not a period (“每年”, “常年”). */
const OPEN = /起|以来|开始|至今|长期|持续|常年|每年|年度滚动|滚动/;

export default defineNarrativeRule({
  id: 'narrative/project-period',
  severity: 'warning',
  category: 'mismatch',
  title: { zh: '项目实施周期包含本预算年度', en: 'A project’s period includes the budget year' },
  messages: pick('projectPeriod'),
  check(p, ctx, report) {
    const year = ctx.year;
    if (year === null) return;
    const own = p.original.trim().replace(NUMBERING, '').trim();
    let period: string | undefined;
    const inline = INLINE.exec(own);
    if (inline && !HEADING.test(own)) period = inline[1];
    else {
      const prev = prevParagraph(ctx, p);
      if (prev && HEADING.test(prev.original.trim().replace(NUMBERING, '').trim())) period = /^[^。；;]*/.exec(own)![0];
    }
    if (!period || OPEN.test(period)) return;
    const years = [...period.matchAll(YEAR)].map((m) => Number(m[1]));
    if (years.length === 0) return;
    if (Math.min(...years) <= year && year <= Math.max(...years)) return;
    report({ messageId: 'projectPeriod', data: { actual: period.trim().slice(0, 40), year: String(year) }, stage: 'year', pos: 5_000 });
  },
});
