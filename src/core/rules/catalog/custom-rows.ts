import { term, type Phrase } from '../../render';
import { defineRule } from '../rule';
import { TERMS } from '../support/messages';

/** How each source of the user's codes is named (the sheets by the names the tool reads them under). */
const SHEET_LABEL: Record<string, Phrase> = {
  'custom-sheet': term('自定义科目', 'Sheet “自定义科目” (own codes)'),
  'catalog-sheet': term('科目表', 'Sheet “科目表” (catalogue)'),
  'codes-option': term('--codes 自定义科目', '--codes'),
  'catalog-file': term('--catalog 科目表', '--catalog'),
};

const PARTS = TERMS.codeParts as Record<string, Phrase>;

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
      en: '{sheet}, row {row}: "{code}" is not a classification code (3, 5 or 7 digits; 3 or 5 for economic codes); the row is not used',
    },
    'no-name': {
      zh: '“{sheet}”第 {row} 行：科目 {code} 没有名称，此行未采用',
      en: '{sheet}, row {row}: code {code} has no name; the row is not used',
    },
    'bad-system': {
      zh: '“{sheet}”第 {row} 行：体系“{system}”无法识别（应为 功能、经济 或 政府经济），此行未采用',
      en: '{sheet}, row {row}: system "{system}" is not one of “功能”, “经济”, “政府经济” (functional, economic, government economic); the row is not used',
    },
    'bad-part': {
      zh: '“{sheet}”第 {row} 行：{part}“{code}”应为 2 位数字（如 01），此行未采用',
      en: '{sheet}, row {row}: the {part} "{code}" should be 2 digits (such as 01); the row is not used',
    },
    'no-parent': {
      zh: '“{sheet}”第 {row} 行：{part}“{code}”前面没有所属的{parentPart}，无法组成完整编码，此行未采用',
      en: '{sheet}, row {row}: the {part} "{code}" has no {parentPart} above it to make a full code; the row is not used',
    },
    conflict: {
      zh: '“{sheet}”第 {row} 行：科目 {code} 已在第 {firstRow} 行列为“{firstName}”，此处又为“{name}”，此行未采用',
      en: '{sheet}, row {row}: code {code} is already listed on row {firstRow} as "{firstName}", here as "{name}"; the row is not used',
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
          sheet: label,
          row: String(r.row ?? ''),
          code: r.code,
          name: r.name,
          system: r.system ?? '',
          part: PARTS[x.part ?? ''] ?? x.part ?? '',
          parentPart: PARTS[x.parentPart ?? ''] ?? x.parentPart ?? '',
          firstRow: String(x.firstRow ?? ''),
          firstName: x.firstName ?? '',
        },
      });
    }
  },
});
