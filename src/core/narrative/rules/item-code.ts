/**
 * narrative/item-code: the code digits an item line prints in its marks — “公共安全支出（204类）司法（06款）行政运行
 * （01项）” — are the codes of the names beside them in the year's 政府收支分类科目: 204 公共安全支出, 20406 司法,
 * 2040601 行政运行. Reported only where the name printed is another 科目's own name (“公共安全支出（201类）”: 201 is
 * 一般公共服务支出, 公共安全支出 is 204); a name cut short or abbreviated (“一般公共服务（201类）”, “社保和就业（208类）”)
 * is no other code's and is left alone. Only the first wrong level of a line is reported (the deeper codes are
 * built on it). Not judged against a catalogue of a later year than the text's (the codes of an older year may differ).
 */
import { codeOf, sameName } from '../item-lines';
import { codedRows, LEN, normName, type Level } from '../items';
import { defineNarrativeRule, pick } from '../rule';

/** A name without its bracketed parts: 政府办公厅（室）及相关机构事务 → 政府办公厅及相关机构事务. */
const bare = (s: string) => normName(s).replace(/\([^()]*\)/g, '');

export default defineNarrativeRule({
  id: 'narrative/item-code',
  severity: 'warning',
  category: 'name',
  title: { zh: '科目名称后标注的编码与名称一致', en: 'The code printed with a name is that name’s code' },
  messages: pick('itemCodeOther'),
  check(p, ctx, report) {
    const cat = ctx.catalog;
    if (!cat || cat.outsideData === 'older' || p.namedItems.length === 0) return;
    const rows = codedRows(ctx.tables);
    p.namedItems.forEach((line, i) => {
      if (!codeOf(line.said)) return;
      let code = '';
      for (const l of ['类', '款', '项'] as Level[]) {
        const s = line.said[l];
        if (!s?.digits) continue;
        code = s.digits.length === LEN[l] ? s.digits : code + s.digits;
        const m = cat.matchName('functional', code, s.name);
        if (m.status !== 'mismatch' || m.truncated) continue;
        const table = rows.get(code);
        if (table && sameName(table.name, s.name)) continue;
        // Only a name that is another 科目's own name is a wrong code: an abbreviated name (社保和就业, 政府办公厅及相关
        // 机构事务 without its （室）) is no other code's, and is left alone.
        const other = cat.codeOfName('functional', code, s.name) ?? cat.codeOfName('functional', code, s.name + '支出');
        if (!other || sameName(m.official!, s.name) || bare(m.official!) === bare(s.name)) continue;
        report({
          messageId: 'itemCodeOther',
          data: { name: s.name, code, official: m.official!, year: String(ctx.year), other: other.code },
          stage: 'items',
          pos: 400 + i,
          extra: { expected: other.code, actual: code, related: table?.row.codeCell ? [table.row.codeCell] : [] },
        });
        return;
      }
    });
  },
});
