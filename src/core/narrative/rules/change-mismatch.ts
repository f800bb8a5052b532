/** narrative/change-mismatch: "比上年增加 X 万元" — X is this year's figure minus last year's. */
import { d, cellsOf, UP } from '../context';
import { fmtWan } from '../facts';
import { defineNarrativeRule, pick } from '../rule';
import { DIRECTION_WORDS } from '../messages';

export default defineNarrativeRule({
  id: 'narrative/change-mismatch',
  severity: 'error',
  category: 'mismatch',
  title: { zh: '增减额等于本年数减上年数', en: 'A change equals this year minus last year' },
  messages: pick('changeMismatch'),
  check(p, _ctx, report) {
    p.clauses.forEach((t, ti) => {
      const c = t.cmp;
      if (t.kind !== 'change' || !c) return;
      const word = t.m[1];
      const said = UP.test(word) ? 'up' : 'down';
      const actual = d(t.m[2]);
      const abs = c.diff.abs();
      if (said === c.dir && !actual.equals(abs.toDecimalPlaces(2))) {
        report({
          messageId: 'changeMismatch',
          data: {
            subject: c.subject.label,
            dirText: word,
            actual: fmtWan(actual),
            current: c.current,
            last: c.last,
            expectedDir: DIRECTION_WORDS[c.dir],
            expected: fmtWan(abs),
          },
          stage: 'clauses',
          pos: ti,
          sub: 1,
          extra: { expected: fmtWan(abs), actual: fmtWan(actual), related: cellsOf(c.subject.cell) },
        });
      }
    });
  },
});
