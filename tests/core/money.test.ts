import Decimal from 'decimal.js';
import { formatAmount, formatDecimals, parseAmount, roundingTolerance } from '../../src/core/money';

describe('money', () => {
  test.each([
    [1205.56, '1205.56'],
    ['1,205.56', '1205.56'],
    [' 1 205.56 ', '1205.56'],
    ['１２０５．５６', '1205.56'],
    ['（1.00）', '-1'],
    ['(2,000.50)', '-2000.5'],
    ['-', '0'],
    ['—', '0'],
    ['-3.5', '-3.5'],
    [0.1 + 0.2, '0.3'],
  ])('parses %p as %s', (input, expected) => {
    const p = parseAmount(input as string | number);
    expect(p.kind).toBe('number');
    if (p.kind === 'number') expect(p.value.equals(new Decimal(expected))).toBe(true);
  });
  test('blank is kept apart from 0', () => {
    expect(parseAmount(null).kind).toBe('blank');
    expect(parseAmount('   ').kind).toBe('blank');
    expect(parseAmount(0).kind).toBe('number');
  });
  test.each(['1,20,5.56', '12a', 'N/A', '1.2.3', '#REF!'])('rejects %p', (s) => {
    expect(parseAmount(s).kind).toBe('invalid');
  });
  test('decimals come from the number format when there is one', () => {
    expect(formatDecimals('#,##0.00_ ')).toBe(2);
    expect(formatDecimals('0')).toBe(0);
    expect(formatDecimals('General')).toBeUndefined();
    const p = parseAmount(0.4, '0.00');
    expect(p.kind === 'number' && p.decimals).toBe(2);
  });
  test('the rounding interval: ½·10⁻ᵈ·(n+1)', () => {
    expect(roundingTolerance(2, 4).toString()).toBe('0.025');
    expect(roundingTolerance(2, 1).toString()).toBe('0.01');
    expect(roundingTolerance(0, 2).toString()).toBe('1.5');
  });
  test('amounts print with the table’s decimals', () => {
    expect(formatAmount(new Decimal('25.5'), 2)).toBe('25.50');
    expect(formatAmount(new Decimal('-0.01'), 2)).toBe('-0.01');
  });
});
