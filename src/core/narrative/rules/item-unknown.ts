/** narrative/item-unknown: a listed “类/款/项” 科目 resolves to a code of the tables (items.ts). */
import { itemExtra, itemReportsOf } from '../context';
import { defineNarrativeRule, pick } from '../rule';

export default defineNarrativeRule({
  id: 'narrative/item-unknown',
  severity: 'warning',
  category: 'name',
  title: { zh: '说明列出的“类/款/项”科目在表中存在', en: 'A listed class/section/item exists in the tables' },
  messages: pick('itemUnknown'),
  check(p, _ctx, report) {
    for (const { r, pos } of itemReportsOf(p, 'narrative/item-unknown'))
      report({ messageId: 'itemUnknown', data: r.data, stage: 'items', pos, extra: itemExtra(r) });
  },
});
