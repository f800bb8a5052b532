/**
 * generateExplanation for the Shanghai layout: the 部门预算编制说明 (收入, 支出, 财政拨款 by fund, the “类/款/项” list
 * of the 一般公共预算支出功能分类预算表) and the 其他相关情况说明 (“三公”经费 from 表9, 机关运行经费 from 表9's own
 * column, 政府采购, 绩效目标, 国有资产), worded as 上海 区级部门预算 print them. Amounts in 万元 with two decimals.
 * What the tables do not hold comes from the prior facts or stays a 【请填写：…】 placeholder; nothing is invented.
 */
import Decimal from 'decimal.js';
import type { Table } from '../tables/types';
import { currentFacts } from './facts';
import type { Explanation, ExplanationSection, GenerateOptions } from './generate';
import { amountOf, codedRows } from './items';
import type { PriorAmountKey, PriorFacts, PriorTextKey } from './prior';
import { ASK } from './templates/xianning';
import { SH, SH_ASK } from './templates/shanghai';
import { assemble, render, trimSentenceEnd, Writer } from './writer';

/** "18976.76", "0.00", "15.00": two decimals, as the Shanghai text writes 万元. */
export function fmtWan2(d: Decimal): string {
  return d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2).replace(/^-0\.00$/, '0.00');
}

const sum = (xs: (Decimal | null)[]): Decimal | null => (xs.every((x) => x !== null) ? xs.reduce((a: Decimal, x) => a.plus(x!), new Decimal(0)) : null);

export function generateShanghai(tables: Table[], prior: PriorFacts, opts: GenerateOptions = {}): Explanation {
  const f = currentFacts(tables);
  const w = new Writer(prior);
  const yearN = opts.year ?? prior.year ?? f.year;
  const year = yearN === null || yearN === undefined ? w.ask(ASK.year) : String(yearN);
  const prev = yearN === null || yearN === undefined ? w.ask(ASK.year) : String(yearN - 1);
  const org = w.text('orgShort') ?? f.org ?? w.ask(ASK.org);
  const wan = (d: Decimal | null, what: string) => (d === null ? w.ask(what) : fmtWan2(d));
  const ask = (t: string, data: Record<string, string> = {}) => w.ask(render(t, { prev, year, ...data }));

  /** "比2024年预算增加3355.65万元" + "，主要原因是…" (reason only when it went up or down). */
  const change = (current: Decimal | null, last: Decimal | null, lastAsk: string, reason: { key: PriorTextKey | null; ask: string } | null) => {
    if (current === null || last === null) return { change: render(SH.change.unknown, { prev, what: w.ask(render(ASK.changeOf, { what: last === null ? lastAsk : '本年数' })) }), reason: '', dir: null };
    const diff = current.minus(last);
    if (diff.isZero()) return { change: render(SH.change.flat, { prev }), reason: '', dir: 'flat' as const };
    const dir = diff.isPositive() ? ('up' as const) : ('down' as const);
    const dirWord = dir === 'up' ? '增加' : '减少';
    const text = render(dir === 'up' ? SH.change.up : SH.change.down, { prev, diff: fmtWan2(diff.abs()) });
    if (!reason) return { change: text, reason: '', dir };
    const given = reason.key ? w.text(reason.key) : null;
    const r = given ? trimSentenceEnd(given) : w.ask(render(reason.ask, { dir: dirWord }));
    return { change: text, reason: render(SH.reason, { reason: r }), dir };
  };
  const A = (k: PriorAmountKey) => w.amount(k);
  const sections: ExplanationSection[] = [];

  // 编制说明: 收入, 支出, 财政拨款 by fund, the reason.
  {
    const fiscalLast = A('lastFiscal');
    const fiscalAsk = render(SH_ASK.lastFiscal, { prev });
    const incomeParts = f.incomeLines.filter((x) => !x.sub);
    const items = incomeParts.length
      ? incomeParts
          .map((x) => {
            const s = render(SH.amount, { name: x.name, amount: fmtWan2(x.amount) });
            return /财政拨款/.test(x.name) ? `${s}，${change(x.amount, fiscalLast, fiscalAsk, null).change}` : s;
          })
          .join(SH.incomeSep)
      : w.ask('各项收入金额');
    const p1 = render(SH.income, { year, org, income: wan(f.incomeTotal, ASK.total), items });
    const fiscal = f.fiscalExpenditure ?? f.fiscalIncome;
    const fc = change(fiscal, fiscalLast, fiscalAsk, null);
    const p2 = render(SH.expenditure, { expenditure: wan(f.expenditureTotal, ASK.total), fiscal: wan(fiscal, SH_ASK.fiscal), fiscalChange: fc.change });
    const p3 = render(SH.funds, {
      gpb: wan(f.gpb, SH_ASK.gpb),
      gpbChange: change(f.gpb, A('lastGpb'), render(SH_ASK.lastGpb, { prev }), null).change,
      fund: wan(f.govFund, ASK.govFund),
      fundChange: change(f.govFund, A('lastGovFund'), render(SH_ASK.lastGovFund, { prev }), null).change,
      soe: wan(f.soe, SH_ASK.soe),
      soeChange: change(f.soe, A('lastSoe'), render(SH_ASK.lastSoe, { prev }), null).change,
    });
    const paragraphs = [p1, p2 + p3];
    if (fc.dir === 'up' || fc.dir === 'down') {
      const dir = fc.dir === 'up' ? '增加' : '减少';
      const given = w.text('reasonTotal');
      paragraphs.push(render(SH.fiscalReason, { dir, reason: given ? trimSentenceEnd(given) : w.ask(render(SH_ASK.reasonFiscal, { dir })) }));
    }
    sections.push({ id: 'budget', title: '', paragraphs });
  }

  // 财政拨款支出主要内容: every 项 with money, in the order of the tables, named 类（类）款（款）项（项）.
  {
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
    sections.push({ id: 'items', title: '', paragraphs });
  }

  sections.push({ id: 'other', title: SH.otherPart, level: 1, paragraphs: [] });

  // 一、“三公”经费 (表9).
  {
    const tp = f.threePublic;
    const cur = (k: 'abroad' | 'vehiclePurchase' | 'vehicleOperation' | 'reception', item: string) => (tp ? tp[k] : A(k) ?? (ask(SH_ASK.threePublic, { item }), null));
    const abroad = cur('abroad', '因公出国（境）费');
    const purchase = cur('vehiclePurchase', '公务用车购置费');
    const operation = cur('vehicleOperation', '公务用车运行费');
    const reception = cur('reception', '公务接待费');
    const vehicle = tp ? tp.vehicle : sum([purchase, operation]);
    const total = tp ? tp.total : sum([abroad, vehicle, reception]);
    const lastVehicle = sum([A('lastVehiclePurchase'), A('lastVehicleOperation')]);
    const lastTotal = A('lastThreePublic') ?? sum([A('lastAbroad'), lastVehicle, A('lastReception')]);
    const item = (current: Decimal | null, last: Decimal | null, name: string, key: PriorTextKey, withReason = true) =>
      change(current, last, render(SH_ASK.lastItem, { prev, item: name }), withReason ? { key, ask: render(SH_ASK.reasonItem, { item: name, dir: '{dir}' }) } : null);
    const t = item(total, lastTotal, '“三公”经费', 'reasonThreePublic', w.text('reasonThreePublic') !== null);
    const a = item(abroad, A('lastAbroad'), '因公出国（境）费', 'reasonAbroad');
    const v = item(vehicle, lastVehicle, '公务用车购置及运行费', 'reasonVehicle');
    const vp = item(purchase, A('lastVehiclePurchase'), '公务用车购置费', 'reasonVehiclePurchase');
    const vo = item(operation, A('lastVehicleOperation'), '公务用车运行费', 'reasonVehicleOperation');
    const r = item(reception, A('lastReception'), '公务接待费', 'reasonReception');
    const tpAsk = (name: string) => render(SH_ASK.threePublic, { item: name });
    sections.push({
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
    });
  }

  // 二、机关运行经费: 表9's own column only (公用经费 also pays 事业单位 and differs legitimately).
  {
    const amount = f.operatingSource === 'admin-operating' ? f.operating : null;
    const last = A('lastOperating');
    const ch = last === null ? null : change(amount, last, ASK.lastOperating, { key: 'reasonOperating', ask: ASK.reasonOperating });
    sections.push({
      id: 'operating',
      title: SH.sections.operating,
      paragraphs: [render(SH.operating, { year, org, amount: wan(amount, SH_ASK.operating), change: ch ? `，${ch.change}${ch.reason}` : '' })],
    });
  }

  // 三、政府采购.
  {
    const goods = A('procurementGoods');
    const works = A('procurementWorks');
    const services = A('procurementServices');
    const total = sum([goods, works, services]);
    const p = (d: Decimal | null, item: string) => wan(d, render(SH_ASK.procurement, { item }));
    sections.push({
      id: 'procurement',
      title: SH.sections.procurement,
      paragraphs: [
        render(SH.procurement, { year, total: p(total, '合计'), goods: p(goods, '货物'), works: p(works, '工程'), services: p(services, '服务') }),
        render(SH.procurementSme, { year, sme: wan(A('procurementSme'), SH_ASK.sme), small: wan(A('procurementSmall'), SH_ASK.small) }),
      ],
    });
  }

  // 四、绩效目标: counts and funds from the prior facts; the 项目支出 total of the tables only as a hint.
  {
    const count = (k: PriorAmountKey, what: string) => A(k)?.toFixed() ?? w.ask(what);
    const funds = A('performanceFunds');
    const fundsAsk = f.projectTotal !== null ? render(SH_ASK.funds, { total: fmtWan2(f.projectTotal) }) : SH_ASK.fundsNoTotal;
    const paragraphs = [
      render(SH.performance, { year, units: count('performanceUnits', SH_ASK.units), projects: count('performanceProjects', SH_ASK.projects), funds: wan(funds, fundsAsk) }),
    ];
    const goals = w.text('performance');
    if (goals) paragraphs.push(...goals.split(/\r?\n+/).map((g) => g.trim()).filter(Boolean));
    sections.push({ id: 'performance', title: SH.sections.performance, paragraphs });
  }

  // 五、国有资产.
  {
    const count = (k: PriorAmountKey, what: string) => A(k)?.toFixed() ?? w.ask(what);
    const purchase = f.threePublic?.vehiclePurchase ?? A('vehiclePurchase');
    const hint = purchase !== null && !purchase.isZero() ? render(SH_ASK.newVehiclesHint, { amount: fmtWan2(purchase) }) : '';
    sections.push({
      id: 'assets',
      title: SH.sections.assets,
      paragraphs: [
        render(SH.assets, { date: w.text('assetsDate') ?? ask(SH_ASK.date), org, vehicles: count('vehicles', SH_ASK.vehicles), special: count('specialEquipment', SH_ASK.special) }),
        render(SH.newAssets, {
          year,
          vehicles: count('newVehicles', render(SH_ASK.newVehicles, { year, hint })),
          special: count('newSpecialEquipment', render(SH_ASK.newSpecial, { year })),
        }),
      ],
    });
  }

  const title = render(SH.title, { year });
  return { title, sections, text: assemble(title, sections, opts.format), placeholders: w.placeholders };
}
