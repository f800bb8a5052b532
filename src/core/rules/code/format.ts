import { defineRule } from '../rule';
import { allowedLengths } from '../support/codes';
import { tableLabel } from '../support/labels';
import { TERMS } from '../support/messages';

/** 功能分类 codes have 3/5/7 digits, 经济分类 codes 3/5; a code cell holds digits only. */
export default defineRule({
  id: 'code/format',
  severity: 'error',
  title: { zh: '科目编码位数与格式', en: 'Classification code format' },
  messages: {
    notDigits: {
      zh: '{table}：科目编码“{text}”不是数字编码',
      en: '{table}: the code "{text}" is not a numeric classification code',
    },
    part: {
      zh: '{table}：{part}级编码印为“{text}”，应为 {n} 位数字（如“{example}”）：本行编码无法识别，未计入合计核对',
      en: '{table}: the {part} part of the code is printed "{text}"; it must have {n} digits (e.g. "{example}"): the row\'s code cannot be read and it is left out of the sum checks',
    },
    length: {
      zh: '{table}：{system}编码 {code} 为 {len} 位，应为 {allowed} 位（类/款/项）',
      en: '{table}: {system} code {code} has {len} digits; it must have {allowed}',
    },
  },
  check(ctx) {
    for (const t of ctx.tables) {
      if (t.shape !== 'rows' || (t.codeKind !== 'functional' && t.codeKind !== 'economic')) continue;
      const allowed = allowedLengths(t.codeKind);
      const system = t.codeKind === 'functional' ? TERMS.systems.functional : TERMS.systems.economic;
      for (const r of t.rows) {
        if (r.isTotal || !r.codeCell) continue;
        if (r.codeProblem) {
          const n = r.codeProblem.part === '类' ? 3 : 2;
          const example = r.codeProblem.part === '类' ? '201' : /^\d$/.test(r.codeProblem.text) ? r.codeProblem.text.padStart(2, '0') : '01';
          ctx.report({
            messageId: 'part',
            at: r.codeCell,
            table: t,
            category: 'format',
            data: { table: tableLabel(t), part: TERMS.codeParts[r.codeProblem.part], text: r.codeProblem.text, n: String(n), example },
          });
          continue;
        }
        if (!r.code) {
          // A code leaning on a part above that could not be read: reported there, once.
          if (r.unreadableCode) continue;
          if (r.codeText) {
            ctx.report({ messageId: 'notDigits', at: r.codeCell, table: t, category: 'format', data: { table: tableLabel(t), text: r.codeText } });
          }
          continue;
        }
        if (!allowed.includes(r.code.length)) {
          ctx.report({
            messageId: 'length',
            at: r.codeCell,
            table: t,
            category: 'format',
            data: { table: tableLabel(t), system, code: r.code, len: String(r.code.length), allowed: allowed.join('/') },
          });
        }
      }
    }
  },
});
