/** Report printers for the command line: text (Chinese, grouped by table), JSON (the DESIGN.md contract), SARIF 2.1.0. */
import type { Finding, Report } from '../core/report';
import { ALL_RULES } from '../core/rules';
import { NARRATIVE_RULES } from '../core/narrative/rules';
import { PART_NAMES } from '../core/recognize/parts';

export type Format = 'text' | 'json' | 'sarif';

const SEVERITY_ZH: Record<string, string> = { error: '错误', warning: '警告', info: '提示' };
const SEVERITY_EN: Record<string, string> = { error: 'error', warning: 'warning', info: 'info' };

/** The JSON contract: report without the typed tables. */
export function toJson(reports: Report[]): string {
  const clean = reports.map(stripTyped);
  return JSON.stringify(clean.length === 1 ? clean[0] : clean, null, 2) + '\n';
}

function stripTyped(r: Report): Report {
  const { typed: _typed, ...rest } = r as Report & { typed?: unknown };
  return rest as Report;
}

/** Which layout the workbook was read as, and why ("按表名识别" / "按 --layout 指定"). */
function layoutLine(r: Report, en: boolean): string {
  const l = r.layout;
  if (en) {
    const why =
      l.source === 'option'
        ? 'as chosen with --layout'
        : l.source === 'detected'
          ? `detected from the titles: ${l.evidence.join('; ')}`
          : 'no title points to a known layout: each table checked on its own, none required';
    return `Layout: ${l.name} (${why})`;
  }
  const why = l.source === 'option' ? '按 --layout 指定' : l.source === 'detected' ? `按表名识别：${l.evidence.join('、')}` : '按表名逐表核对，不要求附表齐全';
  return `报表格式：${l.name}（${why}）`;
}

/** The front matter and text sheets found ("其他部分：封面（封面）、目录（目录）、编制说明（部门编制说明）"). */
function partsLine(r: Report, en: boolean): string | null {
  if (!r.parts || r.parts.length === 0) return null;
  const list = r.parts.map((p) => (en ? `${PART_NAMES[p.part].en} (${p.sheet})` : `${PART_NAMES[p.part].zh}（${p.sheet}）`));
  return en ? `Other parts: ${list.join(', ')}` : `其他部分：${list.join('、')}`;
}

export function toText(reports: Report[], en = false): string {
  const out: string[] = [];
  for (const r of reports) {
    const s = r.summary;
    out.push(
      en
        ? `${r.file ?? ''}: ${r.tables.length} tables recognised; ${s.errors} errors, ${s.warnings} warnings (${s.rounding} rounding), ${s.infos} notes`
        : `${r.file ?? ''}：识别到 ${r.tables.length} 张表；错误 ${s.errors} 个，警告 ${s.warnings} 个（其中尾差 ${s.rounding} 个），提示 ${s.infos} 个`,
    );
    if (r.tables.length > 0) out.push(layoutLine(r, en));
    const partsText = partsLine(r, en);
    if (partsText) out.push(partsText);
    const groups = new Map<string, Finding[]>();
    const heads = new Map<string, string>();
    for (const f of r.findings) {
      const t = f.location
        ? (r.tables.find((t) => t.sheet === f.location!.sheet && t.kind === f.table) ?? r.tables.find((t) => t.sheet === f.location!.sheet))
        : undefined;
      // Findings of the 编制说明 text (--narrative) without a cell are about the text, not the workbook.
      const narrative = !t && f.rule.startsWith('narrative/') && (!f.location || !r.tables.some((x) => x.sheet === f.location!.sheet));
      const key = narrative ? 'narrative' : t ? `${t.sheet}|${t.range}` : f.location ? `sheet|${f.location.sheet}` : 'workbook';
      if (!heads.has(key)) {
        heads.set(
          key,
          narrative
            ? en
              ? '[Explanation text]'
              : '【编制说明】'
            : t
              ? `【${t.label ? `${t.label} ` : ''}${t.name}】${t.sheet} ${t.range}${t.unit ? (en ? `, unit ${t.unit}` : `，单位：${t.unit}`) : ''}`
              : f.location
                ? `【${f.location.sheet}】`
                : en
                  ? '[Workbook]'
                  : '【工作簿】',
        );
      }
      groups.set(key, [...(groups.get(key) ?? []), f]);
    }
    const rank = (k: string) => (k === 'workbook' ? 0 : k === 'narrative' ? 2 : 1);
    const order = [...groups.keys()].sort((a, b) => rank(a) - rank(b));
    for (const key of order) {
      out.push('');
      out.push(heads.get(key)!);
      for (const f of groups.get(key)!) {
        const sev = en ? SEVERITY_EN[f.severity] : SEVERITY_ZH[f.severity];
        const mark = f.severity === 'error' ? '✖' : f.severity === 'warning' ? '⚠' : 'ℹ';
        const where = f.location ? `${f.location.sheet}!${f.location.cell}` : '—';
        let line = `  ${mark} ${sev}${f.category === 'rounding' ? (en ? ' (rounding)' : '（尾差）') : ''}  ${where}  ${f.message}`;
        if (f.expected !== undefined || f.actual !== undefined) {
          line += en
            ? `  [expected ${f.expected ?? '—'}, actual ${f.actual === '' ? 'blank' : (f.actual ?? '—')}]`
            : `  〔应为 ${f.expected ?? '—'}，实为 ${f.actual === '' ? '空' : (f.actual ?? '—')}〕`;
        }
        // A finding of the text names the table cells its figure or name is judged against.
        if (f.rule.startsWith('narrative/') && f.related.length > 0) {
          line += (en ? '  (tables: ' : '  （对照 ') + f.related.map((c) => `${c.sheet}!${c.cell}`).join(en ? ', ' : '、') + (en ? ')' : '）');
        }
        out.push(line);
      }
    }
    if (r.unrecognized.length > 0) {
      out.push('');
      out.push(en ? '[Not recognised]' : '【未能识别的区域】');
      for (const u of r.unrecognized) out.push(`  ${u.sheet}!${u.range}  ${u.text}`);
    }
    if (r.findings.length === 0) out.push(en ? '  No problems found.' : '  未发现问题。');
    out.push('');
  }
  return out.join('\n');
}

export function toSarif(reports: Report[]): string {
  // The table rules and the narrative/* rules (metadata only: checkNarrative reports them, audit() never runs them).
  const rules = [...ALL_RULES, ...NARRATIVE_RULES].map((r) => ({
    id: r.id,
    shortDescription: { text: r.title.zh },
    fullDescription: { text: r.title.en },
    defaultConfiguration: { level: r.severity === 'info' ? 'note' : r.severity },
  }));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results = reports.flatMap((r) =>
    r.findings.map((f) => ({
      ruleId: f.rule,
      ...(ruleIndex.has(f.rule) ? { ruleIndex: ruleIndex.get(f.rule) } : {}),
      level: f.severity === 'info' ? 'note' : f.severity,
      message: { text: f.message },
      locations: [
        {
          physicalLocation: { artifactLocation: { uri: r.file ?? '' } },
          logicalLocations: f.location ? [{ fullyQualifiedName: `${f.location.sheet}!${f.location.cell}`, kind: 'cell' }] : [],
        },
      ],
      relatedLocations: f.related.map((c, i) => ({ id: i + 1, logicalLocations: [{ fullyQualifiedName: `${c.sheet}!${c.cell}`, kind: 'cell' }] })),
      properties: { category: f.category, expected: f.expected, actual: f.actual, difference: f.difference, table: f.table },
    })),
  );
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'budget-audit', informationUri: 'https://example.invalid/budget-audit', rules } }, results }],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
