/**
 * narrative/leftover: no template text left in — placeholders (XX, x,xxx, ＊＊, ……, 【请填写：…】, 待填写), a direction
 * left undecided (“增加（减少）”, “（持平）”) and the template's own instructions in brackets (“（若无，则写…）”,
 * “（增加内容）”, “（无政府采购预算的部门，作下述说明：…）”).
 *
 * One finding per cell (a merged cell's lines together), listing what is left in it with how often: a template sheet
 * as received holds dozens of “XX” in one cell, and one note says it. When the workbook's tables hold no figure either
 * (the whole template as received), the text gets a single info instead: nothing has been filled in yet.
 */
import type { NarrativeReport } from '../rule';
import { defineNarrativeRule, pick } from '../rule';
import { LEFTOVER_ITEM, LEFTOVER_SEP } from '../messages';
import type { ParagraphContext } from '../context';

/** The template's instructions: a bracket that tells the filler what to write. */
const INSTRUCTION =
  /[（(](?:增加内容|补充|填写|此处|若无|若有|如无|如有|说明|列举|按[^（）()]{0,10}填写)[^（）()]{0,80}[）)]|[（(][^（）()]{0,40}(?:作下述说明|则写|请填写)[^（）()]{0,60}[）)]|[（(][^（）()]{2,60}(?:数量|金额|内容|情况)等[）)]/g;
const PLACEHOLDER =
  /[xXＸｘ](?:,[xXＸｘ]{3})+|[XＸ×xｘ]{2,}|(?<![A-Za-z])[XＸ](?=\s*(?:家|万元|个|辆|台|人|项|%))|＊{2,}|\*{3,}|待填写|待补充|【请填写[^【】]*】|(?<=[是于为：:])\s*(?:…{2,}|\.{6,})|(?:增加|增长|上升)[（(](?:减少|下降)[）)]|(?<=万元)[（(]持平[）)]/g;

/** What a long instruction is shown as: its first words, “（若无，则写…）”. */
function shown(token: string): string {
  const t = token.trim();
  if (!/^[（(]/.test(t) || t.length <= 8) return t;
  return t.slice(0, 6) + '…' + t[t.length - 1];
}

/** The leftovers of some paragraphs, in order of first appearance, with their counts. */
export function leftoversOf(ps: ParagraphContext[]): { text: string; count: number }[] {
  const found = new Map<string, number>();
  for (const p of ps) {
    const hits: { at: number; t: string }[] = [];
    for (const m of p.original.matchAll(INSTRUCTION)) hits.push({ at: m.index!, t: m[0] });
    // A placeholder inside an instruction (“（…XX部门…）”) is part of the instruction.
    const inside = (at: number) => hits.some((h) => at >= h.at && at < h.at + h.t.length);
    for (const m of p.original.matchAll(PLACEHOLDER)) if (!inside(m.index!)) hits.push({ at: m.index!, t: m[0] });
    hits.sort((a, b) => a.at - b.at);
    for (const h of hits) {
      const k = shown(h.t);
      found.set(k, (found.get(k) ?? 0) + 1);
    }
  }
  return [...found].map(([text, count]) => ({ text, count }));
}

const listOf = (xs: { text: string; count: number }[], en: boolean) =>
  xs
    .map((x) =>
      (x.count > 1 ? (en ? LEFTOVER_ITEM.many.en : LEFTOVER_ITEM.many.zh) : en ? LEFTOVER_ITEM.one.en : LEFTOVER_ITEM.one.zh)
        .replace('{text}', x.text)
        .replace('{n}', String(x.count)),
    )
    .join(en ? LEFTOVER_SEP.en : LEFTOVER_SEP.zh);

export default defineNarrativeRule({
  id: 'narrative/leftover',
  severity: 'warning',
  category: 'format',
  title: {
    zh: '没有模板的占位符或填写说明（XX、x,xxx、增加（减少）、（若无，则写…））',
    en: 'No template placeholders or instructions left in (“XX”, “x,xxx”, “增加（减少）”, “（若无，则写…）”)',
  },
  messages: pick('leftover', 'templateText'),
  checkCell(ps, ctx, report) {
    if (ctx.tablesUnfilled) {
      // The whole template as received: one info for the whole text, at the first cell that has any leftover.
      if (ps[0] !== ctx.paragraphs.find((p) => leftoversOf([p]).length > 0)) return;
      const all = leftoversOf(ctx.paragraphs);
      const count = all.reduce((s, x) => s + x.count, 0);
      const r: NarrativeReport<'templateText'> = {
        messageId: 'templateText',
        data: { count: String(count), items: listOf(all.slice(0, 4), false), itemsEn: listOf(all.slice(0, 4), true) },
        stage: 'leftover',
        severity: 'info',
      };
      report(r);
      return;
    }
    const left = leftoversOf(ps);
    if (left.length === 0) return;
    const count = left.reduce((s, x) => s + x.count, 0);
    report({
      messageId: 'leftover',
      data: { actual: left[0].text, count: String(count), items: listOf(left, false), itemsEn: listOf(left, true) },
      stage: 'leftover',
    });
  },
});
