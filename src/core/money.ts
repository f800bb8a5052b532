/**
 * Money: every amount is a decimal.js Decimal; blank (missing) is kept apart from zero.
 * A figure displayed with d decimals stands for the interval ±½·10⁻ᵈ (XBRL Calculations 1.1):
 * a total is consistent with its n parts when |total − Σparts| ≤ ½·10⁻ᵈ·(n+1).
 */
import Decimal from 'decimal.js';
import type { CellValue } from './grid';

export { Decimal };

/**
 * The largest magnitude a figure may have (exclusive): 10^15 — 1,000 万亿, beyond any budget in any unit, and where a
 * JavaScript number stops holding every digit (15 significant digits are all a cell's number keeps exactly). A cell
 * beyond it, or not finite, is not a figure: it is reported at its cell (amount/invalid) and takes part in no sum, so
 * no relation is ever judged on digits that were lost.
 */
export const MAX_FIGURE = 1e15;
export const MAX_FIGURE_TEXT = '10^15';

/** A number a cell may hold as a figure: finite and below MAX_FIGURE in magnitude. */
export function isFigureNumber(v: unknown): v is number {
  return typeof v === 'number' && v < MAX_FIGURE && v > -MAX_FIGURE;
}

/** A parsed amount without building a Decimal: `num` is exact enough to add in scaled integers; `text` is exact. */
export type FastAmount =
  { kind: 'blank' } | { kind: 'number'; num: number; text: string | null; decimals: number } | { kind: 'invalid'; text: string; reason?: InvalidReason };

/** Why a cell is not a figure: 'range' — a number (or numeric text) beyond ±MAX_FIGURE or not finite; else not a number. */
export type InvalidReason = 'range';

function outOfRange(v: number): { kind: 'invalid'; text: string; reason?: InvalidReason } {
  return Number.isNaN(v) ? { kind: 'invalid', text: String(v) } : { kind: 'invalid', text: String(v), reason: 'range' };
}

function countDecimals(n: number): number {
  const s = String(n);
  if (s.includes('e')) return Math.max(0, new Decimal(n).decimalPlaces());
  const i = s.indexOf('.');
  return i < 0 ? 0 : s.length - i - 1;
}

/** A finite number without binary noise beyond 15 significant digits (0.1 + 0.2 → 0.3). */
export function cleanNumber(v: number): number {
  // Most figures have few decimals and are already clean: spare the string round trip for them.
  let scale = 1;
  for (let d = 0; d <= 6; d++, scale *= 10) if (Math.round(v * scale) / scale === v) return v;
  return Number(v.toPrecision(15));
}

/** Decimals a (clean, finite) number is shown with: its number format's, else its own. */
export function numberDecimals(n: number, numFmt?: string): number {
  const fmt = formatDecimals(numFmt);
  if (fmt !== undefined) return fmt;
  let scale = 1;
  for (let d = 0; d <= 6; d++, scale *= 10) if (Math.round(n * scale) / scale === n) return d;
  return countDecimals(n);
}

/** Like parseAmount, without creating a Decimal (the engine parses tens of thousands of cells). */
export function parseAmountFast(v: CellValue, numFmt?: string): FastAmount {
  if (v === null || v === undefined) return { kind: 'blank' };
  if (typeof v === 'boolean') return { kind: 'invalid', text: String(v) };
  if (typeof v === 'number') {
    if (!isFigureNumber(v)) return outOfRange(v);
    const n = cleanNumber(v);
    return { kind: 'number', num: n, text: null, decimals: numberDecimals(n, numFmt) };
  }
  const p = parseAmount(v, numFmt);
  if (p.kind !== 'number') return p;
  return { kind: 'number', num: p.value.toNumber(), text: p.value.toString(), decimals: p.decimals };
}

export type ParsedAmount = { kind: 'blank' } | { kind: 'number'; value: Decimal; decimals: number } | { kind: 'invalid'; text: string; reason?: InvalidReason };

const FULL_WIDTH_DIGITS = /[０-９．，－（）]/g;

function toHalfWidth(s: string): string {
  return s.replace(FULL_WIDTH_DIGITS, (ch) => {
    switch (ch) {
      case '．':
        return '.';
      case '，':
        return ',';
      case '－':
        return '-';
      case '（':
        return '(';
      case '）':
        return ')';
      default:
        return String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
    }
  });
}

/** Decimals shown by an Excel number format such as "0.00", "#,##0.00_ ", "0.0%" (undefined for General/text). */
const FORMAT_CACHE = new Map<string, number | undefined>();

export function formatDecimals(fmt: string | undefined): number | undefined {
  if (!fmt) return undefined;
  if (FORMAT_CACHE.has(fmt)) return FORMAT_CACHE.get(fmt);
  const d = formatDecimalsUncached(fmt);
  if (FORMAT_CACHE.size < 1000) FORMAT_CACHE.set(fmt, d);
  return d;
}

function formatDecimalsUncached(fmt: string): number | undefined {
  const f = fmt
    .split(';')[0]
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '');
  if (/^general$/i.test(f.trim()) || f.trim() === '@' || f.trim() === '') return undefined;
  const m = /[0#?]\.([0#?]+)/.exec(f);
  if (m) return m[1].length;
  if (/[0#?]/.test(f)) return 0;
  return undefined;
}

function decimalsOf(text: string): number {
  const i = text.indexOf('.');
  if (i < 0) return 0;
  const frac = text.slice(i + 1).replace(/[eE].*$/, '');
  return frac.length;
}

/**
 * A JavaScript number as a Decimal, without binary noise (0.1 + 0.2 → 0.3). Never through a number that overflows:
 * Number.MAX_VALUE to 15 digits (1.79769313486232e308) is beyond MAX_VALUE and would become Infinity (then NaN).
 */
export function decimalFromNumber(n: number): Decimal {
  const clean = Number(n.toPrecision(15));
  return new Decimal(Number.isFinite(clean) ? clean : n.toPrecision(15));
}

const DASHES = /^[-–—－―─]+$/;

/**
 * Parses a cell as an amount: numbers, "1,205.56", " 1 205.56 ", "-" (nil, read as 0), "（1.00）" (negative),
 * full-width digits. Anything else is 'invalid'; blank is 'blank', never 0.
 */
export function parseAmount(v: CellValue, numFmt?: string): ParsedAmount {
  if (v === null || v === undefined) return { kind: 'blank' };
  if (typeof v === 'boolean') return { kind: 'invalid', text: String(v) };
  const fmtDec = formatDecimals(numFmt);
  if (typeof v === 'number') {
    if (!isFigureNumber(v)) return outOfRange(v);
    const d = decimalFromNumber(v);
    return { kind: 'number', value: d, decimals: fmtDec ?? Math.max(0, d.decimalPlaces()) };
  }
  const raw = v;
  let s = toHalfWidth(v).replace(/[\s\u00a0\u2009\u202f\u3000]/g, '');
  if (s === '') return { kind: 'blank' };
  if (DASHES.test(s)) return { kind: 'number', value: new Decimal(0), decimals: fmtDec ?? 0 };
  let negative = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    negative = true;
    s = paren[1];
  }
  if (/^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(s) || /^[-+]?\.\d+$/.test(s)) {
    const plain = s.replace(/,/g, '');
    // More than 15 digits before the point (leading zeros aside) is beyond MAX_FIGURE: told without building a Decimal.
    if (/^[-+]?0*[1-9]\d{15}/.test(plain)) return { kind: 'invalid', text: raw, reason: 'range' };
    let d = new Decimal(plain);
    if (negative) d = d.negated();
    return { kind: 'number', value: d, decimals: decimalsOf(plain) };
  }
  return { kind: 'invalid', text: raw };
}

/** ½·10⁻ᵈ·(n+1): the largest gap that rounding alone can explain for a total of n parts shown with d decimals. */
export function roundingTolerance(decimals: number, parts: number): Decimal {
  return new Decimal(10)
    .pow(-decimals)
    .times(0.5)
    .times(parts + 1);
}

/** Shows an amount with at least `decimals` places, the way the user's table shows it ("1205.56", "0.40"). */
export function formatAmount(d: Decimal, decimals = 2): string {
  const dp = Math.max(decimals, d.decimalPlaces());
  return d.toFixed(dp);
}

export function sum(values: Decimal[]): Decimal {
  let s = new Decimal(0);
  for (const v of values) s = s.plus(v);
  return s;
}

/** The units a table's header may state (金额单位：…); a table without one is read as 万元. */
export type Unit = '元' | '千元' | '万元' | '百万元' | '亿元';

const WAN_POWER: Record<Unit, number> = { 元: 4, 千元: 1, 万元: 0, 百万元: -2, 亿元: -4 };

/**
 * The power of ten from a unit to 万元: an amount in the unit divided by 10^power is in 万元 (元 → 4, 千元 → 1,
 * 万元 → 0, 百万元 → −2, 亿元 → −4). No unit (null) or one not listed is 万元 (0): the tables are read that way.
 */
export function wanPower(unit: string | null | undefined): number {
  return unit && unit in WAN_POWER ? WAN_POWER[unit as Unit] : 0;
}

/**
 * An amount in 万元, as the 编制说明 writes it: converted exactly, then — only when the conversion divided (元, 千元) —
 * rounded half up to two decimals, the precision the text prints 万元 with. 百万元 and 亿元 convert exactly.
 */
export function toWan(v: Decimal, unit: string | null | undefined): Decimal {
  const p = wanPower(unit);
  if (p === 0) return v;
  if (p < 0) return v.times(new Decimal(10).pow(-p));
  return v.div(new Decimal(10).pow(p)).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}
