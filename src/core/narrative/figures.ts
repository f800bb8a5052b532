/**
 * Figures as the text prints them: the pattern a figure is read with, its value, and what rounding it to its printed
 * digit may have changed. A leaf module: the context, the item parsers and the rules all read figures with it.
 */
import Decimal from 'decimal.js';

/**
 * A figure as written ("1205.56", "1,205.56"). It starts only where a run of digits starts (not after a digit, a
 * point or a digit and comma): a pattern that begins with it, or is tried from every place, reads each run of digits
 * once, not once per digit (a million digits would otherwise take a million scans of the run).
 */
export const NUM = '(?<![\\d.]|\\d,)(\\d[\\d,]*(?:\\.\\d+)?)';

/** A printed figure's value ("1,205.56" → 1205.56). */
export const num = (s: string): Decimal => new Decimal(s.replace(/,/g, ''));

/** The decimals a figure is printed with. */
export const decimals = (s: string): number => (s.split('.')[1] ?? '').length;

/** Half a unit of a figure's last printed digit: what rounding to the printed precision may have changed in it. */
export const halfOf = (s: string): Decimal => new Decimal(10).pow(-decimals(s)).div(2);

/** As halfOf, but nothing in a printed 0: a 0 is none at all, not a rounded figure. */
export const half = (s: string): Decimal => (num(s).isZero() ? new Decimal(0) : halfOf(s));
