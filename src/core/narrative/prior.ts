/**
 * Last year's figures and the facts the 附表 do not hold (政府采购, 资产, 政府购买服务, reasons for changes).
 * They come from a sheet 上年数与说明 (rows "项目 | 数值 | 说明") or from a JSON file; both map onto PriorFacts.
 * Amounts are in 万元 and kept as Decimal; a blank is missing (the text then shows a 【请填写：…】 placeholder).
 */
import Decimal from 'decimal.js';
import type { CellValue, Grid } from '../grid';
import { parseAmount } from '../money';

export type PriorFieldKind = 'amount' | 'count' | 'text' | 'year';

export interface PriorField {
  key: string;
  /** The label written in column A of the sheet 上年数与说明 (and accepted as a JSON key). */
  label: string;
  kind: PriorFieldKind;
  note: string;
}

/** Every fact the explanation can use, in the order of the sheet. Amounts in 万元. */
export const PRIOR_FIELDS = [
  { key: 'year', label: '预算年度', kind: 'year', note: '如 2024；不填则从表格标题中读取' },
  { key: 'orgShort', label: '单位简称', kind: 'text', note: '说明中对本单位的称呼，如“市客管处”；不填则用表中的单位名称' },
  { key: 'financeDept', label: '批复部门', kind: 'text', note: '核定并批复预算的财政部门，如“市财政局”' },
  { key: 'lastTotal', label: '上年部门预算总额', kind: 'amount', note: '上年部门收支预算总额（万元）' },
  { key: 'reasonTotal', label: '收支总额增减原因', kind: 'text', note: '收入、支出预算总额增加或减少的主要原因' },
  { key: 'lastFiscal', label: '上年财政拨款收支预算', kind: 'amount', note: '万元；上年财政拨款收入（支出）预算' },
  { key: 'lastGpb', label: '上年一般公共预算拨款支出', kind: 'amount', note: '万元' },
  { key: 'lastOperating', label: '上年机关运行经费', kind: 'amount', note: '万元' },
  { key: 'reasonOperating', label: '机关运行经费增减原因', kind: 'text', note: '' },
  { key: 'operatingOrgans', label: '下属机关家数', kind: 'count', note: '家；上海格式：“下属X家机关和X家参公事业单位”' },
  { key: 'operatingPublicUnits', label: '下属参公事业单位家数', kind: 'count', note: '家' },
  { key: 'lastThreePublic', label: '上年“三公”经费', kind: 'amount', note: '万元；不填则为下面各项之和' },
  { key: 'lastAbroad', label: '上年因公出国（境）费', kind: 'amount', note: '万元' },
  { key: 'lastVehiclePurchase', label: '上年公务用车购置费', kind: 'amount', note: '万元' },
  { key: 'lastVehicleOperation', label: '上年公务用车运行维护费', kind: 'amount', note: '万元' },
  { key: 'lastReception', label: '上年公务接待费', kind: 'amount', note: '万元' },
  { key: 'reasonThreePublic', label: '“三公”经费增减原因', kind: 'text', note: '' },
  { key: 'reasonAbroad', label: '因公出国（境）费增减原因', kind: 'text', note: '' },
  { key: 'reasonVehiclePurchase', label: '公务用车购置费增减原因', kind: 'text', note: '' },
  { key: 'reasonVehicle', label: '公务用车购置及运行费增减原因', kind: 'text', note: '' },
  { key: 'reasonVehicleOperation', label: '公务用车运行维护费增减原因', kind: 'text', note: '' },
  { key: 'reasonReception', label: '公务接待费增减原因', kind: 'text', note: '' },
  { key: 'abroad', label: '本年因公出国（境）费', kind: 'amount', note: '万元；仅在没有附表-7“三公”经费支出表时填写' },
  { key: 'vehiclePurchase', label: '本年公务用车购置费', kind: 'amount', note: '万元；仅在没有附表-7 时填写' },
  { key: 'vehicleOperation', label: '本年公务用车运行维护费', kind: 'amount', note: '万元；仅在没有附表-7 时填写' },
  { key: 'reception', label: '本年公务接待费', kind: 'amount', note: '万元；仅在没有附表-7 时填写' },
  { key: 'procurementGoods', label: '本年政府采购预算（货物类）', kind: 'amount', note: '万元' },
  { key: 'procurementWorks', label: '本年政府采购预算（工程类）', kind: 'amount', note: '万元' },
  { key: 'procurementServices', label: '本年政府采购预算（服务类）', kind: 'amount', note: '万元' },
  { key: 'lastProcurement', label: '上年政府采购预算', kind: 'amount', note: '万元' },
  { key: 'reasonProcurement', label: '政府采购预算增减原因', kind: 'text', note: '' },
  { key: 'procurementSme', label: '面向中小企业预留政府采购项目预算', kind: 'amount', note: '万元' },
  { key: 'procurementSmall', label: '预留给小型和微型企业的政府采购项目预算', kind: 'amount', note: '万元' },
  { key: 'vehicles', label: '保有车辆', kind: 'count', note: '辆，截至上年 12 月 31 日' },
  { key: 'vehiclesMinisterial', label: '保有车辆：部级领导干部用车', kind: 'count', note: '辆' },
  { key: 'vehiclesLeaders', label: '保有车辆：主要领导干部用车', kind: 'count', note: '辆' },
  { key: 'vehiclesConfidential', label: '保有车辆：机要通信用车', kind: 'count', note: '辆' },
  { key: 'vehiclesEmergency', label: '保有车辆：应急保障用车', kind: 'count', note: '辆' },
  { key: 'vehiclesLawEnforcement', label: '保有车辆：执法执勤用车', kind: 'count', note: '辆' },
  { key: 'vehiclesSpecial', label: '保有车辆：特种专业技术用车', kind: 'count', note: '辆' },
  { key: 'vehiclesRetired', label: '保有车辆：离退休干部用车', kind: 'count', note: '辆' },
  { key: 'vehiclesOther', label: '保有车辆：其他用车', kind: 'count', note: '辆' },
  { key: 'assetsDate', label: '资产统计日期', kind: 'text', note: '如“2024年8月31日”；不填则为上年 12 月 31 日' },
  { key: 'generalEquipment', label: '单位价值50万元以上通用设备', kind: 'count', note: '台（套）' },
  { key: 'specialEquipment', label: '单价100万元以上专用设备', kind: 'count', note: '套' },
  { key: 'otherAssets', label: '其他资产原值', kind: 'amount', note: '万元' },
  { key: 'lastOtherAssets', label: '上年其他资产原值', kind: 'amount', note: '万元' },
  { key: 'newEquipment', label: '本年预算新增办公设备', kind: 'amount', note: '万元' },
  { key: 'newVehicles', label: '本年预算购置车辆', kind: 'count', note: '辆' },
  { key: 'newVehiclesMinisterial', label: '本年预算购置车辆：部级领导干部用车', kind: 'count', note: '辆' },
  { key: 'newVehiclesLeaders', label: '本年预算购置车辆：主要领导干部用车', kind: 'count', note: '辆' },
  { key: 'newVehiclesConfidential', label: '本年预算购置车辆：机要通信用车', kind: 'count', note: '辆' },
  { key: 'newVehiclesEmergency', label: '本年预算购置车辆：应急保障用车', kind: 'count', note: '辆' },
  { key: 'newVehiclesLawEnforcement', label: '本年预算购置车辆：执法执勤用车', kind: 'count', note: '辆' },
  { key: 'newVehiclesSpecial', label: '本年预算购置车辆：特种专业技术用车', kind: 'count', note: '辆' },
  { key: 'newVehiclesRetired', label: '本年预算购置车辆：离退休干部用车', kind: 'count', note: '辆' },
  { key: 'newVehiclesOther', label: '本年预算购置车辆：其他用车', kind: 'count', note: '辆' },
  { key: 'newSpecialEquipment', label: '本年预算购置单价100万元以上设备', kind: 'count', note: '台（套）' },
  { key: 'reasonAssets', label: '资产增减原因', kind: 'text', note: '' },
  { key: 'purchaseServices', label: '本年政府购买服务预算', kind: 'amount', note: '万元' },
  { key: 'lastPurchaseServices', label: '上年政府购买服务预算', kind: 'amount', note: '万元' },
  { key: 'reasonPurchaseServices', label: '政府购买服务增减原因', kind: 'text', note: '' },
  { key: 'lastGovFund', label: '上年政府性基金预算支出', kind: 'amount', note: '万元' },
  { key: 'reasonGovFund', label: '政府性基金预算支出增减原因', kind: 'text', note: '' },
  { key: 'lastSoe', label: '上年国有资本经营预算支出', kind: 'amount', note: '万元' },
  { key: 'performance', label: '重点项目绩效目标', kind: 'text', note: '按项目说明绩效目标，可多段（用换行分开）' },
  { key: 'performanceUnits', label: '编报绩效目标的预算单位数', kind: 'count', note: '个' },
  { key: 'performanceProjects', label: '编报绩效目标的项目数', kind: 'count', note: '个' },
  { key: 'performanceFunds', label: '编报绩效目标的项目预算资金', kind: 'amount', note: '万元' },
] as const satisfies readonly PriorField[];

type Field = (typeof PRIOR_FIELDS)[number];
export type PriorAmountKey = Extract<Field, { kind: 'amount' | 'count' }>['key'];
export type PriorTextKey = Extract<Field, { kind: 'text' }>['key'];

/** Last year's amount of one 科目 (a 类, 款 or 项 of last year's tables), in 万元; its name when the source printed one. */
export interface PriorItem {
  amount: Decimal;
  name?: string;
}

export interface PriorFacts {
  year?: number;
  amounts: Partial<Record<PriorAmountKey, Decimal>>;
  texts: Partial<Record<PriorTextKey, string>>;
  /** Last year's 类, 款 and 项 by functional code (from last year's tables, or the JSON's "items"). */
  items?: Record<string, PriorItem>;
}

export const PRIOR_SHEET_NAME = '上年数与说明';

export function emptyPriorFacts(): PriorFacts {
  return { amounts: {}, texts: {} };
}

/** A bad value in the prior facts: Chinese and English text of the same problem. */
export interface PriorProblem {
  key: string;
  zh: string;
  en: string;
}

export class PriorFactsError extends Error {
  constructor(readonly problems: PriorProblem[]) {
    super(problems.map((p) => `${p.zh} / ${p.en}`).join('\n'));
  }
  get zh(): string {
    return this.problems.map((p) => p.zh).join('；');
  }
  get en(): string {
    return this.problems.map((p) => p.en).join('; ');
  }
}

/** Rows to create the sheet 上年数与说明: a header, then one row per fact (label, value left blank, note). */
export function priorSheetTemplate(prefill?: PriorFacts): { label: string; value: string | number | null; note: string }[] {
  const rows: { label: string; value: string | number | null; note: string }[] = [{ label: '项目', value: '数值', note: '说明' }];
  for (const f of PRIOR_FIELDS) {
    let value: string | number | null = null;
    if (prefill) {
      if (f.kind === 'year') value = prefill.year ?? null;
      else if (f.kind === 'text') value = prefill.texts[f.key as PriorTextKey] ?? null;
      else {
        const d = prefill.amounts[f.key as PriorAmountKey];
        value = d ? d.toNumber() : null;
      }
    }
    rows.push({ label: f.label, value, note: f.note });
  }
  return rows;
}

const norm = (s: string) =>
  s
    .replace(/[\s\u00a0\u3000]/g, '')
    .replace(/[（(](万元|元|辆|台|套|台（套）|台\(套\))[）)]$/, '')
    .replace(/[“”"]/g, '"')
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')');

const BY_LABEL = new Map<string, Field>(PRIOR_FIELDS.map((f) => [norm(f.label), f]));
const BY_KEY = new Map<string, Field>(PRIOR_FIELDS.map((f) => [f.key, f]));

function setValue(facts: PriorFacts, f: Field, v: unknown, problems: PriorProblem[]): void {
  if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) return;
  if (f.kind === 'text') {
    if (typeof v !== 'string' && typeof v !== 'number') {
      problems.push({ key: f.key, zh: `“${f.label}”（${f.key}）应为文字`, en: `"${f.key}" must be text` });
      return;
    }
    facts.texts[f.key as PriorTextKey] = String(v).trim();
    return;
  }
  if (f.kind === 'year') {
    const n = typeof v === 'number' ? v : Number(String(v).replace(/年$/, '').trim());
    if (!Number.isInteger(n) || n < 1990 || n > 2100) {
      problems.push({
        key: f.key,
        zh: `“${f.label}”（${f.key}）应为四位年份，如 2024，实为 ${JSON.stringify(v)}`,
        en: `"${f.key}" must be a four-digit year such as 2024, got ${JSON.stringify(v)}`,
      });
      return;
    }
    facts.year = n;
    return;
  }
  if (typeof v !== 'number' && typeof v !== 'string') {
    problems.push({
      key: f.key,
      zh: `“${f.label}”（${f.key}）应为数字，实为 ${JSON.stringify(v)}`,
      en: `"${f.key}" must be a number, got ${JSON.stringify(v)}`,
    });
    return;
  }
  const p = parseAmount(typeof v === 'string' ? v.replace(/(万元|元|辆|台（套）|台|套)$/, '') : v);
  if (p.kind === 'blank') return;
  if (p.kind === 'invalid') {
    problems.push({
      key: f.key,
      zh: `“${f.label}”（${f.key}）应为数字（万元），实为 ${JSON.stringify(v)}`,
      en: `"${f.key}" must be a number (in 万元), got ${JSON.stringify(v)}`,
    });
    return;
  }
  if (p.value.isNegative()) {
    problems.push({
      key: f.key,
      zh: `“${f.label}”（${f.key}）不能为负数：${p.value.toString()}`,
      en: `"${f.key}" must not be negative: ${p.value.toString()}`,
    });
    return;
  }
  if (f.kind === 'count' && !p.value.isInteger()) {
    problems.push({
      key: f.key,
      zh: `“${f.label}”（${f.key}）应为整数：${p.value.toString()}`,
      en: `"${f.key}" must be a whole number: ${p.value.toString()}`,
    });
    return;
  }
  facts.amounts[f.key as PriorAmountKey] = p.value;
}

/**
 * Reads prior facts from JSON: keys are the field keys (lastTotal, reasonTotal, …) or the Chinese labels of the
 * sheet; amounts as numbers or strings ("2,892.08"). A nested object { reasons: { total: … } } is not used: keep it flat.
 * Throws PriorFactsError listing every bad value, in Chinese and English.
 */
export function priorFactsFromJson(obj: unknown): PriorFacts {
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
    throw new PriorFactsError([
      {
        key: '',
        zh: '上年数文件应为一个 JSON 对象（{ "lastTotal": 2892.08, … }）',
        en: 'the prior facts file must be a JSON object ({ "lastTotal": 2892.08, … })',
      },
    ]);
  }
  const facts = emptyPriorFacts();
  const problems: PriorProblem[] = [];
  for (const [k, v] of Object.entries(obj as Record<string, unknown>)) {
    if (k.startsWith('$') || k.startsWith('_')) continue; // $schema, _comment
    if (k === 'items') {
      itemsFromJson(facts, v, problems);
      continue;
    }
    const f = BY_KEY.get(k) ?? BY_LABEL.get(norm(k));
    if (!f) {
      problems.push({ key: k, zh: `未知项目“${k}”（可用：${PRIOR_FIELDS.map((x) => x.key).join('、')}）`, en: `unknown key "${k}"` });
      continue;
    }
    setValue(facts, f, v, problems);
  }
  if (problems.length > 0) throw new PriorFactsError(problems);
  return facts;
}

/** "items": { "2010101": 120.5, "2080505": { "amount": 29, "name": "机关事业单位基本养老保险缴费支出" } } — 万元. */
function itemsFromJson(facts: PriorFacts, v: unknown, problems: PriorProblem[]): void {
  const bad = (zh: string, en: string) => problems.push({ key: 'items', zh, en });
  if (v === null || typeof v !== 'object' || Array.isArray(v)) {
    bad('“items”应为按科目编码列出的上年金额（{ "2010101": 120.5 }）', '"items" must map functional codes to last year\'s amounts ({ "2010101": 120.5 })');
    return;
  }
  const items: Record<string, PriorItem> = {};
  for (const [code, x] of Object.entries(v as Record<string, unknown>)) {
    const amount = typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Record<string, unknown>).amount : x;
    const name = typeof x === 'object' && x !== null ? (x as Record<string, unknown>).name : undefined;
    const p = typeof amount === 'number' || typeof amount === 'string' ? parseAmount(amount) : null;
    if (!/^\d{3}(?:\d{2}){0,2}$/.test(code) || !p || p.kind !== 'number' || p.value.isNegative()) {
      bad(
        `“items”中的“${code}”应为三、五或七位科目编码及不为负的金额（万元），实为 ${JSON.stringify(x)}`,
        `"items": "${code}" must be a 3-, 5- or 7-digit code with an amount (万元) that is not negative, got ${JSON.stringify(x)}`,
      );
      continue;
    }
    items[code] = { amount: p.value, ...(typeof name === 'string' && name.trim() ? { name: name.trim() } : {}) };
  }
  facts.items = items;
}

/** The prior facts as JSON (field keys, amounts as strings), e.g. to save what a user filled in. */
export function priorFactsToJson(facts: PriorFacts): Record<string, string | number | Record<string, { amount: string; name?: string }>> {
  const out: Record<string, string | number | Record<string, { amount: string; name?: string }>> = {};
  for (const f of PRIOR_FIELDS) {
    if (f.kind === 'year') {
      if (facts.year !== undefined) out.year = facts.year;
    } else if (f.kind === 'text') {
      const t = facts.texts[f.key as PriorTextKey];
      if (t !== undefined) out[f.key] = t;
    } else {
      const d = facts.amounts[f.key as PriorAmountKey];
      if (d !== undefined) out[f.key] = d.toString();
    }
  }
  if (facts.items) {
    const items: Record<string, { amount: string; name?: string }> = {};
    for (const [code, it] of Object.entries(facts.items)) items[code] = { amount: it.amount.toString(), ...(it.name ? { name: it.name } : {}) };
    out.items = items;
  }
  return out;
}

/**
 * Reads the sheet 上年数与说明 (any sheet whose name contains it): each row whose first non-blank cell is a known
 * label takes the next non-blank cell to its right as the value. `found` is false when there is no such sheet.
 * Bad values do not throw: they are listed in `problems` (and left out of the facts).
 */
export function priorFactsFromGrid(grid: Grid): { found: boolean; facts: PriorFacts; problems: PriorProblem[] } {
  const facts = emptyPriorFacts();
  const problems: PriorProblem[] = [];
  const sheet = grid.sheets.find((s) => s.name.replace(/\s/g, '').includes(PRIOR_SHEET_NAME));
  if (!sheet) return { found: false, facts, problems };
  for (const row of sheet.rows) {
    const i = row.findIndex((c) => c !== null && c !== undefined && String(c).trim() !== '');
    if (i < 0) continue;
    const f = BY_LABEL.get(norm(String(row[i]))) ?? BY_KEY.get(String(row[i]).trim());
    if (!f) continue;
    const v: CellValue | undefined = row[i + 1];
    setValue(facts, f, v, problems);
  }
  return { found: true, facts, problems };
}
