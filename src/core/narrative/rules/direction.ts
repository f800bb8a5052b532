/**
 * narrative/direction: 增加 / 减少 / 持平 as the text says it (with an amount, a percentage, alone, or in
 * "增加的主要原因") follows the sign of this year minus last year.
 */
import { cellsOf, UP } from '../context';
import { defineNarrativeRule, pick } from '../rule';
import { DIRECTION_TERMS, RELATION_WORDS } from '../messages';

export default defineNarrativeRule({
  id: 'narrative/direction',
  severity: 'error',
  category: 'mismatch',
  title: { zh: '增加/减少/持平与增减方向一致', en: 'Increase/decrease/unchanged follows the sign of the change' },
  messages: pick('directionMismatch'),
  check(p, _ctx, report) {
    p.clauses.forEach((t, ti) => {
      const c = t.cmp;
      if (!c || t.kind === 'subject' || t.kind === 'share') return;
      let wrong: boolean;
      let word: string;
      if (t.kind === 'flat') {
        word = t.m[0];
        wrong = c.dir !== 'flat';
      } else {
        word = t.m[1];
        const said = UP.test(word) ? 'up' : 'down';
        // A percentage after a change in amount ("减少 10 万元，下降 5%") says how much, not which way.
        wrong = said !== c.dir && !(t.kind === 'pct' && t.changeDir !== null);
      }
      if (wrong) {
        report({
          messageId: 'directionMismatch',
          data: { subject: c.subject.label, word, current: c.current, last: c.last, relation: RELATION_WORDS[c.dir], expectedWord: DIRECTION_TERMS[c.dir] },
          stage: 'clauses',
          pos: ti,
          sub: 0,
          extra: { related: cellsOf(c.subject.cell) },
        });
      }
    });
  },
});
