/**
 * checkNarrative: reads an existing 编制说明 back and compares what it says with the tables and last year's facts.
 * Each amount, percentage and year is taken with what it refers to (the last subject named before it in the
 * paragraph: 机关运行经费, “三公”经费 …, or the 科目/项目 name printed just before "X 万元").
 *
 * The text is parsed once into a shared context (context.ts); each narrative/* rule is one module in
 * rules/<id>.ts and checks each paragraph over it. Findings are listed paragraph by paragraph, in the order of
 * the scans that found them (rule.ts STAGES), then by place in the scan.
 */
import type { Catalog } from '../catalog/catalog';
import type { CellRef } from '../grid';
import { renderTemplate as render, type Message } from '../render';
import type { Finding } from '../report';
import type { Table } from '../tables/types';
import { narrativeContext, type ParagraphContext } from './context';
import { sameCell } from './paragraphs';
import type { PriorFacts } from './prior';
import { STAGES, type NarrativeReport } from './rule';
import { NARRATIVE_RULE_MODULES } from './rules/all';
import { NARRATIVE_MESSAGES, SUBJECT_EN, WHERE } from './messages';

export interface NarrativeInput {
  paragraphs: string[];
  /** The cell each paragraph sits in (a sheet 编制说明, one paragraph per row), aligned with paragraphs. */
  cells?: (CellRef | null)[];
}

export interface CheckOptions {
  locale?: 'zh-CN' | 'en-US';
  /** The budget year; else the prior facts', the tables', or the year the text names most. */
  year?: number;
  /** The 政府收支分类科目 the item names and codes are read against (the audit's), used when it is of the text's year; else the bundled one of the year. */
  catalog?: Catalog;
}

const STAGE_INDEX = new Map<string, number>(STAGES.map((s, i) => [s, i]));

const MESSAGES: Readonly<Record<string, Message | undefined>> = NARRATIVE_MESSAGES;

/** A rule's message; an id without one fails loudly under test (jest), and elsewhere prints the id rather than crash. */
function messageOf(rule: string, id: string): Message {
  const m = MESSAGES[id];
  if (m) return m;
  if (typeof process !== 'undefined' && process.env?.JEST_WORKER_ID !== undefined) throw new Error(`rule ${rule}: unknown messageId "${id}"`);
  return { zh: id, en: id };
}

/** A report's data in one language: the text's own words as they are, a term of both languages in this one. */
function inLanguage(data: Record<string, string | Message>, lang: 'zh' | 'en'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of Object.keys(data)) {
    const v = data[k];
    out[k] = typeof v === 'string' ? v : v[lang];
  }
  return out;
}

export function checkNarrative(text: string | NarrativeInput, tables: Table[], prior: PriorFacts, opts: CheckOptions = {}): Finding[] {
  const en = opts.locale === 'en-US';
  const byLine = typeof text === 'string';
  const paragraphs = typeof text === 'string' ? text.split(/\r?\n/) : text.paragraphs;
  const cells = typeof text === 'string' ? undefined : text.cells;
  const ctx = narrativeContext({ paragraphs, cells, year: opts.year, catalog: opts.catalog }, tables, prior);

  // The paragraphs of one cell (consecutive: a cell's lines are read in order), by their first paragraph.
  const groups = new Map<ParagraphContext, ParagraphContext[]>();
  let last: ParagraphContext[] | null = null;
  for (const p of ctx.paragraphs) {
    const prev = last?.[0];
    if (last && prev && sameCell(p, prev)) last.push(p);
    else groups.set(p, (last = [p]));
  }

  const findings: Finding[] = [];
  for (const p of ctx.paragraphs) {
    const found: { key: number[]; finding: Finding }[] = [];
    // A finding points at its paragraph, not at a place in it: the same finding twice in one paragraph ("万元万元" ten
    // thousand times) says nothing more, and is listed once (its message is made from its data: the data decide).
    const seen = new Set<string>();
    const group = groups.get(p);
    for (const rule of NARRATIVE_RULE_MODULES) {
      const run = (report: (r: NarrativeReport) => void) => {
        rule.check?.(p, ctx, report);
        if (group) rule.checkCell?.(group, ctx, report);
      };
      run((r: NarrativeReport) => {
        const zh = inLanguage(r.data, 'zh');
        const same = `${rule.id}\u0000${r.messageId}\u0000${Object.values(zh).join('\u0000')}`;
        if (seen.has(same)) return;
        seen.add(same);
        const msg = messageOf(rule.id, r.messageId);
        const subject = r.data.subject;
        const subjectEn = subject === undefined || subject === '' ? '' : typeof subject === 'string' ? (SUBJECT_EN[subject] ?? subject) : subject.en;
        const all = { ...zh, subjectEn };
        const shown = en ? { ...inLanguage(r.data, 'en'), subjectEn } : all;
        const where = p.cell
          ? ''
          : render(byLine ? (en ? WHERE.line.en : WHERE.line.zh) : en ? WHERE.paragraph.en : WHERE.paragraph.zh, { n: String(p.index + 1) });
        found.push({
          key: [STAGE_INDEX.get(r.stage)!, r.pos ?? 0, r.sub ?? 0],
          finding: {
            rule: rule.id,
            severity: r.severity ?? rule.severity,
            category: rule.category,
            message: where + render(en ? msg.en : msg.zh, shown),
            messageId: r.messageId,
            data: { ...all, paragraph: String(p.index + 1) },
            location: p.cell,
            related: [],
            ...r.extra,
          },
        });
      });
    }
    // A stable sort: findings of one place keep the order of the rules.
    found.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2]);
    for (const x of found) findings.push(x.finding);
  }
  return findings;
}
