/**
 * narrative/scope-wording: a 单位预算's text speaks as the unit, a 部门预算's as the department — the wording of the
 * template it was not written from, copied in, is flagged. Whose budget it is comes from the workbook (context.ts
 * scopeOfWorkbook: the tables' titles and sheet names, the text's sheet); when the workbook does not say, nothing is said.
 *
 * In a 单位预算: “本部门” (→ 本单位) and “部门预算安排” / “部门预算编制说明” where it is the text's own budget (after a year,
 * at a sentence start) — not 主管部门, 财政部门, 有关部门, “XX局部门预算” (a name), 部门预算公开 as a term, or a
 * document title in 《》.
 * In a 部门预算 only “单位预算安排” / “单位预算编制说明”, the unit template's sentences: a department says 本单位 too (its
 * own staff, a department that is one unit), and “下属单位预算安排” is the department's units' — those are left alone.
 */
import { defineNarrativeRule, pick } from '../rule';

/** The budget's own word: at the start, after a year or a sentence's punctuation (not “部门、单位预算”, not 本: “本部门” is reported as such). */
const OWN = '(?<=^|[\\s\\d年度，,。；;：:])';
const DEPARTMENT_BUDGET = new RegExp(`${OWN}部门预算(安排|编制说明)`, 'g');
const UNIT_BUDGET = new RegExp(`${OWN}单位预算(安排|编制说明)`, 'g');
/** 《…》: a document's title, quoted as it is. */
const TITLE = /《[^《》]*》/g;

export default defineNarrativeRule({
  id: 'narrative/scope-wording',
  severity: 'warning',
  category: 'name',
  title: { zh: '单位预算说明用“本单位”，部门预算说明用“本部门”', en: 'A unit budget’s text speaks as the unit, a department’s as the department' },
  messages: pick('scopeDepartmentInUnit', 'scopeUnitInDepartment'),
  check(p, ctx, report) {
    if (ctx.scope === null) return;
    const text = p.text.replace(TITLE, (t) => ' '.repeat(t.length));
    if (ctx.scope === '单位') {
      for (const m of text.matchAll(/本部门/g))
        report({ messageId: 'scopeDepartmentInUnit', data: { actual: '本部门', expected: '本单位' }, stage: 'terms', pos: 50_000 + m.index! });
      for (const m of text.matchAll(DEPARTMENT_BUDGET)) {
        report({ messageId: 'scopeDepartmentInUnit', data: { actual: m[0], expected: `单位预算${m[1]}` }, stage: 'terms', pos: 50_000 + m.index! });
      }
    } else {
      for (const m of text.matchAll(UNIT_BUDGET)) {
        report({ messageId: 'scopeUnitInDepartment', data: { actual: m[0], expected: `部门预算${m[1]}` }, stage: 'terms', pos: 50_000 + m.index! });
      }
    }
  },
});
