/**
 * narrative/zero-increase: "增加 0 万元" — a zero amount does not increase (an error); "减少 0 万元" — no change is
 * written as one, where the text means 持平 (a warning: 涪陵区 某镇 2024, “公务接待费减少0万元，主要是…压缩接待开支”).
 */
import { NARRATIVE_TERMS } from '../messages';
import { defineNarrativeRule, pick } from '../rule';

export default defineNarrativeRule({
  id: 'narrative/zero-increase',
  severity: 'error',
  category: 'mismatch',
  title: { zh: '金额为 0 时不写“增加”', en: 'A zero amount does not increase' },
  messages: pick('zeroIncrease', 'zeroDecrease'),
  check(p, _ctx, report) {
    for (const m of p.text.matchAll(/增加(?:了)?([\u4e00-\u9fa5（）()“”]{0,12}?)\s*0(?:\.0+)?\s*万元/g)) {
      // “增加（减少）0万元”: the template's choice left undecided, a leftover (narrative/leftover), not an increase.
      if (/^[（(](?:减少|下降)[）)]/.test(m[1])) continue;
      report({ messageId: 'zeroIncrease', data: { subject: m[1] || NARRATIVE_TERMS.amount }, stage: 'zeroIncrease' });
    }
    for (const m of p.text.matchAll(/(?<![增加（(])(?:减少|下降)了?\s*0(?:\.0+)?\s*万元/g))
      report({ messageId: 'zeroDecrease', data: { actual: m[0].replace(/\s+/g, '') }, stage: 'zeroIncrease', pos: 100 + m.index!, severity: 'warning' });
  },
});
