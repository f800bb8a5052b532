/** narrative/item-name: each level of a listed “类/款/项” 科目 is named as the tables name its code (items.ts). */
import { itemExtra, itemReportsOf } from '../context';
import { defineNarrativeRule, pick } from '../rule';

export default defineNarrativeRule({
  id: 'narrative/item-name',
  severity: 'error',
  category: 'name',
  title: { zh: '“类/款/项”科目的名称与表中该编码的名称一致', en: 'The class/section/item names of a listed “科目” are those of its code in the tables' },
  messages: pick('itemName'),
  check(p, _ctx, report) {
    for (const { r, pos } of itemReportsOf(p, 'narrative/item-name')) report({ messageId: 'itemName', data: r.data, stage: 'items', pos, extra: itemExtra(r) });
  },
});
