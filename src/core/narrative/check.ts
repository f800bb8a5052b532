/**
 * checkNarrative: reads an existing 编制说明 back and compares what it says with the tables and last year's facts.
 * Each amount, percentage and year is taken with what it refers to (the last subject named before it in the
 * paragraph: 机关运行经费, “三公”经费 …, or the 科目/项目 name printed just before "X 万元").
 */
import Decimal from 'decimal.js';
import type { CellRef } from '../grid';
import type { Category, Finding, Severity } from '../report';
import type { Table } from '../tables/types';
import { currentFacts, fmtPct, fmtWan, pctOf } from './facts';
import { checkItems } from './items';
import type { PriorAmountKey, PriorFacts } from './prior';
import { DIRECTION_WORDS, NARRATIVE_MESSAGES, RELATION_WORDS, SUBJECT_EN, WHERE } from './templates';

export interface NarrativeInput {
  paragraphs: string[];
  /** The cell each paragraph sits in (a sheet 编制说明, one paragraph per row), aligned with paragraphs. */
  cells?: (CellRef | null)[];
}

export interface CheckOptions {
  locale?: 'zh-CN' | 'en-US';
  /** The budget year; else the prior facts', the tables', or the year the text names most. */
  year?: number;
}

interface Subject {
  label: string;
  re: RegExp;
  current: Decimal | null;
  last: Decimal | null;
  /** A part of another subject (货物类采购预算): its amount is checked, but a following change is not its own. */
  part?: boolean;
  /** The table cell holding this year's figure (none when it comes from 上年数与说明). */
  cell?: CellRef;
}

const NUM = '(\\d[\\d,]*(?:\\.\\d+)?)';
/** "比上年", "比上年度", "较去年", "比2024年预算", "与2024年预算数": the comparison with last year; (year) when printed. */
const AGAINST = '(?:上年度?|去年|(20\\d{2})\\s*年度?)(?:预算数?)?';
/** The names of the “三公”经费 items and 机关运行经费 as a text writes them: a word one character away is a slip. */
const TERMS = ['因公出国（境）费', '因公出国（境）费用', '公务用车购置及运行费', '公务用车购置费', '公务用车运行费', '公务用车运行维护费', '公务接待费', '机关运行经费'];

/** Levenshtein distance, stopping early above 1. */
function withinOne(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
const d = (s: string) => new Decimal(s.replace(/,/g, ''));

function render(t: string, data: Record<string, string>): string {
  return t.replace(/\{(\w+)\}/g, (m, k: string) => (k in data ? data[k] : m));
}

function sumOrNull(xs: (Decimal | null | undefined)[]): Decimal | null {
  if (xs.some((x) => x === null || x === undefined)) return null;
  return xs.reduce((s: Decimal, x) => s.plus(x!), new Decimal(0));
}

function differsByOne(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n === 1;
}

export function checkNarrative(text: string | NarrativeInput, tables: Table[], prior: PriorFacts, opts: CheckOptions = {}): Finding[] {
  const en = opts.locale === 'en-US';
  const byLine = typeof text === 'string';
  const paragraphs = typeof text === 'string' ? text.split(/\r?\n/) : text.paragraphs;
  const cells = typeof text === 'string' ? undefined : text.cells;
  const f = currentFacts(tables);
  const A = (k: PriorAmountKey) => prior.amounts[k] ?? null;

  const allText = paragraphs.join('\n');
  let year = opts.year ?? prior.year ?? f.year ?? null;
  if (year === null) {
    const count = new Map<number, number>();
    for (const m of allText.matchAll(/(20\d{2})\s*年/g)) count.set(Number(m[1]), (count.get(Number(m[1])) ?? 0) + 1);
    year = [...count.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? null;
  }

  const lastYear = year === null ? null : year - 1;
  /** A comparison that names a year: only last year's figures can be judged. */
  const isLastYear = (y: string | undefined) => y === undefined || (lastYear !== null && Number(y) === lastYear);
  const tp = f.threePublic;
  const abroad = tp ? tp.abroad : A('abroad');
  const vPurchase = tp ? tp.vehiclePurchase : A('vehiclePurchase');
  const vOperation = tp ? tp.vehicleOperation : A('vehicleOperation');
  const reception = tp ? tp.reception : A('reception');
  const lastTp = A('lastThreePublic') ?? sumOrNull([A('lastAbroad'), A('lastVehiclePurchase'), A('lastVehicleOperation'), A('lastReception')]);
  const c = f.cells;
  const tc = (cell: CellRef | undefined) => (tp ? cell : undefined);
  const subjects: Subject[] = [
    { label: '部门收入预算总额', re: /(?<!拨款|项目|基本|采购|资金|基金)收入预算(?:总额)?/g, current: f.incomeTotal, last: A('lastTotal'), cell: c.incomeTotal },
    { label: '部门支出预算总额', re: /(?<!拨款|项目|基本|采购|资金|基金)支出预算(?:总额)?/g, current: f.expenditureTotal, last: A('lastTotal'), cell: c.expenditureTotal },
    { label: '财政拨款收入', re: /财政拨款收入(?:预算)?/g, current: f.fiscalIncome, last: A('lastFiscal'), cell: c.fiscalIncome },
    { label: '财政拨款支出', re: /财政拨款支出(?:预算)?/g, current: f.fiscalExpenditure, last: A('lastFiscal'), cell: c.fiscalExpenditure },
    { label: '一般公共预算拨款支出', re: /一般公共预算(?:财政)?拨款支出(?:预算)?/g, current: f.gpb, last: A('lastGpb'), cell: c.gpb },
    { label: '国有资本经营预算拨款支出', re: /国有资本经营预算(?:拨款)?支出(?:预算)?/g, current: f.soe, last: A('lastSoe'), cell: c.soe },
    { label: '机关运行经费', re: /机关运行经费/g, current: f.operating, last: A('lastOperating'), cell: c.operating },
    { label: '“三公”经费', re: /[“"]?三公[”"]?经费/g, current: tp ? tp.total : sumOrNull([abroad, vPurchase, vOperation, reception]), last: lastTp, cell: tc(c.threePublic) },
    { label: '因公出国境费用', re: /因公出国[（(]境[）)]费用?/g, current: abroad, last: A('lastAbroad'), cell: tc(c.abroad) },
    { label: '公务用车购置及运行费', re: /公务用车购置及运行(?:维护)?费/g, current: tp ? tp.vehicle : sumOrNull([vPurchase, vOperation]), last: sumOrNull([A('lastVehiclePurchase'), A('lastVehicleOperation')]), cell: tc(c.vehicle) },
    { label: '公务用车运行维护费', re: /公务用车运行(维护)?费/g, current: vOperation, last: A('lastVehicleOperation'), cell: tc(c.vehicleOperation) },
    { label: '公务用车购置费', re: /公务用车购置费/g, current: vPurchase, last: A('lastVehiclePurchase'), cell: tc(c.vehiclePurchase) },
    { label: '公务接待费', re: /公务接待费/g, current: reception, last: A('lastReception'), cell: tc(c.reception) },
    { label: '政府采购预算', re: /政府采购预算/g, current: sumOrNull([A('procurementGoods'), A('procurementWorks'), A('procurementServices')]), last: A('lastProcurement') },
    { label: '货物类采购预算', re: /货物类采购预算|政府采购货物预算/g, current: A('procurementGoods'), last: null, part: true },
    { label: '工程类采购预算', re: /工程类采购预算|政府采购工程预算/g, current: A('procurementWorks'), last: null, part: true },
    { label: '服务类采购预算', re: /服务类采购预算|政府采购服务预算/g, current: A('procurementServices'), last: null, part: true },
    { label: '其他资产原值', re: /其[他它]资产原值/g, current: A('otherAssets'), last: A('lastOtherAssets') },
    { label: '政府购买服务预算', re: /政府购买服务预算/g, current: A('purchaseServices'), last: A('lastPurchaseServices') },
    { label: '政府性基金预算支出', re: /政府性基金(?:预算)?(?:拨款)?支出(?:预算)?/g, current: f.govFund, last: A('lastGovFund'), cell: c.govFund },
  ];
  const named = new Map<string, Decimal>();
  const namedCell = new Map<string, CellRef>();
  // A name that is a subject (公务接待费 of the 基本支出表) is judged as the subject (the “三公” table), not here.
  const isSubject = (name: string) => subjects.some((s) => new RegExp(`^(?:${s.re.source})$`).test(name));
  for (const x of [...f.classes, ...f.incomeItems, ...f.incomeLines, ...f.operatingItems, ...(f.projects ?? [])]) {
    if (named.has(x.name) || isSubject(x.name)) continue;
    named.set(x.name, x.amount);
    if (x.cell) namedCell.set(x.name, x.cell);
  }
  const knownNames = new Set([...f.names, ...named.keys()]);
  const budgetTotal = f.expenditureTotal ?? f.incomeTotal;
  const budgetTotalCell = f.expenditureTotal ? c.expenditureTotal : c.incomeTotal;
  const cellsOf = (...xs: (CellRef | undefined)[]) => xs.filter((x): x is CellRef => !!x);

  const findings: Finding[] = [];
  let pi = 0;
  const report = (rule: string, severity: Severity, category: Category, messageId: string, data: Record<string, string>, extra: Partial<Finding> = {}) => {
    const msg = NARRATIVE_MESSAGES[messageId];
    const subjectEn = data.subject ? SUBJECT_EN[data.subject] ?? data.subject : '';
    const all = { ...data, subjectEn };
    const cell = cells?.[pi] ?? null;
    const where = cell ? '' : render(byLine ? (en ? WHERE.line.en : WHERE.line.zh) : en ? WHERE.paragraph.en : WHERE.paragraph.zh, { n: String(pi + 1) });
    findings.push({
      rule,
      severity,
      category,
      message: where + render(en ? msg.en : msg.zh, all),
      messageId,
      data: { ...all, paragraph: String(pi + 1) },
      location: cell,
      related: [],
      ...extra,
    });
  };
  const dirOf = (x: Decimal): 'up' | 'down' | 'flat' => (x.isZero() ? 'flat' : x.isPositive() ? 'up' : 'down');
  const UP = /增加|增长|上升|提高/;

  const rowsCache = {};
  for (pi = 0; pi < paragraphs.length; pi++) {
    const original = paragraphs[pi];
    if (!original || !original.trim()) continue;
    // “…（类）…（款）…（项）”科目 X 万元: checked by name and code; the other checks leave those spans alone.
    const items = checkItems(original, tables, rowsCache);
    for (const r of items.reports) {
      const severity: Severity = r.rule === 'narrative/item-unknown' ? 'warning' : 'error';
      report(r.rule, severity, r.rule === 'narrative/amount-mismatch' ? 'mismatch' : 'name', r.messageId, r.data, {
        ...(r.expected !== undefined ? { expected: r.expected } : {}),
        ...(r.actual !== undefined ? { actual: r.actual } : {}),
        ...(r.difference !== undefined ? { difference: r.difference } : {}),
        related: r.related,
      });
    }
    let para = original;
    for (const sp of items.spans) para = para.slice(0, sp.start) + ' '.repeat(sp.end - sp.start) + para.slice(sp.end);
    // A 【请填写：…】 placeholder is reported as a leftover; what it says is no statement of the text.
    para = para.replace(/【请填写[^】]*】/g, (x) => '【' + ' '.repeat(x.length - 2) + '】');
    // Leftovers and doubled words.
    for (const m of original.matchAll(/[XＸ×xｘ]{2,}|＊{2,}|\*{3,}|待填写|待补充|待定|【请填写[^】]*】|[（(](增加|补充|填写|此处)[^）)]{0,10}[）)]/g)) {
      report('narrative/leftover', 'error', 'format', 'leftover', { actual: m[0] });
    }
    for (const m of original.matchAll(/([\u4e00-\u9fa5]{2,4})\1/g)) report('narrative/doubled', 'warning', 'format', 'doubled', { actual: m[0] });
    for (const m of original.matchAll(/其它/g)) {
      const word = /其它[\u4e00-\u9fa5]{0,8}/.exec(original.slice(m.index!))![0];
      report('narrative/name', 'warning', 'name', 'otherVariant', { actual: word, expected: word.replace('其它', '其他') });
    }
    // A 三公 item or 机关运行经费 written one character off ("公务车用车运行费").
    for (let i = para.indexOf('费'); i >= 0; i = para.indexOf('费', i + 1)) {
      let j = i;
      while (j > 0 && i - j < 14 && /[\u4e00-\u9fa5（）()]/.test(para[j - 1])) j--;
      const run = para.slice(j, i + 1);
      if (TERMS.some((t) => run.endsWith(t)) || f.names.some((n) => n.length >= 3 && run.endsWith(n))) continue;
      let found: { actual: string; expected: string } | null = null;
      for (let len = Math.min(run.length, 12); len >= 5 && !found; len--) {
        const cand = run.slice(-len);
        const t = TERMS.find((t) => withinOne(cand, t) && !cand.includes(t) && !t.includes(cand));
        if (t) found = { actual: cand, expected: t };
      }
      if (found) {
        const subject = subjects.find((x) => new RegExp(`^(?:${x.re.source})$`).test(found!.expected));
        report('narrative/name', 'warning', 'name', 'termVariant', found, { expected: found.expected, actual: found.actual, related: cellsOf(subject?.cell) });
      }
    }
    // Years.
    if (year !== null) {
      for (const m of para.matchAll(/(20\d{2})\s*年([^，。；,;]{0,12})/g)) {
        const y = Number(m[1]);
        if (y === year) continue;
        const after = m[2];
        if (/^\s*(度?\s*\d+\s*月|末|底|度?决算|以来|起)/.test(after)) continue;
        // "比2024年预算增加…", "与2024年预算持平": last year named as last year.
        if (y === year - 1 && /(比|较|与|同)\s*$/.test(para.slice(Math.max(0, m.index! - 2), m.index!))) continue;
        if (!/预算|收入|支出|经费|采购|拨款/.test(after)) continue;
        report('narrative/year', 'error', 'mismatch', 'yearMismatch', { actual: String(y), expected: String(year), context: after.trim() }, { expected: String(year), actual: String(y) });
      }
    }
    // Zero that increases.
    for (const m of para.matchAll(/增加(?:了)?([\u4e00-\u9fa5（）()“”]{0,12}?)\s*0(?:\.0+)?\s*万元/g)) {
      report('narrative/zero-increase', 'error', 'mismatch', 'zeroIncrease', { subject: m[1] || '金额' });
    }
    // Amounts after a name: "水费 0.4 万元", "社会保障和就业支出 109.47 万元".
    for (const m of para.matchAll(new RegExp(`([\\u4e00-\\u9fa5（）()“”]{2,20}?)\\s*(?:为|是)?\\s*${NUM}\\s*万元`, 'g'))) {
      let name = m[1].replace(/^(其中|合计|共计|包括|以及|和|及)/, '');
      if (!name) continue;
      // The longest known name that ends the run.
      let hit: string | undefined;
      for (let i = 0; i < name.length - 1 && !hit; i++) if (named.has(name.slice(i))) hit = name.slice(i);
      if (hit) {
        const expected = named.get(hit)!;
        const actual = d(m[2]);
        if (!actual.equals(expected.toDecimalPlaces(2))) {
          report('narrative/amount-mismatch', 'error', 'mismatch', 'amountMismatch', { subject: hit, actual: fmtWan(actual), expected: fmtWan(expected), source: '表中同名项目' }, { expected: fmtWan(expected), actual: fmtWan(actual), difference: fmtWan(actual.minus(expected)), related: cellsOf(namedCell.get(hit)) });
        }
        continue;
      }
      if (name.length >= 4 && !knownNames.has(name)) {
        const near = [...knownNames].find((k) => differsByOne(k, name));
        if (near) report('narrative/name', 'warning', 'name', 'nameMismatch', { actual: name, expected: near }, { expected: near, actual: name });
      }
    }
    // "共有车辆8辆，其中：…0辆、…8辆": the parts listed after 其中 add up to the total.
    for (const m of para.matchAll(new RegExp(`${NUM}\\s*(万元|辆|个|台（套）|台\\(套\\))[，,]?\\s*其中[:：]([^；;。]+)`, 'g'))) {
      const unit = m[2];
      const parts = m[3].split('、');
      if (parts.length < 2 || /[，,比]/.test(m[3])) continue;
      const values = parts.map((p) => new RegExp(`^[^\\d]*?${NUM}\\s*${unit.replace(/[()]/g, '\\$&')}\\s*$`).exec(p.trim()));
      if (values.some((v) => !v)) continue;
      const total = d(m[1]);
      const sum = values.reduce((acc, v) => acc.plus(d(v![1])), new Decimal(0));
      const decimals = Math.max(...[m[1], ...values.map((v) => v![1])].map((x) => (x.split('.')[1] ?? '').length));
      const tolerance = decimals === 0 ? new Decimal(0) : new Decimal(10).pow(-decimals).div(2).times(parts.length + 1);
      if (total.minus(sum).abs().gt(tolerance)) {
        const data = { total: m[1], unit, sum: sum.toFixed(), parts: values.map((v) => v![0].trim()).join('、') };
        report('narrative/parts-sum', 'error', 'mismatch', 'partsSum', data, { expected: sum.toFixed(), actual: total.toFixed(), difference: total.minus(sum).toFixed() });
      }
    }
    // Subjects, their amounts, changes, percentages and shares, clause by clause.
    let subject: Subject | null = null; // the main subject changes refer to
    let changeDir: 'up' | 'down' | null = null;
    const tokens: { at: number; kind: string; m: RegExpMatchArray; s?: Subject }[] = [];
    // Subjects, the longest first where two overlap ("财政拨款支出预算" holds "支出预算").
    const found = subjects.flatMap((s) => [...para.matchAll(s.re)].map((m) => ({ at: m.index!, end: m.index! + m[0].length, m, s })));
    found.sort((a, b) => a.at - b.at || b.end - a.end);
    let covered = -1;
    for (const x of found) {
      if (x.at < covered) continue;
      covered = x.end;
      tokens.push({ at: x.at, kind: 'subject', m: x.m, s: x.s });
    }
    for (const m of para.matchAll(new RegExp(`(?:比|较)${AGAINST}(增加|减少|增长|下降|上升)了?\\s*${NUM}\\s*万元`, 'g'))) {
      if (isLastYear(m[1])) tokens.push({ at: m.index!, kind: 'change', m: [m[0], m[2], m[3]] as unknown as RegExpMatchArray });
    }
    for (const m of para.matchAll(new RegExp(`(?<!比(?:上年|去年))(增加|减少|增长|下降|上升)了?\\s*${NUM}\\s*[%％]`, 'g'))) tokens.push({ at: m.index!, kind: 'pct', m });
    for (const m of para.matchAll(new RegExp(`占(?:部门)?预算总额的?\\s*${NUM}\\s*[%％]`, 'g'))) tokens.push({ at: m.index!, kind: 'share', m });
    // A direction without an amount ("比2024年预算增加；"), and the direction a reason names ("增加的主要原因是").
    for (const m of para.matchAll(new RegExp(`(?:比|较)${AGAINST}(增加|减少|增长|下降|上升)(?!了?\\s*\\d)`, 'g'))) {
      if (isLastYear(m[1])) tokens.push({ at: m.index!, kind: 'word', m: [m[0], m[2]] as unknown as RegExpMatchArray });
    }
    for (const m of para.matchAll(/(增加|减少|增长|下降|上升)(?:的)?(?:主要)?原因/g)) tokens.push({ at: m.index!, kind: 'word', m });
    for (const m of para.matchAll(new RegExp(`(?:与|比|较)${AGAINST}(?:相比)?(持平|无变化|一致|相同|相等)`, 'g'))) {
      if (isLastYear(m[1])) tokens.push({ at: m.index!, kind: 'flat', m });
    }
    tokens.sort((a, b) => a.at - b.at);
    for (let ti = 0; ti < tokens.length; ti++) {
      const t = tokens[ti];
      if (t.kind === 'subject') {
        const s = t.s!;
        if (!s.part) {
          subject = s;
          changeDir = null;
        }
        // Its own amount: the next "X 万元" after the keyword, with no digits or 比上年 between.
        const rest = para.slice(t.at + t.m[0].length);
        const am = new RegExp(`^([^\\d，。；比]{0,10}?)${NUM}\\s*万元`).exec(rest);
        // …unless another subject is named before it ("“三公”经费中公务用车购置费 15 万元" is not the 三公 total).
        const next = tokens.slice(ti + 1).find((x) => x.kind === 'subject');
        const at = t.at + t.m[0].length + (am ? am[1].length : 0);
        if (am && s.current !== null && !(next && next.at < at)) {
          const actual = d(am[2]);
          const expected = s.current.toDecimalPlaces(2);
          if (!actual.equals(expected)) {
            report('narrative/amount-mismatch', 'error', 'mismatch', 'amountMismatch', { subject: s.label, actual: fmtWan(actual), expected: fmtWan(expected), source: s.last === null && s.part ? '上年数与说明' : '表中数' }, { expected: fmtWan(expected), actual: fmtWan(actual), difference: fmtWan(actual.minus(expected)), related: cellsOf(s.cell) });
          }
        }
        continue;
      }
      if (!subject || subject.current === null || subject.last === null) continue;
      const diff = subject.current.minus(subject.last);
      const dir = dirOf(diff);
      const cur = fmtWan(subject.current);
      const last = fmtWan(subject.last);
      const related = cellsOf(subject.cell);
      if (t.kind === 'word') {
        const word = t.m[1];
        const said: 'up' | 'down' = UP.test(word) ? 'up' : 'down';
        if (said !== dir) {
          report('narrative/direction', 'error', 'mismatch', 'directionMismatch', { subject: subject.label, word, current: cur, last, relation: RELATION_WORDS[dir], expectedWord: DIRECTION_WORDS[dir] }, { related });
        }
        continue;
      }
      if (t.kind === 'change' || t.kind === 'pct') {
        const word = t.m[1];
        const said: 'up' | 'down' = UP.test(word) ? 'up' : 'down';
        if (said !== dir && !(t.kind === 'pct' && changeDir !== null)) {
          report('narrative/direction', 'error', 'mismatch', 'directionMismatch', { subject: subject.label, word, current: cur, last, relation: RELATION_WORDS[dir], expectedWord: DIRECTION_WORDS[dir] }, { related });
        }
        if (t.kind === 'change') {
          changeDir = said;
          const actual = d(t.m[2]);
          if (said === dir && !actual.equals(diff.abs().toDecimalPlaces(2))) {
            report('narrative/change-mismatch', 'error', 'mismatch', 'changeMismatch', { subject: subject.label, dirText: word, actual: fmtWan(actual), current: cur, last, expectedDir: DIRECTION_WORDS[dir], expected: fmtWan(diff.abs()) }, { expected: fmtWan(diff.abs()), actual: fmtWan(actual), related });
          }
        } else {
          const p = pctOf(diff, subject.last);
          if (p === null) continue;
          const written = d(t.m[2]);
          const shown = (t.m[2].split('.')[1] ?? '').length;
          const exp2 = p.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
          if (!written.equals(exp2)) {
            const coarse = shown < 2 && written.equals(p.toDecimalPlaces(shown, Decimal.ROUND_HALF_UP));
            report('narrative/percent', coarse ? 'warning' : 'error', 'mismatch', 'percentMismatch', { subject: subject.label, actual: t.m[2] + '%', expected: fmtPct(p), diff: fmtWan(diff.abs()), base: last }, { expected: fmtPct(p), actual: t.m[2] + '%', related });
          }
        }
      } else if (t.kind === 'flat') {
        if (dir !== 'flat') {
          report('narrative/direction', 'error', 'mismatch', 'directionMismatch', { subject: subject.label, word: t.m[0], current: cur, last, relation: RELATION_WORDS[dir], expectedWord: DIRECTION_WORDS[dir] }, { related });
        }
      } else if (t.kind === 'share' && budgetTotal && !budgetTotal.isZero()) {
        const p = subject.current.div(budgetTotal).times(100);
        const written = d(t.m[1]);
        if (!written.equals(p.toDecimalPlaces(2, Decimal.ROUND_HALF_UP))) {
          report('narrative/share', 'error', 'mismatch', 'shareMismatch', { subject: subject.label, actual: t.m[1] + '%', expected: fmtPct(p), amount: cur, total: fmtWan(budgetTotal) }, { expected: fmtPct(p), actual: t.m[1] + '%', related: cellsOf(subject.cell, budgetTotalCell) });
        }
      }
    }
  }
  return findings;
}
