/**
 * The Shanghai layout's 编制说明 (收入, 支出, 财政拨款 by fund and the reason of its change, the “类/款/项” list of the
 * 一般公共预算支出功能分类预算表) and its 其他相关情况说明 (“三公”经费 and 机关运行经费 from 表9, 政府采购, 绩效目标,
 * 国有资产), as the 2026 部门 and 单位 templates word them: one function per section, in the template's order.
 * 部门 or 单位 wording follows the workbook's own tables. Amounts in 万元 with two decimals.
 * What the tables do not hold comes from the prior facts or stays a 【请填写：…】 placeholder; nothing is invented.
 */
import Decimal from 'decimal.js';
import type { Table } from '../../tables/types';
import { currentFacts, type CurrentFacts, type Scope } from '../facts';
import { amountOf, codedRows } from '../items';
import type { PriorAmountKey, PriorFacts, PriorTextKey } from '../prior';
import { SH, SH_ASK, SH_SCOPE, SH_VEHICLE_CATEGORIES } from '../templates/shanghai';
import { ASK } from '../templates/xianning';
import type { Explanation, ExplanationSection, GenerateOptions } from '../types';
import { assemble, render, trimSentenceEnd, Writer } from '../writer';

/** "18976.76", "0.00", "15.00": two decimals, as the Shanghai text writes 万元. */
export function fmtWan2(d: Decimal): string {
  return d
    .toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
    .toFixed(2)
    .replace(/^-0\.00$/, '0.00');
}

const sum = (xs: (Decimal | null)[]): Decimal | null => (xs.every((x) => x !== null) ? xs.reduce((a: Decimal, x) => a.plus(x!), new Decimal(0)) : null);

type Direction = 'up' | 'down' | 'flat' | null;

/** What every section reads. */
interface Gen {
  f: CurrentFacts;
  w: Writer;
  year: string;
  prev: string;
  org: string;
  /** The template's sentences of the workbook's scope (部门 when the tables do not say). */
  scoped: (typeof SH_SCOPE)[Scope];
  /** An amount in 万元 ("0.00"), or the placeholder asking for it. */
  wan: (d: Decimal | null, what: string) => string;
  /** A placeholder of a template taking {prev}/{year}. */
  ask: (t: string, data?: Record<string, string>) => string;
  amount: (k: PriorAmountKey) => Decimal | null;
  /** "比2025年预算增加3355.65万元" and, when it went up or down and a reason is asked for, "，主要原因是…". */
  change: (
    current: Decimal | null,
    last: Decimal | null,
    lastAsk: string,
    reason: { key: PriorTextKey | null; ask: string } | null,
  ) => { change: string; reason: string; dir: Direction };
}

/** 收入 and 支出, 财政拨款 by fund, and the reason the 财政拨款 changed. */
function budget({ f, w, year, prev, org, wan, amount, change }: Gen): ExplanationSection {
  const fiscalLast = amount('lastFiscal');
  const fiscalAsk = render(SH_ASK.lastFiscal, { prev });
  const incomeParts = f.incomeLines.filter((x) => !x.sub);
  const items = incomeParts.length
    ? incomeParts
        .map((x) => {
          const s = render(SH.amount, { name: x.name, amount: fmtWan2(x.amount) });
          return /财政拨款/.test(x.name) ? `${s}，${change(x.amount, fiscalLast, fiscalAsk, null).change}` : s;
        })
        .join(SH.incomeSep)
    : w.ask(SH_ASK.incomeItems);
  const income = render(SH.income, { year, org, income: wan(f.incomeTotal, ASK.total), items });
  const fiscal = f.fiscalExpenditure ?? f.fiscalIncome;
  const fc = change(fiscal, fiscalLast, fiscalAsk, null);
  const expenditure = render(SH.expenditure, { expenditure: wan(f.expenditureTotal, ASK.total), fiscal: wan(fiscal, SH_ASK.fiscal), fiscalChange: fc.change });
  const funds = render(SH.funds, {
    gpb: wan(f.gpb, SH_ASK.gpb),
    gpbChange: change(f.gpb, amount('lastGpb'), render(SH_ASK.lastGpb, { prev }), null).change,
    fund: wan(f.govFund, ASK.govFund),
    fundChange: change(f.govFund, amount('lastGovFund'), render(SH_ASK.lastGovFund, { prev }), null).change,
    soe: wan(f.soe, SH_ASK.soe),
    soeChange: change(f.soe, amount('lastSoe'), render(SH_ASK.lastSoe, { prev }), null).change,
  });
  const paragraphs = [income, expenditure + funds];
  if (fc.dir === 'up' || fc.dir === 'down') {
    const dir = fc.dir === 'up' ? '增加' : '减少';
    const given = w.text('reasonTotal');
    paragraphs.push(render(SH.fiscalReason, { dir, reason: given ? trimSentenceEnd(given) : w.ask(render(SH_ASK.reasonFiscal, { dir })) }));
  }
  return { id: 'budget', title: '', paragraphs };
}

/** 财政拨款支出主要内容: every 项 with money, in the order of the tables, named 类（类）款（款）项（项）. */
function items({ w, tables }: Gen & { tables: Table[] }): ExplanationSection {
  const byCode = codedRows(tables);
  const leaves = [...byCode.values()].filter((c) => {
    const a = amountOf(c);
    return a !== null && !a.value.isZero() && c.code.length >= 5 && c.row.children.length === 0;
  });
  const paragraphs: string[] = [SH.itemsIntro];
  if (leaves.length === 0) paragraphs.push(w.ask(SH_ASK.items));
  leaves.forEach((c, i) => {
    const names = [3, 5, 7]
      .filter((n) => n <= c.code.length)
      .map((n, k) => `${byCode.get(c.code.slice(0, n))?.name ?? c.name}（${'类款项'[k]}）`)
      .join('');
    paragraphs.push(render(SH.item, { n: String(i + 1), names, amount: fmtWan2(amountOf(c)!.value), use: w.ask(SH_ASK.use) }));
  });
  return { id: 'items', title: '', paragraphs };
}

function otherPart(): ExplanationSection {
  return { id: 'other', title: SH.otherPart, level: 1, paragraphs: [] };
}

/** 一、“三公”经费 (表9): the total, then each item with its change and the reason of it. */
function threePublic({ f, w, year, prev, wan, ask, amount, change }: Gen): ExplanationSection {
  const tp = f.threePublic;
  const cur = (k: 'abroad' | 'vehiclePurchase' | 'vehicleOperation' | 'reception', item: string) =>
    tp ? tp[k] : (amount(k) ?? (ask(SH_ASK.threePublic, { item }), null));
  const abroad = cur('abroad', '因公出国（境）费');
  const purchase = cur('vehiclePurchase', '公务用车购置费');
  const operation = cur('vehicleOperation', '公务用车运行费');
  const reception = cur('reception', '公务接待费');
  const vehicle = tp ? tp.vehicle : sum([purchase, operation]);
  const total = tp ? tp.total : sum([abroad, vehicle, reception]);
  const lastVehicle = sum([amount('lastVehiclePurchase'), amount('lastVehicleOperation')]);
  const lastTotal = amount('lastThreePublic') ?? sum([amount('lastAbroad'), lastVehicle, amount('lastReception')]);
  const item = (current: Decimal | null, last: Decimal | null, name: string, key: PriorTextKey, withReason = true) =>
    change(
      current,
      last,
      render(SH_ASK.lastItem, { prev, item: name }),
      withReason ? { key, ask: render(SH_ASK.reasonItem, { item: name, dir: '{dir}' }) } : null,
    );
  // The template gives the total no reason (“…（持平）。其中：”); one the user wrote is kept.
  const t = item(total, lastTotal, '“三公”经费', 'reasonThreePublic', w.text('reasonThreePublic') !== null);
  const a = item(abroad, amount('lastAbroad'), '因公出国（境）费', 'reasonAbroad');
  const v = item(vehicle, lastVehicle, '公务用车购置及运行费', 'reasonVehicle');
  const vp = item(purchase, amount('lastVehiclePurchase'), '公务用车购置费', 'reasonVehiclePurchase');
  const vo = item(operation, amount('lastVehicleOperation'), '公务用车运行费', 'reasonVehicleOperation');
  const r = item(reception, amount('lastReception'), '公务接待费', 'reasonReception');
  const tpAsk = (name: string) => render(SH_ASK.threePublic, { item: name });
  return {
    id: 'threePublic',
    title: render(SH.sections.threePublic, { year }),
    paragraphs: [
      render(SH.threePublic, { year, total: wan(total, tpAsk('“三公”经费')), change: t.change, reason: t.reason }),
      render(SH.abroad, { amount: wan(abroad, tpAsk('因公出国（境）费')), change: a.change, reason: a.reason }),
      render(SH.vehicle, {
        amount: wan(vehicle, tpAsk('公务用车购置及运行费')),
        change: v.change,
        reason: v.reason,
        purchase: wan(purchase, tpAsk('公务用车购置费')),
        purchaseChange: vp.change,
        purchaseReason: vp.reason,
        operation: wan(operation, tpAsk('公务用车运行费')),
        operationChange: vo.change,
        operationReason: vo.reason,
      }),
      render(SH.reception, { amount: wan(reception, tpAsk('公务接待费')), change: r.change, reason: r.reason }),
    ],
  };
}

/**
 * 二、机关运行经费: 表9's own column only (公用经费 also pays 事业单位 and differs legitimately). A 0 there is “本部门无
 * 机关运行经费。”, as the template says to write; the 部门 sentence counts the 机关 and 参公事业单位 under it.
 */
function operating({ f, w, year, org, scoped, wan, amount, change }: Gen): ExplanationSection {
  const value = f.operatingSource === 'admin-operating' ? f.operating : null;
  const title = SH.sections.operating;
  if (value !== null && value.isZero()) return { id: 'operating', title, paragraphs: [scoped.noOperating] };
  const last = amount('lastOperating');
  const ch = last === null ? null : change(value, last, ASK.lastOperating, { key: 'reasonOperating', ask: ASK.reasonOperating });
  const count = (k: PriorAmountKey, what: string) => amount(k)?.toFixed() ?? w.ask(what);
  const data = {
    year,
    org,
    amount: wan(value, SH_ASK.operating),
    change: ch ? `，${ch.change}${ch.reason}` : '',
    organs: scoped === SH_SCOPE.部门 ? count('operatingOrgans', SH_ASK.organs) : '',
    publicUnits: scoped === SH_SCOPE.部门 ? count('operatingPublicUnits', SH_ASK.publicUnits) : '',
  };
  return { id: 'operating', title, paragraphs: [render(scoped.operating, data)] };
}

/** 三、政府采购: from the prior facts (the tables hold none); a 0 total is the template's “未安排政府采购预算”. */
function procurement({ year, org, scoped, wan, amount }: Gen): ExplanationSection {
  const goods = amount('procurementGoods');
  const works = amount('procurementWorks');
  const services = amount('procurementServices');
  const total = sum([goods, works, services]);
  const title = SH.sections.procurement;
  if (total !== null && total.isZero()) return { id: 'procurement', title, paragraphs: [render(scoped.noProcurement, { year, org })] };
  const p = (d: Decimal | null, item: string) => wan(d, render(SH_ASK.procurement, { item }));
  const paragraphs = [
    render(scoped.procurement, { year, total: p(total, '合计'), goods: p(goods, '货物'), works: p(works, '工程'), services: p(services, '服务') }),
  ];
  if (scoped.procurementSme)
    paragraphs.push(
      render(scoped.procurementSme, { year, sme: wan(amount('procurementSme'), SH_ASK.sme), small: wan(amount('procurementSmall'), SH_ASK.small) }),
    );
  return { id: 'procurement', title, paragraphs };
}

/** 四、绩效目标: counts and funds from the prior facts; the 项目支出 total of the tables only as a hint. */
function performance({ f, w, year, scoped, wan, amount }: Gen): ExplanationSection {
  const count = (k: PriorAmountKey, what: string) => amount(k)?.toFixed() ?? w.ask(what);
  const fundsAsk = f.projectTotal !== null ? render(SH_ASK.funds, { total: fmtWan2(f.projectTotal) }) : SH_ASK.fundsNoTotal;
  const units = scoped === SH_SCOPE.部门 ? count('performanceUnits', SH_ASK.units) : '';
  const paragraphs = [
    render(scoped.performance, { year, units, projects: count('performanceProjects', SH_ASK.projects), funds: wan(amount('performanceFunds'), fundsAsk) }),
  ];
  const goals = w.text('performance');
  if (goals)
    paragraphs.push(
      ...goals
        .split(/\r?\n+/)
        .map((g) => g.trim())
        .filter(Boolean),
    );
  return { id: 'performance', title: SH.sections.performance, paragraphs };
}

/**
 * The vehicles by category: each from the prior facts; with none held (or bought) every category is 0. A category
 * not given is asked for, never worked out from the others.
 */
function categories(g: Gen, total: Decimal | null, prefix: 'vehicles' | 'newVehicles'): string {
  const list = SH_VEHICLE_CATEGORIES.map(({ key, name }) => {
    const n =
      total !== null && total.isZero()
        ? '0'
        : (g.amount(`${prefix}${key}` as PriorAmountKey)?.toFixed() ??
          g.w.ask(render(prefix === 'vehicles' ? SH_ASK.vehicleCategory : SH_ASK.newVehicleCategory, { name, year: g.year })));
    return render(SH.vehicleCategory, { name, count: n });
  });
  return render(SH.vehicleCategories, { list: list.join(SH.vehicleCategorySep) });
}

/** 五、国有资产: the vehicles held and bought, by category, and the equipment of 100 万元 or more. */
function assets(g: Gen): ExplanationSection {
  const { f, w, year, org, scoped, ask, amount } = g;
  const count = (k: PriorAmountKey, what: string) => amount(k)?.toFixed() ?? w.ask(what);
  const held = amount('vehicles');
  const bought = amount('newVehicles');
  const purchase = f.threePublic?.vehiclePurchase ?? amount('vehiclePurchase');
  const hint = purchase !== null && !purchase.isZero() ? render(SH_ASK.newVehiclesHint, { amount: fmtWan2(purchase) }) : '';
  const date = w.text('assetsDate') ?? ask(SH_ASK.date);
  const vehicles = count('vehicles', SH_ASK.vehicles);
  const heldCategories = categories(g, held, 'vehicles');
  const special = count('specialEquipment', SH_ASK.special);
  const newVehicles = count('newVehicles', render(SH_ASK.newVehicles, { year, hint }));
  const newCategories = categories(g, bought, 'newVehicles');
  const newSpecial = count('newSpecialEquipment', render(SH_ASK.newSpecial, { year }));
  return {
    id: 'assets',
    title: SH.sections.assets,
    paragraphs: [
      render(scoped.assets, { date, org, vehicles, categories: heldCategories, special }),
      render(scoped.newAssets, { year, vehicles: newVehicles, categories: newCategories, special: newSpecial }),
    ],
  };
}

export function generateShanghai(tables: Table[], prior: PriorFacts, opts: GenerateOptions = {}): Explanation {
  const f = currentFacts(tables);
  const w = new Writer(prior);
  const yearN = opts.year ?? prior.year ?? f.year;
  const year = yearN === null || yearN === undefined ? w.ask(ASK.year) : String(yearN);
  const prev = yearN === null || yearN === undefined ? w.ask(ASK.year) : String(yearN - 1);
  const org = w.text('orgShort') ?? f.org ?? w.ask(ASK.org);
  const scoped = SH_SCOPE[f.scope ?? '部门'];
  const change: Gen['change'] = (current, last, lastAsk, reason) => {
    if (current === null || last === null)
      return {
        change: render(SH.change.unknown, { prev, what: w.ask(render(ASK.changeOf, { what: last === null ? lastAsk : '本年数' })) }),
        reason: '',
        dir: null,
      };
    const diff = current.minus(last);
    if (diff.isZero()) return { change: render(SH.change.flat, { prev }), reason: '', dir: 'flat' };
    const dir = diff.isPositive() ? 'up' : 'down';
    const text = render(dir === 'up' ? SH.change.up : SH.change.down, { prev, diff: fmtWan2(diff.abs()) });
    if (!reason) return { change: text, reason: '', dir };
    const given = reason.key ? w.text(reason.key) : null;
    const r = given ? trimSentenceEnd(given) : w.ask(render(reason.ask, { dir: dir === 'up' ? '增加' : '减少' }));
    return { change: text, reason: render(SH.reason, { reason: r }), dir };
  };
  const g: Gen = {
    f,
    w,
    year,
    prev,
    org,
    scoped,
    wan: (d, what) => (d === null ? w.ask(what) : fmtWan2(d)),
    ask: (t, data = {}) => w.ask(render(t, { prev, year, ...data })),
    amount: (k) => w.amount(k),
    change,
  };
  const sections = [budget(g), items({ ...g, tables }), otherPart(), threePublic(g), operating(g), procurement(g), performance(g), assets(g)];
  const title = render(scoped.title, { year });
  return { title, sections, text: assemble(title, sections, opts.format), placeholders: w.placeholders };
}
