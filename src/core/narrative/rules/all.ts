/** The narrative/* rules, one module each, in the order rule lists (SARIF's tool.driver.rules) show them. */
import type { NarrativeRule } from '../rule';
import amountMismatch from './amount-mismatch';
import blankAmount from './blank-amount';
import changeMismatch from './change-mismatch';
import compareYear from './compare-year';
import direction from './direction';
import doubled from './doubled';
import itemName from './item-name';
import itemUnknown from './item-unknown';
import leftover from './leftover';
import levelMark from './level-mark';
import name from './name';
import partsSum from './parts-sum';
import percent from './percent';
import percentFigures from './percent-figures';
import shareOf from './share-of';
import share from './share';
import tooLong from './too-long';
import year from './year';
import zeroIncrease from './zero-increase';

export const NARRATIVE_RULE_MODULES: NarrativeRule[] = [
  amountMismatch,
  changeMismatch,
  direction,
  percent,
  percentFigures,
  share,
  shareOf,
  year,
  compareYear,
  name,
  itemName,
  itemUnknown,
  levelMark,
  partsSum,
  blankAmount,
  leftover,
  doubled,
  zeroIncrease,
  tooLong,
];
