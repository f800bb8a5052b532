import { defineRule } from '../rule';
import { tableName } from '../support/labels';

/**
 * A sheet without a title row, named after a table ("支出总表"), is read as that table; the reviewer is told, since
 * the published table needs its title and the sheet name is only the user's label.
 */
export default defineRule({
  id: 'meta/title-from-sheet',
  severity: 'info',
  title: { zh: '表格有标题行', en: 'Each table has a title row' },
  messages: {
    fromSheet: {
      zh: '工作表“{sheet}”没有表格标题行，已按工作表名称识别为{name}；公开的附表应在表头上方印出标题',
      en: 'Sheet "{sheet}" has no title row; read as {name} from the sheet name. A published table should print its title above the header',
    },
  },
  check(ctx) {
    for (const t of ctx.tables) {
      if (!t.titleFromSheetName) continue;
      ctx.report({ messageId: 'fromSheet', at: t.titleCell, table: t, category: 'metadata', data: { sheet: t.sheet, name: tableName(t) } });
    }
  },
});
