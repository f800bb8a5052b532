import { defineRule } from '../rule';

/**
 * Which year's 科目表 judged the codes, said once when it is not the workbook's own year: a workbook newer than the
 * newest bundled catalogue is checked against the newest (and a code unknown to it is only a note, see
 * catalog/code-exists); one older than the oldest against the oldest (and a former name is only a note, see
 * catalog/official-name). Nothing is said when the bureau's 科目表 replaced the 功能分类 codes.
 */
export default defineRule({
  id: 'catalog/year',
  severity: 'info',
  title: { zh: '科目表年度与工作簿年度一致', en: 'The catalogue is of the workbook’s year' },
  messages: {
    newer: {
      zh: '本工作簿为{workbookYear}年，所带科目表最新为{year}年：科目按{year}年科目表核对，{year}年科目表中没有的编码仅作提示（可能为新增科目；可用 --catalog 或“科目表”工作表提供当年科目表）',
      en: "This workbook is for {workbookYear}; the newest bundled catalogue is {year}'s: codes are checked against it, and a code it lacks is only a note (it may be new; give the year's catalogue with --catalog or on a sheet named “科目表”)",
    },
    older: {
      zh: '本工作簿为{workbookYear}年，所带科目表最早为{year}年：科目按{year}年科目表核对，此后改名的科目名称仅作提示',
      en: "This workbook is for {workbookYear}; the oldest bundled catalogue is {year}'s: codes are checked against it, and names changed since are only a note",
    },
  },
  check(ctx) {
    const c = ctx.catalog;
    if (!c.outsideData || c.replaced.includes('functional')) return;
    ctx.report({
      messageId: c.outsideData,
      at: null,
      category: 'metadata',
      data: { year: String(c.year), workbookYear: String(c.requestedYear) },
    });
  },
});
