/**
 * The 第三部分 编制情况说明 of the 咸宁 (seed) layout, written from the typed tables and last year's facts: one function
 * per section, in the order the text prints them. A fact that is missing becomes a visible 【请填写：…】 placeholder,
 * never a number; 增加/减少/持平 follows the sign.
 */
import Decimal from 'decimal.js';
import type { Table } from '../../tables/types';
import { currentFacts, CurrentFacts, fmtPct, fmtWan } from '../facts';
import type { PriorAmountKey, PriorFacts, PriorTextKey } from '../prior';
import { ASK, PART_TITLE, SECTION_TITLES, TEXT } from '../templates/xianning';
import type { Explanation, ExplanationSection, GenerateOptions } from '../types';
import { assemble, render, sentence, Writer, ZERO } from '../writer';

/** What every section reads: this year's facts, the writer (prior facts and placeholders), the years and the name. */
interface Gen {
  f: CurrentFacts;
  w: Writer;
  year: string;
  prevYear: string;
  org: string;
  /** “占预算总额的 x%” of an amount. */
  share: (d: Decimal | null) => string;
}

/** (一) 预算收支 */
function budget({ f, w, year, org }: Gen): ExplanationSection {
  const lastTotal = w.amount('lastTotal');
  const inc = w.change('total', f.incomeTotal, lastTotal, ASK.lastTotal, 'reasonTotal', ASK.reasonTotal);
  const exp = w.change('total', f.expenditureTotal, lastTotal, ASK.lastTotal, 'reasonTotal', ASK.reasonTotal);
  const items =
    f.incomeItems.length > 0
      ? f.incomeItems.map((x) => render(TEXT.amount, { name: x.name, amount: fmtWan(x.amount) })).join(TEXT.listSep)
      : w.ask('各项收入金额');
  const classes =
    f.classes.length > 0 ? f.classes.map((x) => render(TEXT.amount, { name: x.name, amount: fmtWan(x.amount) })).join(TEXT.classSep) : w.ask(ASK.classes);
  const p1 = render(TEXT.budgetIncome, {
    financeDept: w.text('financeDept') ?? w.ask(ASK.financeDept),
    org,
    year,
    income: w.wan(f.incomeTotal, ASK.total),
    incomeChange: inc.change,
    incomeItems: items,
    incomeReason: inc.reason ? '；' + inc.reason : '',
    expenditure: w.wan(f.expenditureTotal, ASK.total),
    expenditureChange: exp.change,
    classes,
    expenditureReason: sentence(exp.reason),
  });
  const p2 = render(TEXT.budgetGovFund, { org, year, govFund: w.wan(f.govFund, ASK.govFund) });
  return { id: 'budget', title: SECTION_TITLES.budget, paragraphs: [p1, p2] };
}

/** (二) 机关运行经费 */
function operating({ f, w, year, org, share }: Gen): ExplanationSection {
  const ch = w.change('item', f.operating, w.amount('lastOperating'), ASK.lastOperating, 'reasonOperating', ASK.reasonOperating);
  const data = {
    org,
    year,
    total: w.wan(f.operating, ASK.operating),
    items: f.operatingItems.map((x) => render(TEXT.amount, { name: x.name, amount: fmtWan(x.amount) })).join(TEXT.listSep),
    share: share(f.operating),
    change: ch.change,
    reason: sentence(ch.reason),
  };
  return { id: 'operating', title: SECTION_TITLES.operating, paragraphs: [render(f.operatingItems.length > 0 ? TEXT.operating : TEXT.operatingNoItems, data)] };
}

/** (三) “三公”经费 */
function threePublic({ f, w, year, org, share }: Gen): ExplanationSection {
  const cur = (key: 'abroad' | 'vehiclePurchase' | 'vehicleOperation' | 'reception', item: string) =>
    f.threePublic ? f.threePublic[key] : (w.amount(key) ?? (w.ask(render(ASK.threePublic, { item })), null));
  const abroad = cur('abroad', '因公出国（境）费');
  const purchase = cur('vehiclePurchase', '公务用车购置费');
  const operation = cur('vehicleOperation', '公务用车运行维护费');
  const reception = cur('reception', '公务接待费');
  const parts = [abroad, purchase, operation, reception];
  const tpTotal = f.threePublic ? f.threePublic.total : parts.every((x) => x !== null) ? parts.reduce((s: Decimal, x) => s.plus(x!), ZERO) : null;
  const lastParts = [w.amount('lastAbroad'), w.amount('lastVehiclePurchase'), w.amount('lastVehicleOperation'), w.amount('lastReception')];
  const lastTotal = w.amount('lastThreePublic') ?? (lastParts.every((x) => x !== null) ? lastParts.reduce((s: Decimal, x) => s.plus(x!), ZERO) : null);
  const t = w.change('item', tpTotal, lastTotal, ASK.lastThreePublic, 'reasonThreePublic', ASK.reasonThreePublic);
  const item = (cur: Decimal | null, lastKey: PriorAmountKey, reasonKey: PriorTextKey, name: string) =>
    w.change('item', cur, w.amount(lastKey), render(ASK.lastItem, { item: name }), reasonKey, render(ASK.reasonItem, { item: name, dir: '{dir}' }));
  const a = item(abroad, 'lastAbroad', 'reasonAbroad', '因公出国（境）费');
  const vo = item(operation, 'lastVehicleOperation', 'reasonVehicleOperation', '公务用车运行维护费');
  const vp = item(purchase, 'lastVehiclePurchase', 'reasonVehiclePurchase', '公务用车购置费');
  const r = item(reception, 'lastReception', 'reasonReception', '公务接待费');
  const tpAsk = render(ASK.threePublic, { item: '“三公”经费' });
  const paragraphs = [
    render(TEXT.threePublic, {
      org,
      year,
      total: w.wan(tpTotal, tpAsk),
      share: tpTotal === null ? w.ask(tpAsk) : share(tpTotal),
      change: t.change,
      reason: sentence(t.reason),
    }),
    render(TEXT.abroad, { amount: w.wan(abroad, render(ASK.threePublic, { item: '因公出国（境）费' })), change: a.change, reason: sentence(a.reason) }),
    render(TEXT.vehicle, {
      operation: w.wan(operation, render(ASK.threePublic, { item: '公务用车运行维护费' })),
      operationChange: vo.change,
      operationReason: sentence(vo.reason),
      purchase: w.wan(purchase, render(ASK.threePublic, { item: '公务用车购置费' })),
      purchaseChange: vp.change,
      purchaseReason: sentence(vp.reason),
    }),
    render(TEXT.reception, { amount: w.wan(reception, render(ASK.threePublic, { item: '公务接待费' })), change: r.change, reason: sentence(r.reason) }),
  ].map((p) => p.trimEnd());
  return { id: 'threePublic', title: SECTION_TITLES.threePublic, paragraphs };
}

/** (四) 政府采购 */
function procurement({ w, year, org }: Gen): ExplanationSection {
  const goods = w.amount('procurementGoods');
  const works = w.amount('procurementWorks');
  const services = w.amount('procurementServices');
  const cur = goods !== null && works !== null && services !== null ? goods.plus(works).plus(services) : null;
  const ch = w.change('item', cur, w.amount('lastProcurement'), ASK.lastProcurement, 'reasonProcurement', ASK.reasonProcurement);
  const p = render(TEXT.procurement, {
    org,
    year,
    total: cur === null ? w.ask(render(ASK.procurement, { item: '合计' })) : fmtWan(cur),
    goods: w.wan(goods, render(ASK.procurement, { item: '货物类' })),
    works: w.wan(works, render(ASK.procurement, { item: '工程类' })),
    services: w.wan(services, render(ASK.procurement, { item: '服务类' })),
    change: ch.change,
    reason: sentence(ch.reason),
  });
  return { id: 'procurement', title: SECTION_TITLES.procurement, paragraphs: [p] };
}

/** (五) 国有资产占用 */
function assets({ w, year, prevYear }: Gen): ExplanationSection {
  const count = (key: PriorAmountKey, item: string) => {
    const d = w.amount(key);
    return d === null ? w.ask(render(ASK.count, { item })) : d.toFixed();
  };
  const other = w.amount('otherAssets');
  const newEq = w.amount('newEquipment');
  const ch = w.change('item', other, w.amount('lastOtherAssets'), ASK.lastOtherAssets, 'reasonAssets', ASK.reasonAssets);
  const p = render(TEXT.assets, {
    prevYear,
    year,
    vehicles: count('vehicles', '保有车辆'),
    general: count('generalEquipment', '单位价值 50 万元以上通用设备'),
    special: count('specialEquipment', '单价 100 万元以上专用设备'),
    other: w.wan(other, ASK.otherAssets),
    newEquipment:
      newEq !== null && newEq.isZero() ? render(TEXT.noNewEquipment, { year }) : render(TEXT.newEquipment, { year, amount: w.wan(newEq, ASK.newEquipment) }),
    change: ch.change,
    reason: sentence(ch.reason),
  });
  return { id: 'assets', title: SECTION_TITLES.assets, paragraphs: [p.trimEnd()] };
}

/** (六) 政府购买服务 */
function purchaseServices({ w, year }: Gen): ExplanationSection {
  const cur = w.amount('purchaseServices');
  const ch = w.change('item', cur, w.amount('lastPurchaseServices'), ASK.lastPurchaseServices, 'reasonPurchaseServices', ASK.reasonPurchaseServices);
  const p = render(TEXT.purchaseServices, { year, amount: w.wan(cur, ASK.purchaseServices), change: ch.change, reason: sentence(ch.reason) });
  return { id: 'purchaseServices', title: SECTION_TITLES.purchaseServices, paragraphs: [p.trimEnd()] };
}

/** (七) 政府性基金 */
function govFund({ f, w, year }: Gen): ExplanationSection {
  const ch = w.change('item', f.govFund, w.amount('lastGovFund'), ASK.lastGovFund, 'reasonGovFund', ASK.reasonGovFund);
  const paragraphs = [render(TEXT.govFund, { year, amount: w.wan(f.govFund, ASK.govFund), change: ch.change, reason: sentence(ch.reason) }).trimEnd()];
  if (f.govFundEmptyTable) paragraphs.push(render(TEXT.govFundEmpty, { year }));
  return { id: 'govFund', title: SECTION_TITLES.govFund, paragraphs };
}

/** (八) 绩效 */
function performance({ f, w, year, org }: Gen): ExplanationSection {
  const paragraphs: string[] = [];
  if (f.projects && f.projects.length > 0) {
    paragraphs.push(
      render(TEXT.performanceProjects, {
        year,
        org,
        total: fmtWan(f.projectTotal ?? ZERO),
        count: String(f.projects.length),
        items: f.projects.map((x) => render(TEXT.amount, { name: x.name, amount: fmtWan(x.amount) })).join(TEXT.listSep),
      }),
    );
  } else if (f.projectTotal !== null && !f.projectTotal.isZero()) {
    paragraphs.push(render(TEXT.performanceTotalOnly, { year, org, total: fmtWan(f.projectTotal), what: w.ask(ASK.projects) }));
  } else if (f.projectTotal !== null || f.projects) {
    paragraphs.push(render(TEXT.performanceNone, { year, org }));
  } else {
    paragraphs.push(render(TEXT.performanceTotalOnly, { year, org, total: w.ask('项目支出预算（万元）'), what: w.ask(ASK.projects) }));
  }
  const goals = w.text('performance');
  if (goals)
    for (const [i, g] of goals
      .split(/\r?\n+/)
      .filter((s) => s.trim())
      .entries())
      paragraphs.push(i === 0 ? render(TEXT.performanceGoals, { goals: g.trim() }) : g.trim());
  else paragraphs.push(render(TEXT.performanceGoals, { goals: w.ask(ASK.goals) }));
  return { id: 'performance', title: render(SECTION_TITLES.performance, { year }), paragraphs };
}

const SECTIONS: ((g: Gen) => ExplanationSection)[] = [budget, operating, threePublic, procurement, assets, purchaseServices, govFund, performance];

export function generateXianning(tables: Table[], prior: PriorFacts, opts: GenerateOptions = {}): Explanation {
  const f = currentFacts(tables);
  const w = new Writer(prior);
  const yearN = opts.year ?? prior.year ?? f.year;
  const year = yearN === null || yearN === undefined ? w.ask(ASK.year) : String(yearN);
  const prevYear = yearN === null || yearN === undefined ? w.ask(ASK.year) : String(yearN - 1);
  const org = w.text('orgShort') ?? f.org ?? w.ask(ASK.org);
  const total = f.expenditureTotal ?? f.incomeTotal;
  const share = (d: Decimal | null) => (d === null || total === null || total.isZero() ? w.ask('占预算总额的比例') : fmtPct(d.div(total).times(100)));
  const g: Gen = { f, w, year, prevYear, org, share };
  const sections = SECTIONS.map((section) => section(g));
  const title = render(PART_TITLE, { year });
  return { title, sections, text: assemble(title, sections, opts.format), placeholders: w.placeholders };
}
