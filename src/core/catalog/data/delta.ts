/**
 * A year's catalogue stored as changes to another year's (its base), applied when the year is first used: the
 * 2024 data is the one full copy, every other year is a few lines. One change per line:
 *
 *   +<TAB>system<TAB>code<TAB>name[<TAB>alias|alias…]   the code exists in this year, not in the base
 *   -<TAB>system<TAB>code                               the code exists in the base, not in this year
 *   ~<TAB>system<TAB>code<TAB>name                      renamed: this year's name (a later year's old name becomes an alias)
 *
 * system is functional, economic-dept or economic-gov. Lines starting with # are comments: the source of each
 * change goes on the comment line above it (and into ../CHANGES.md).
 */
export interface CatalogDelta {
  year: number;
  /** The year whose data the changes apply to (itself full or a delta). */
  base: number;
  changes: string;
}

export type DeltaOp =
  | { op: '+'; system: string; code: string; name: string; aliases: string[]; line: number }
  | { op: '-'; system: string; code: string; line: number }
  | { op: '~'; system: string; code: string; name: string; line: number };

/** Parses the change lines; throws on a malformed line (the data ships with the tool: a bad line is a bug). */
export function parseDelta(year: number, text: string): DeltaOp[] {
  const out: DeltaOp[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (!line.trim() || line.trimStart().startsWith('#')) return;
    const [op = '', system = '', code = '', name = '', aliasText = '', ...rest] = line.split('\t').map((p) => p.trim());
    const where = `${year} delta line ${i + 1}`;
    if (rest.length) throw new Error(`${where}: too many columns`);
    if (!/^\d{3}(\d{2}){0,2}$/.test(code)) throw new Error(`${where}: bad code "${code}"`);
    if (op === '+' || op === '~') {
      if (!name) throw new Error(`${where}: ${op} needs a name`);
      if (op === '+')
        out.push({
          op,
          system,
          code,
          name,
          aliases: aliasText
            ? aliasText
                .split('|')
                .map((a) => a.trim())
                .filter(Boolean)
            : [],
          line: i + 1,
        });
      else out.push({ op, system, code, name, line: i + 1 });
    } else if (op === '-') {
      if (name) throw new Error(`${where}: - takes no name`);
      out.push({ op, system, code, line: i + 1 });
    } else throw new Error(`${where}: unknown change "${op}"`);
  });
  return out;
}
