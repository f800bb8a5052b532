/** The records of a typed table that carry amounts, whatever its shape (rows of a row table, lines of a two-sided one). */
import type { Amount, Table } from './types';

export function amountRecords(t: Table): readonly { amounts: Record<string, Amount> }[] {
  return t.shape === 'rows' ? t.rows : t.lines;
}

const ALL = new WeakMap<Table, readonly Amount[]>();

/**
 * Every amount cell of a table once, in reading order (rows top to bottom, columns left to right), built on first
 * use and shared by the rules that look at each cell on its own (invalid text, negative figures, empty tables).
 */
export function allAmounts(t: Table): readonly Amount[] {
  let list = ALL.get(t);
  if (list) return list;
  const out: Amount[] = [];
  if (t.shape === 'rows') {
    const keys = t.columns.map((c) => c.key);
    const rows = t.rows;
    for (let i = 0; i < rows.length; i++) {
      const amounts = rows[i].amounts;
      for (let j = 0; j < keys.length; j++) {
        const a = amounts[keys[j]];
        if (a !== undefined) out.push(a);
      }
    }
  } else {
    for (const l of t.lines) for (const k in l.amounts) out.push(l.amounts[k]);
  }
  list = out;
  ALL.set(t, list);
  return list;
}
