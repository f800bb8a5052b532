import { tableNumberText } from '../../layouts';
import { term } from '../../render';
import { defineRule } from '../rule';

/**
 * Every table of the workbook's layout is present (财政部 format: the nine 附表 up to 项目支出表; Shanghai: 表1–9 up to
 * “三公”经费和机关运行经费预算表); a workbook with none of them is reported as not understood, not guessed at.
 */
export default defineRule({
  id: 'meta/required-tables',
  severity: 'error',
  title: { zh: '九张附表齐全', en: 'All nine tables are present' },
  messages: {
    missing: {
      zh: '缺少{label}{name}：{layout}须包含全部{count}张表（无数据的表也应公开并作空表说明）',
      en: '{label}({name}) is missing: the {layout} includes all {count} tables (an empty one with a note)',
    },
    none: {
      zh: '未识别到任何预算附表（收支总表、收入总表、支出总表等）：请确认这是部门预算公开工作簿，且各表保留了标题行',
      en: 'No budget table was recognised (income and expenditure summary, income summary, expenditure summary, …): is this a budget disclosure workbook with its table titles?',
    },
  },
  check(ctx) {
    if (ctx.tables.length === 0) {
      ctx.report({ messageId: 'none', at: null, category: 'missing' });
      return;
    }
    const l = ctx.layout;
    for (const t of l.tables) {
      if (ctx.all(t.kind).length > 0) continue;
      ctx.report({
        messageId: 'missing',
        at: null,
        category: 'missing',
        data: {
          label: term(`${tableNumberText(l, t.number)} `, `${tableNumberText(l, t.number, 'en')} `),
          // number, nameEn and layoutEn are kept for the hosts that match a finding to a table (cli/checklist).
          number: tableNumberText(l, t.number, 'en').replace(/^Table /, ''),
          name: term(t.name, t.nameEn),
          nameEn: t.nameEn,
          layout: term(l.name.zh, l.name.en),
          layoutEn: l.name.en,
          count: String(l.tables.length),
        },
      });
    }
  },
});
