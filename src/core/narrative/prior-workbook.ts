/**
 * Last year's disclosure as the prior: the figures this year's text compares with — the totals, 财政拨款, each fund,
 * 机关运行经费, the 三公 items, each 款 and 项 — read from last year's tables as they were published (`--prior LAST-YEAR.xlsx`). The
 * reasons for the changes are not in any table: they stay placeholders. Amounts in 万元, as PriorFacts keeps them.
 */
import type Decimal from 'decimal.js';
import type { Table } from '../tables/types';
import { currentFacts } from './facts';
import { amountOf, codedRows } from './items';
import { emptyPriorFacts, type PriorAmountKey, type PriorFacts, type PriorItem } from './prior';

export interface PriorFromTables {
  facts: PriorFacts;
  /** The budget year last year's tables print (the text's “上年”), when they print one. */
  year: number | null;
  /** Which facts were found (PriorFacts keys), for the user to see what the comparison rests on. */
  found: PriorAmountKey[];
  /** How many 类, 款 and 项 of last year's tables were read (PriorFacts.items). */
  items: number;
}

export function priorFactsFromTables(tables: Table[]): PriorFromTables {
  const f = currentFacts(tables);
  const facts = emptyPriorFacts();
  const put = (k: PriorAmountKey, v: Decimal | null | undefined) => {
    if (v !== null && v !== undefined) facts.amounts[k] = v;
  };
  put('lastTotal', f.expenditureTotal ?? f.incomeTotal);
  put('lastFiscal', f.fiscalExpenditure ?? f.fiscalIncome);
  put('lastGpb', f.gpb);
  put('lastGovFund', f.govFund);
  put('lastSoe', f.soe);
  put('lastOperating', f.operating);
  if (f.threePublic) {
    put('lastThreePublic', f.threePublic.total);
    put('lastAbroad', f.threePublic.abroad);
    put('lastVehiclePurchase', f.threePublic.vehiclePurchase);
    put('lastVehicleOperation', f.threePublic.vehicleOperation);
    put('lastReception', f.threePublic.reception);
  }
  // Each 类, 款 and 项 with its amount (the 一般公共预算, 政府性基金 and 国有资本经营 tables; else the 支出总表), for the
  // item lines' “与上年相比增加 X 万元”.
  const items: Record<string, PriorItem> = {};
  for (const c of codedRows(tables).values()) {
    const a = amountOf(c);
    if (a) items[c.code] = { amount: a.value, name: c.name };
  }
  if (Object.keys(items).length > 0) facts.items = items;
  // This year is last year's + 1: the generator and the checker read the budget year from it when the tables do not say.
  if (f.year) facts.year = f.year + 1;
  return { facts, year: f.year, found: Object.keys(facts.amounts) as PriorAmountKey[], items: Object.keys(items).length };
}
