/** The built-in rule set, in the order findings are produced. */
import invalidAmount from './amount/invalid';
import negativeAmount from './amount/negative';
import consistentNames from './code/consistent-names';
import codeFormat from './code/format';
import codeDuplicate from './code/duplicate';
import codeParent from './code/parent';
import adminOperating from './cross/admin-operating';
import adminOperatingCodes from './cross/admin-operating-codes';
import basicExpenditure from './cross/basic-expenditure';
import byUnitTotals from './cross/by-unit-totals';
import classAmounts from './cross/class-amounts';
import expenditureTotals from './cross/expenditure-totals';
import fiscalIncome from './cross/fiscal-income';
import incomeTotals from './cross/income-totals';
import projectTotal from './cross/project-total';
import summaryBasic from './cross/summary-basic';
import threePublicEconomic from './cross/three-public-economic';
import useTotals from './cross/use-totals';
import emptyTableNote from './meta/empty-table-note';
import orgName from './meta/org-name';
import requiredTables from './meta/required-tables';
import titleFromSheet from './meta/title-from-sheet';
import unit from './meta/unit';
import year from './meta/year';
import type { RuleDefinition } from './rule';
import basicPlacement from './catalog/basic-placement';
import codeExists from './catalog/code-exists';
import customRows from './catalog/custom-rows';
import catalogYear from './catalog/year';
import officialName from './catalog/official-name';
import sumChildren from './sum/children';
import sumColumns from './sum/columns';
import sumFundColumns from './sum/fund-columns';
import sumSides from './sum/sides';
import sumUseColumns from './sum/use-columns';
import sumTotalRow from './sum/total-row';

export const ALL_RULES: RuleDefinition[] = [
  requiredTables,
  titleFromSheet,
  orgName,
  year,
  unit,
  emptyTableNote,
  invalidAmount,
  negativeAmount,
  sumColumns,
  sumChildren,
  sumTotalRow,
  sumSides,
  sumFundColumns,
  sumUseColumns,
  expenditureTotals,
  classAmounts,
  incomeTotals,
  fiscalIncome,
  basicExpenditure,
  summaryBasic,
  projectTotal,
  byUnitTotals,
  threePublicEconomic,
  adminOperating,
  adminOperatingCodes,
  useTotals,
  codeFormat,
  codeParent,
  codeDuplicate,
  consistentNames,
  catalogYear,
  customRows,
  codeExists,
  officialName,
  basicPlacement,
];
