import { allAmounts } from '../../tables/amounts';
import type { Amount, Table } from '../../tables/types';
import { defineRule } from '../rule';
import { tableLabel } from '../support/labels';

/** An amount cell holds a number: not text that only looks like one, not a formula error such as #REF!. */
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
  },
  check(ctx) {
    for (const t of ctx.tables) {
      for (const a of amountsOf(t)) {
        if (!a.invalid) continue;
        const text = String(a.raw);
        const isErr = /^#(REF|DIV\/0|VALUE|NAME|N\/A|NUM|NULL|SPILL|CALC)[!?]?/.test(text);
        ctx.report({ messageId: isErr ? 'formulaError' : 'notNumber', at: a.cell, table: t, category: 'format', data: { table: tableLabel(t), text } });
      }
    }
  },
});

function amountsOf(t: Table): Amount[] {
  return allAmounts(t).filter((a) => a.invalid);
}
