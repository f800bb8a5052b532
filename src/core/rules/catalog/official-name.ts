import type { CodeSystem, NameMatch } from '../../catalog/catalog';
import type { Severity } from '../../report';
import { phrase } from '../../render';
import { defineRule } from '../rule';
import { listsProjects } from '../support/codes';
import { tableLabel } from '../support/labels';
import { PHRASES, TERMS } from '../support/messages';

type Verdict = 'mismatch' | 'otherCode' | 'alias' | 'aliasOlder' | 'variant';

/**
 * The name printed beside a code is its official name (after evening out spaces and full-/half-width brackets).
 * Weighed by what the difference means:
 * - the printed name is the official name of *another* code of the same system and level (a 302xx code printed with
 *   another 302 code's name), and no name or former name of its own: the code or the name is wrong — an error that
 *   names the code the name belongs to. Only when that code is unambiguous (the one sibling of that name, or the
 *   only code of that name), and only when the catalogue is the workbook's own year (otherwise a warning);
 * - a former name (医疗卫生与计划生育支出 for 卫生健康支出): a warning naming the current one — a note to check when the
 *   workbook is older than the catalogue, since the name may have been right in its year. Checked on the class lines
 *   of 收支总表 / 财政拨款收支总表 too;
 * - 其它 for 其他, or any other difference: a warning showing the official name and offering it as the fix.
 */
export default defineRule({
  id: 'catalog/official-name',
  severity: 'warning',
  title: { zh: '科目名称与官方名称一致', en: 'The printed name is the official one' },
  messages: {
    mismatch: {
      zh: '{table}：科目 {code} 名称为“{name}”，{year}年科目表中为“{official}”{truncated}',
      en: '{table}: code {code} is named "{name}"; the {year} catalog names it "{official}"{truncated}',
    },
    otherCode: {
      zh: '{table}：科目 {code} 的名称“{name}”是科目 {otherCode} 的名称（{code} 为“{official}”），编码或名称有误',
      en: '{table}: code {code} is printed with "{name}", the name of code {otherCode} ({code} is "{official}"): the code or the name is wrong',
    },
    alias: {
      zh: '{table}：科目 {code} 名称“{name}”是旧称，现行名称为“{official}”',
      en: '{table}: code {code} uses the former name "{name}"; its current name is "{official}"',
    },
    aliasOlder: {
      zh: '{table}：科目 {code} 名称“{name}”在{year}年科目表中已改为“{official}”；本工作簿为{workbookYear}年，当年可能仍用此名称，请按当年科目表核对',
      en: '{table}: code {code} "{name}" is named "{official}" in the {year} catalog; this workbook is for {workbookYear}, when the former name may still have been current: check against that year\'s catalog',
    },
    variant: {
      zh: '{table}：科目 {code} 名称“{name}”中的“其它”应为“其他”（规范名称“{official}”）',
      en: '{table}: code {code} "{name}" writes “其它” where the official name has “其他” ("{official}")',
    },
  },
  check(ctx) {
    const c = ctx.catalog;
    // A former name in a workbook older than the catalogue may be the name of its own year (20805 行政事业单位离退休
    // in 2019): said as a note to check, not a warning.
    const older = c.requestedYear < c.year;
    const verdict = (m: NameMatch): { messageId: Verdict; severity?: Severity } | undefined => {
      if (m.status === 'exact' || m.status === 'normalized' || m.status === 'unknown-code' || !m.official) return undefined;
      if (m.status === 'alias' && older) return { messageId: 'aliasOlder', severity: 'info' };
      return { messageId: m.status as Verdict };
    };
    for (const t of ctx.tables) {
      if (t.shape === 'sides') {
        // Class lines (类) of 收支总表 / 财政拨款收支总表: recognised by their name, so only a former name or 其它 can show.
        for (const l of t.lines) {
          if (l.role !== 'class' || !l.key || !/^\d{3}$/.test(l.key)) continue;
          const bare = l.name.replace(/[(（]\s*类\s*[)）]\s*$/, '');
          const m = c.matchName('functional', l.key, bare);
          if (m.status !== 'alias' && m.status !== 'variant') continue;
          const v = verdict(m)!;
          const to = l.label.includes(bare) ? l.label.replace(bare, m.official!) : undefined;
          ctx.report({
            messageId: v.messageId,
            severity: v.severity,
            at: l.labelCell,
            table: t,
            category: 'name',
            data: {
              table: tableLabel(t),
              code: l.key,
              name: bare,
              official: m.official!,
              year: String(c.year),
              workbookYear: String(c.requestedYear),
              truncated: '',
            },
            suggestion: to ? { cell: l.labelCell, from: l.label, to, text: phrase(PHRASES.renameTo, { to }) } : undefined,
          });
        }
        continue;
      }
      if (t.shape !== 'rows' || (t.codeKind !== 'functional' && t.codeKind !== 'economic')) continue;
      // A 项目支出表 names its projects, not their codes.
      if (listsProjects(t)) continue;
      const system: CodeSystem = t.codeKind === 'functional' ? 'functional' : 'economic-dept';
      for (const r of t.rows) {
        if (!r.code || !r.name || !r.nameCell) continue;
        const m = c.matchName(system, r.code, r.name);
        let v = verdict(m);
        if (!v) continue;
        // The name of another code: an error — unless the catalogue is not the workbook's year (codes move between
        // editions), then a warning with the same words.
        const other = m.status === 'mismatch' ? c.codeOfName(system, r.code, r.name) : undefined;
        if (other) v = { messageId: 'otherCode', severity: c.isFallback ? 'warning' : 'error' };
        ctx.report({
          messageId: v.messageId,
          severity: v.severity,
          at: r.nameCell,
          table: t,
          category: 'name',
          data: {
            table: tableLabel(t),
            code: r.code,
            name: r.name,
            official: m.official!,
            otherCode: other?.code ?? '',
            year: String(c.year),
            workbookYear: String(c.requestedYear),
            truncated: m.truncated ? TERMS.truncated : '',
          },
          suggestion: { cell: r.nameCell, from: r.name, to: m.official!, text: phrase(PHRASES.renameTo, { to: m.official! }) },
        });
      }
    }
  },
});
