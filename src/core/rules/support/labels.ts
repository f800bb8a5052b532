/**
 * How rows, columns and tables are named in messages: as data (the workbook's words as printed, codes) and phrases
 * (support/messages.ts PHRASES, TERMS) that the renderer turns into zh or en — never a sentence built here.
 */
import { LAYOUTS } from '../../layouts';
import { phrase, type Phrase, type Value } from '../../render';
import { TABLE_NAMES, TABLE_NAMES_EN, type Column, type Line, type Row, type Table } from '../../tables/types';
import { PHRASES, TERMS } from './messages';

/** The table's name in English: the layout's own when the table bears the layout's name, else the kind's. */
function nameEn(t: Table): string {
  if (t.name !== TABLE_NAMES[t.kind]) {
    for (const l of LAYOUTS) {
      const lt = l.tables.find((x) => x.kind === t.kind && x.name === t.name);
      if (lt) return lt.nameEn;
    }
  }
  return TABLE_NAMES_EN[t.kind] ?? t.name;
}

/** The table's name (支出总表 / Expenditure summary), without its number. */
export function tableName(t: Table): Phrase {
  return phrase({ zh: t.name, en: nameEn(t) });
}

/** "附表-3 支出总表" / "Table 3 (Expenditure summary)"; the name alone when the table prints no number. */
export function tableLabel(t: Table): Phrase {
  const name = tableName(t);
  return t.label ? phrase(PHRASES.table, { label: t.label, name }) : phrase(PHRASES.tableName, { name });
}

/** The 合计 row, "code name" (as printed), the name, or "第 n 行". */
export function rowLabel(r: Row): Value {
  if (r.isTotal) return TERMS.totalRow;
  if (r.code) return `${r.code} ${r.name}`.trim();
  return r.name || phrase(PHRASES.rowNumber, { n: r.row + 1 });
}

/** The header words of a column as printed, top to bottom. */
export function columnLabel(c: Column): string {
  return c.path.join('·');
}

/** A line of a 收支总表 as printed. */
export function lineLabel(l: Line): string {
  return l.name || l.label;
}

/** "{table} {row}·{column}": a cell of a table named by its row and column. */
export function cellLabel(t: Table, r: Row, c: Column): Phrase {
  return phrase(PHRASES.cell, { table: tableLabel(t), row: rowLabel(r), column: columnLabel(c) });
}

/** "{table} {row}·{column}" from parts already named. */
export function cellOf(table: Value, row: Value, column: Value): Phrase {
  return phrase(PHRASES.cell, { table, row, column });
}

/** "{table} {what}": a row or line of a table, printed as the table prints it. */
export function inTable(table: Value, what: Value): Phrase {
  return phrase(PHRASES.inTable, { table, what });
}

/** "{table}“{name}”": a line of a table, its name quoted as printed. */
export function quotedIn(table: Value, name: Value): Phrase {
  return phrase(PHRASES.quotedIn, { table, name });
}

/** "{table}“{name}”·{column}". */
export function quotedColumn(table: Value, name: Value, column: Value): Phrase {
  return phrase(PHRASES.quotedColumn, { table, name, column });
}

/** "{row}·{column}". */
export function rowColumn(row: Value, column: Value): Phrase {
  return phrase(PHRASES.rowColumn, { row, column });
}

/** The unit of a table's figures in the message's language (万元 → 10,000 yuan); an unknown one as printed. */
export function unitLabel(unit: string): Value {
  return TERMS.units[unit as keyof typeof TERMS.units] ?? unit;
}
