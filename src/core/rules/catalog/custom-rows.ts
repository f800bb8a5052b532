import { defineRule } from '../rule';

const SHEET_LABEL: Record<string, { zh: string; en: string }> = {
  'custom-sheet': { zh: '自定义科目', en: '自定义科目 (own codes)' },
  'catalog-sheet': { zh: '科目表', en: '科目表 (catalogue)' },
  'codes-option': { zh: '--codes 自定义科目', en: '--codes' },
  'catalog-file': { zh: '--catalog 科目表', en: '--catalog' },
};

const PART_EN: Record<string, string> = { 类: 'class (类)', 款: 'section (款)', 项: 'item (项)' };

/**
 * A row of the user's 自定义科目 sheet or of a 科目表 sheet that cannot be read (a code of the wrong length, a code
 * without a name, an unknown 体系, a 款/项 part without its 类/款) is left out, and reported here at its cell: the other
 * rows still apply, and the workbook is audited with them. A warning: the user's list is wrong, not the budget.
 */
export default defineRule({
  id: 'catalog/custom-rows',
  severity: 'warning',
  title: { zh: '自定义科目、科目表的每一行都能读取', en: 'Every row of the own-codes and catalogue sheets can be read' },
  messages: {
    'bad-code': {
      zh: '“{sheet}”第 {row} 行：“{code}”不是科目编码（功能分类 3、5 或 7 位，经济分类 3 或 5 位），此行未采用',
      en: '{sheetEn} row {row}: "{code}" is not a classification code (3, 5 or 7 digits; 3 or 5 for economic codes); the row is not used',
    },
    'no-name': {
      zh: '“{sheet}”第 {row} 行：科目 {code} 没有名称，此行未采用',
      en: '{sheetEn} row {row}: code {code} has no name; the row is not used',
    },
    'bad-system': {
      zh: '“{sheet}”第 {row} 行：体系“{system}”无法识别（应为 功能、经济 或 政府经济），此行未采用',
      en: '{sheetEn} row {row}: system "{system}" is not one of 功能, 经济, 政府经济; the row is not used',
    },
    'bad-part': {
      zh: '“{sheet}”第 {row} 行：{part}“{code}”应为 2 位数字（如 01），此行未采用',
      en: '{sheetEn} row {row}: the {partEn} "{code}" should be 2 digits (such as 01); the row is not used',
    },
    'no-parent': {
      zh: '“{sheet}”第 {row} 行：{part}“{code}”前面没有所属的{parentPart}，无法组成完整编码，此行未采用',
      en: '{sheetEn} row {row}: the {partEn} "{code}" has no {parentPartEn} above it to make a full code; the row is not used',
    },
    conflict: {
      zh: '“{sheet}”第 {row} 行：科目 {code} 已在第 {firstRow} 行列为“{firstName}”，此处又为“{name}”，此行未采用',
      en: '{sheetEn} row {row}: code {code} is already listed on row {firstRow} as "{firstName}", here as "{name}"; the row is not used',
    },
  },
  check(ctx) {
    for (const r of ctx.catalog.rejected) {
      const x = r as typeof r & { part?: string; parentPart?: string; firstRow?: number; firstName?: string };
      const label = SHEET_LABEL[r.source] ?? SHEET_LABEL['custom-sheet'];
      ctx.report({
        messageId: r.reason,
        at: r.at ?? null,
        category: 'name',
        data: {
          sheet: label.zh,
          sheetEn: label.en,
          row: String(r.row ?? ''),
          code: r.code,
          name: r.name,
          system: r.system ?? '',
          part: x.part ?? '',
          partEn: PART_EN[x.part ?? ''] ?? '',
          parentPart: x.parentPart ?? '',
          parentPartEn: PART_EN[x.parentPart ?? ''] ?? '',
          firstRow: String(x.firstRow ?? ''),
          firstName: x.firstName ?? '',
        },
      });
    }
  },
});
