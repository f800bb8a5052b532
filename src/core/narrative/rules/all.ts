/** The narrative/* rules, one module each, in the order rule lists (SARIF's tool.driver.rules) show them. */
import type { NarrativeRule } from '../rule';
import amountMismatch from './amount-mismatch';
import blankAmount from './blank-amount';
import changeExceeds from './change-exceeds';
import changeMismatch from './change-mismatch';
import compareYear from './compare-year';
import direction from './direction';
import doubled from './doubled';
import emptyNote from './empty-note';
import formerName from './former-name';
import itemCode from './item-code';
import itemHeading from './item-heading';
import itemName from './item-name';
import itemPercent from './item-percent';
import itemPrior from './item-prior';
import itemUnknown from './item-unknown';
import leftover from './leftover';
import levelMark from './level-mark';
import name from './name';
import partsSum from './parts-sum';
import percent from './percent';
import percentFigures from './percent-figures';
import projectPeriod from './project-period';
import punctuation from './punctuation';
import reasonDirection from './reason-direction';
import reasonMissing from './reason-missing';
import scopeWording from './scope-wording';
import shareOf from './share-of';
import share from './share';
import tooLong from './too-long';
import year from './year';
import zeroIncrease from './zero-increase';

export const NARRATIVE_RULE_MODULES: NarrativeRule[] = [
  amountMismatch,
  changeMismatch,
  changeExceeds,
  direction,
  reasonDirection,
  reasonMissing,
  percent,
  percentFigures,
  itemPercent,
  itemPrior,
  itemHeading,
  share,
  shareOf,
  year,
  compareYear,
  projectPeriod,
  name,
  itemName,
  itemUnknown,
  itemCode,
  formerName,
  scopeWording,
  levelMark,
  partsSum,
  blankAmount,
  emptyNote,
  leftover,
  doubled,
  punctuation,
  zeroIncrease,
  tooLong,
];
