import { MAX_FIGURE_TEXT, parseAmount } from '../../money';
import { allAmounts } from '../../tables/amounts';
import type { Amount, Table } from '../../tables/types';
import type { Value } from '../../render';
import { defineRule } from '../rule';
import { tableLabel } from '../support/labels';

/** Characters of a cell's text quoted in a message (a hostile cell may hold megabytes). */
const QUOTE_MAX = 80;

/**
 * An amount cell holds a number: not text that only looks like one, not a formula error such as #REF!, not a number
 * beyond what can be checked (±10^15, or not finite). Such a cell takes part in no sum; this is its one finding.
 */
export default defineRule({
  id: 'amount/invalid',
  severity: 'error',
  title: { zh: '金额单元格须为数字', en: 'Amount cells hold numbers' },
  messages: {
    notNumber: {
      zh: '{table}：金额单元格内容“{text}”不是数字，无法参与核对',
      en: '{table}: the amount cell holds "{text}", which is not a number',
    },
    formulaError: {
      zh: '{table}：公式结果为错误值 {text}，请检查公式引用',
      en: '{table}: the formula result is the error {text}; check its references',
    },
    outOfRange: {
      zh: '{table}：金额 {text} 超出可核对的范围（绝对值须小于 {limit}），不参与任何合计的核对',
      en: '{table}: the amount {text} is beyond what can be checked (its magnitude must be below {limit}); it takes part in no sum',
    },
  },
  check(ctx) {
    for (const t of ctx.tables) {
      for (const a of amountsOf(t)) {
        if (!a.invalid) continue;
        const full = String(a.raw);
        const text = full.length > QUOTE_MAX ? `${full.slice(0, QUOTE_MAX)}…` : full;
        const isErr = /^#(REF|DIV\/0|VALUE|NAME|N\/A|NUM|NULL|SPILL|CALC)[!?]?/.test(full);
        const messageId = isErr ? 'formulaError' : beyondRange(a) ? 'outOfRange' : 'notNumber';
        const data: Record<string, Value> = { table: tableLabel(t), text };
        if (messageId === 'outOfRange') data.limit = MAX_FIGURE_TEXT;
        ctx.report({ messageId, at: a.cell, table: t, category: 'format', data });
      }
    }
  },
});

/** A number (or numeric text) that is a number, only too large (or not finite) to be checked. */
function beyondRange(a: Amount): boolean {
  const p = parseAmount(a.raw);
  return p.kind === 'invalid' && p.reason === 'range';
}

function amountsOf(t: Table): Amount[] {
  return allAmounts(t).filter((a) => a.invalid);
}
