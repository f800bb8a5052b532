/** The records of a typed table that carry amounts, whatever its shape (rows of a row table, lines of a two-sided one). */
import type { Amount, Table } from './types';

export function amountRecords(t: Table): readonly { amounts: Record<string, Amount> }[] {
  return t.shape === 'rows' ? t.rows : t.lines;
}
