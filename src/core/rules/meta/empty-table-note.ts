import { allAmounts } from '../../tables/amounts';
import type { Table } from '../../tables/types';
import { defineRule } from '../rule';
import { tableLabel } from '../support/labels';
import { EMPTY_NOTE as NOTE, unfilledTables } from '../support/unfilled';

/**
 * A table whose every amount is 0 or blank carries a 空表说明 (why it is empty); and a table that says it is empty
 * ("此表为空表") holds no money — a note left over from last year's empty table contradicts this year's figures. A
 * table with no figure at all (not filled in yet) is said to be unchecked against the others.
 */
export default defineRule({
  id: 'meta/empty-table-note',
  severity: 'warning',
  title: { zh: '空表须附空表说明', en: 'An empty table carries a note' },
  messages: {
    missing: {
      zh: '{table}金额全部为 0 或空白，但未附空表说明（如“本单位无…预算，此表为空表”）',
      en: '{table} is all zero or blank but has no note saying why it is empty',
    },
    unfilled: {
      zh: '工作簿中识别到的 {count} 张表均未填列金额（模板尚未填写）：填写后再逐表核对空表说明',
      en: 'None of the {count} tables recognised holds an amount yet (the template is not filled in): empty-table notes are checked once figures are entered',
    },
    'not-filled': {
      zh: '{table}未填列任何金额，也没有空表说明：它与其他表的勾稽关系未核对（如确无此类资金，请注明“此表为空表”）',
      en: '{table} holds no figure and no empty-table note: its relations with the other tables were not checked (if there is no such money, note that the table is empty)',
    },
    contradicts: {
      zh: '{table}注明“{note}”，但表中列有金额：请删去该说明或核对金额',
      en: '{table} says "{note}" but holds amounts: remove the note or check the figures',
    },
  },
  check(ctx) {
    // A template as received (every table still blank): one note for the workbook, not one warning per table.
    if (ctx.tables.length > 1 && ctx.tables.every(isEmpty) && !ctx.tables.some((t) => t.notes.some((n) => NOTE.test(n.text)))) {
      ctx.report({ messageId: 'unfilled', at: null, severity: 'info', category: 'missing', data: { count: String(ctx.tables.length) } });
      return;
    }
    const unfilled = unfilledTables(ctx.tables);
    for (const t of ctx.tables) {
      if (unfilled.has(t)) {
        ctx.report({ messageId: 'not-filled', at: t.titleCell, table: t, category: 'missing', data: { table: tableLabel(t) } });
        continue;
      }
      if (!isEmpty(t)) {
        const stale = t.notes.find((n) => /空表/.test(n.text));
        if (stale) ctx.report({ messageId: 'contradicts', at: stale.cell, table: t, category: 'metadata', data: { table: tableLabel(t), note: stale.text } });
        continue;
      }
      if (t.notes.some((n) => NOTE.test(n.text))) continue;
      ctx.report({ messageId: 'missing', at: t.titleCell, table: t, category: 'missing', data: { table: tableLabel(t) } });
    }
  },
});

function isEmpty(t: Table): boolean {
  return allAmounts(t).every((a) => !a.invalid && (a.num === null || a.num === 0));
}
