import { REQUIRED_TABLES, TABLE_NAMES } from '../../tables/types';
import { defineRule } from '../rule';

const NUMBERS: Record<string, string> = {
  'income-expenditure-summary': '1',
  'income-summary': '2',
  'expenditure-summary': '3',
  'fiscal-summary': '4',
  'gpb-expenditure': '5',
  'gpb-basic': '6',
  'three-public': '7',
  'gov-fund': '8',
  'project': '9',
};

/** All nine 附表 are present; a workbook with none of them is reported as not understood, not guessed at. */
export default defineRule({
  id: 'meta/required-tables',
  severity: 'error',
  title: { zh: '九张附表齐全', en: 'All nine tables are present' },
  messages: {
    missing: {
      zh: '缺少附表-{number} {name}：部门预算公开须包含全部九张附表（无数据的表也应公开并作空表说明）',
      en: 'Table {number} ({name}) is missing: a disclosure must include all nine tables (an empty one with a note)',
    },
    none: {
      zh: '未识别到任何预算附表（收支总表、收入总表、支出总表等）：请确认这是部门预算公开工作簿，且各表保留了标题行',
      en: 'No budget table was recognised (收支总表, 收入总表, 支出总表, …): is this a budget disclosure workbook with its table titles?',
    },
  },
  check(ctx) {
    if (ctx.tables.length === 0) {
      ctx.report({ messageId: 'none', at: null, category: 'missing' });
      return;
    }
    for (const kind of REQUIRED_TABLES) {
      if (ctx.all(kind).length > 0) continue;
      ctx.report({ messageId: 'missing', at: null, category: 'missing', data: { number: NUMBERS[kind], name: TABLE_NAMES[kind] } });
    }
  },
});
