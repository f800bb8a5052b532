/**
 * narrative/amount-mismatch: an amount the text gives equals the tables' — a subject's own amount (机关运行经费
 * 25.57 万元), an amount after a name of the tables (水费 0.4 万元), a listed “类/款/项” item's (items.ts), and an
 * item line's (item-lines.ts: “法院（款）机关服务（项）支出 1400 万元”, “2024年预算安排 B 万元”), the last to the
 * precision the text prints it with (a table in 元 is not rounded first).
 */
import { d, cellsOf, itemExtra, itemReportsOf, NUM } from '../context';
import { fmtWan } from '../facts';
import { agrees, tableWan, wanText } from '../item-lines';
import { printedAmountsOfCode } from '../items';
import { NARRATIVE_TERMS } from '../messages';
import { defineNarrativeRule, pick } from '../rule';

/** A subject's own amount: "X 万元" right after its keyword, with no digits or 比上年 between (sticky: read in place). */
const OWN_AMOUNT = new RegExp(`([^\\d，。；比]{0,10}?)${NUM}\\s*万元`, 'y');
/**
 * Words that make the figure after them a change, not the amount: "与上年相比，财政拨款支出增加 3205.79 万元" gives the
 * increase; "结转 5 万元", "压减 10 万元" are other figures of the subject, and "支出预算中财政拨款安排 40 万元" a part of it.
 */
const NOT_OWN =
  /增加|减少|增长|下降|上升|降低|提高|增减|相差|差额|变动|变化|调增|调减|压减|节约|结转|结余|新增|中|含|包括|财政拨款|一般公共预算|政府性基金|基本支出|项目支出|人员经费|公用经费/;

export default defineNarrativeRule({
  id: 'narrative/amount-mismatch',
  severity: 'error',
  category: 'mismatch',
  title: { zh: '说明中的金额与附表一致', en: 'Amounts in the explanation match the tables' },
  messages: pick('amountMismatch', 'amountNeighbour'),
  check(p, ctx, report) {
    for (const { r, pos } of itemReportsOf(p, 'narrative/amount-mismatch'))
      report({ messageId: 'amountMismatch', data: r.data, stage: 'items', pos, extra: itemExtra(r) });
    p.itemLines.forEach((line, i) => {
      const exact = line.hit ? tableWan(line.hit) : null;
      if (!line.hit || !line.amount || !exact) return;
      // Its row's figure, or another table's figure of that code (支出总表's, with 事业收入): the text's section may be about that table.
      if (printedAmountsOfCode(ctx.tables, line.hit.code).some((x) => agrees(line.amount!, x))) return;
      const a = line.hit.row.amounts.total!;
      const expected = fmtWan(exact.v);
      const actual = wanText(line.amount);
      const source = `${line.hit.code} ${line.hit.name}`;
      // The figure of the item before it, which is right there: copied from the line above.
      const prev = line.prev;
      const prevExact = prev?.hit ? tableWan(prev.hit) : null;
      const copied = prev?.amount && prevExact && prev.amount.s === line.amount.s && agrees(prev.amount, prevExact);
      report({
        messageId: copied ? 'amountNeighbour' : 'amountMismatch',
        data: copied ? { item: line.text, actual, expected, source, prevItem: prev!.text } : { subject: `“${line.text}”`, actual, expected, source },
        stage: 'items',
        pos: 100 + i,
        extra: { expected, actual, difference: fmtWan(line.amount.wan.minus(exact.v)), related: [a.cell] },
      });
    });
    p.namedAmounts.forEach(({ m, hit }, pos) => {
      if (!hit) return;
      const expected = ctx.named.get(hit)!;
      const actual = d(m[2]);
      if (!actual.equals(expected.toDecimalPlaces(2))) {
        report({
          messageId: 'amountMismatch',
          data: { subject: hit, actual: fmtWan(actual), expected: fmtWan(expected), source: NARRATIVE_TERMS.sameNameInTables },
          stage: 'namedAmounts',
          pos,
          extra: { expected: fmtWan(expected), actual: fmtWan(actual), difference: fmtWan(actual.minus(expected)), related: cellsOf(ctx.namedCell.get(hit)) },
        });
      }
    });
    // Where the next subject is named after each clause (one pass from the end, not a search per clause).
    const nextSubjectAt: number[] = new Array(p.clauses.length);
    for (let i = p.clauses.length - 1, next = Infinity; i >= 0; i--) {
      nextSubjectAt[i] = next;
      if (p.clauses[i].kind === 'subject') next = p.clauses[i].at;
    }
    p.clauses.forEach((t, ti) => {
      if (t.kind !== 'subject') return;
      const s = t.s!;
      // Its own amount: the next "X 万元" after the keyword, with no digits or 比上年 between.
      OWN_AMOUNT.lastIndex = t.at + t.m[0].length;
      const am = OWN_AMOUNT.exec(p.text);
      // …unless another subject is named before it ("“三公”经费中公务用车购置费 15 万元" is not the 三公 total).
      const at = t.at + t.m[0].length + (am ? am[1].length : 0);
      const next = nextSubjectAt[ti] < at;
      if (am && s.current !== null && !next && !NOT_OWN.test(am[1])) {
        const actual = d(am[2]);
        const expected = s.current.toDecimalPlaces(2);
        if (!actual.equals(expected)) {
          report({
            messageId: 'amountMismatch',
            data: {
              subject: s.label,
              actual: fmtWan(actual),
              expected: fmtWan(expected),
              source: s.last === null && s.part ? NARRATIVE_TERMS.priorSheet : NARRATIVE_TERMS.tables,
            },
            stage: 'clauses',
            pos: ti,
            extra: { expected: fmtWan(expected), actual: fmtWan(actual), difference: fmtWan(actual.minus(expected)), related: cellsOf(s.cell) },
          });
        }
      }
    });
  },
});
