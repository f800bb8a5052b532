/**
 * 政府收支分类科目 catalogue: lookup of 支出功能分类 and 支出经济分类 codes, name checks, 收支总表 class names.
 *
 * Pure TypeScript (no fs, no DOM): the data ships as TSV text inside TS modules (./data/<year>/*.ts), so the
 * same code runs in node, jest and a webpack bundle. Each year's TSV is parsed once, on first use.
 */
import type { CellRef } from '../grid';
import { CATALOG_YEARS, isDelta, type CatalogData, type CatalogSource } from './data';
import { parseDelta } from './data/delta';

export type CodeSystem = 'functional' | 'economic-dept' | 'economic-gov';

export const CODE_SYSTEMS: readonly CodeSystem[] = ['functional', 'economic-dept', 'economic-gov'];

export interface CatalogEntry {
  code: string;
  /** The current official name (or the user's name for a custom entry). */
  name: string;
  /** Retired / renamed names that stand for this code (for a custom entry that replaces an official one: the official name first). */
  aliases: string[];
  /** 类 1, 款 2, 项 3. */
  level: 1 | 2 | 3;
  system: CodeSystem;
  /** Code of the 类 (for a 款) or 款 (for a 项); absent for a 类. */
  parent?: string;
  /** Added through withCustom (a 自定义科目 sheet or a JSON file). */
  custom?: boolean;
}

/**
 * exact       the printed name is the official name, character for character;
 * normalized  equal after normalizeName (whitespace, full/half-width brackets, digits and letters, quotes);
 * variant     equal only after also reading 其它 as 其他 (a wording variant the rules may want to mention);
 * alias       the printed name is a retired or renamed name of the code (official = the current name);
 * mismatch    the code exists but the printed name is none of the above (official = what it should be);
 * unknown-code  the code is not in the catalogue.
 */
export type MatchStatus = 'exact' | 'normalized' | 'variant' | 'alias' | 'mismatch' | 'unknown-code';

/** What had to be evened out for the printed name to equal the official one. */
export type NameChange = 'whitespace' | 'width' | 'quotes' | '其它→其他';

export interface NameMatch {
  status: MatchStatus;
  /** The current official name (every status but unknown-code). */
  official?: string;
  /** normalized / variant / alias: the differences that were evened out. */
  changes?: NameChange[];
  /** alias: the retired name the printed one matched. */
  alias?: string;
  /** mismatch: the printed name is the official name cut short (e.g. "…缴费" for "…缴费支出"). */
  truncated?: boolean;
}

/** Which kind of unit pays: 机关 (行政单位 and 参照公务员法管理的事业单位) or another 事业单位. */
export type UnitKind = '机关' | '事业单位';

export interface EconomicMapping {
  dept: string;
  gov: string;
  /** '*' when the pair holds for either kind of unit. */
  scope: UnitKind | '*';
}

export interface Catalog {
  /** Year of the data actually used. */
  year: number;
  /** The year that was asked for; differs from year when the catalogue fell back to the nearest year it has. */
  requestedYear: number;
  /** True when requestedYear has no catalogue of its own and year's is used instead. */
  isFallback: boolean;
  lookup(system: CodeSystem, code: string): CatalogEntry | undefined;
  /** Official name for a printed name after normalising (spaces, full/half-width brackets, 其它→其他); 'alias' when the name is a retired name. */
  matchName(system: CodeSystem, code: string, printed: string): NameMatch;
  /** 类 code for a class name printed in 收支总表 (e.g. "六、社会保障和就业支出" → "208", also old names via aliases). */
  classCodeForName(name: string): string | undefined;
  /** All entries of a system in code order (类 before its 款 before its 项). */
  entries(system: CodeSystem): CatalogEntry[];
  /** 政府预算支出经济分类 款 for a 部门预算支出经济分类 款, where the mapping is known; filtered by unit kind when given. */
  mapEconomic(deptCode: string, unit?: UnitKind): EconomicMapping[];
  /**
   * The code (other than `code`, same system and level) whose official name the printed name is, when that is
   * unambiguous: a sibling (same parent) of that name, or else the only code of that name. Undefined when the name
   * is a name or former name of `code` itself, when `code` is unknown, or when several codes share the name.
   */
  codeOfName(system: CodeSystem, code: string, printed: string): CatalogEntry | undefined;
  /** The workbook's year lies after the newest bundled catalogue ('newer') or before the oldest ('older'). */
  readonly outsideData?: 'newer' | 'older';
  /** Systems whose bundled codes a 科目表 file replaced (mode 'replace'): for them the file is the year's catalogue. */
  readonly replaced: readonly CodeSystem[];
  /** The user's entries (自定义科目, 科目表, --codes, --catalog) that could not be taken, each with where it was. */
  readonly rejected: readonly RejectedEntry[];
  /**
   * Adds user codes (a 自定义科目 sheet, a 科目表 or a JSON file): merged over the official ones, marked custom.
   * Never throws: an entry of the wrong shape is left out and listed in `rejected` (with its cell when given).
   */
  withCustom(entries: CustomInput[], rejected?: readonly RejectedEntry[]): Catalog;
  /** The bureau's 科目表: for each system it holds, its codes replace the bundled ones (mode 'replace'). */
  withReplaced(entries: CustomInput[], rejected?: readonly RejectedEntry[]): Catalog;
}

/** Where a user's entry came from. */
export type InputSource = 'custom-sheet' | 'catalog-sheet' | 'codes-option' | 'catalog-file';

/**
 * bad-code   not a code of the system (length, digits); no-name  a code without a name; bad-system  unknown 体系;
 * bad-part   a 款/项 part of a 类 | 款 | 项 row that is not 2 digits; no-parent  a 款/项 part with no 类/款 before it;
 * conflict   the code is listed twice with different names.
 */
export type RejectReason = 'bad-code' | 'no-name' | 'bad-system' | 'bad-part' | 'no-parent' | 'conflict';

export interface RejectedEntry {
  source: InputSource;
  reason: RejectReason;
  /** The code (or code part) as read. */
  code: string;
  name: string;
  system?: string;
  /** The cell that is wrong, when the entry came from a sheet. */
  at?: CellRef;
  /** 1-based row (sheet row or CSV line) when known. */
  row?: number;
}

/** A user's entry: a code and its name, with where it was read (for a finding at that cell when it is bad). */
export interface CustomInput {
  system: CodeSystem;
  code: string;
  name: string;
  source?: InputSource;
  at?: CellRef;
  row?: number;
}

// ───────────────────────────── names ─────────────────────────────

const WHITESPACE = /[\s\u200b-\u200d\u2060\ufeff]+/g;

function stripWhitespace(s: string): string {
  return s.replace(WHITESPACE, '');
}

/** Full-width ASCII forms (（）０-９Ａ-Ｚ，．…) to their half-width form. */
function foldWidth(s: string): string {
  return s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

function foldQuotes(s: string): string {
  return s.replace(/[“”„‟″〝〞]/g, '"').replace(/[‘’‚‛′]/g, "'");
}

/** 其它 → 其他: kept out of normalizeName because it is a wording variant, reported on its own. */
export function foldVariantChars(s: string): string {
  return s.replace(/其它/g, '其他');
}

/**
 * Canonical form of a printed name for comparison: all whitespace removed (also full-width and zero-width),
 * full-width brackets, digits and letters to half-width, curly quotes to straight ones. 其它→其他 is NOT done
 * here (see foldVariantChars).
 */
export function normalizeName(s: string): string {
  return foldQuotes(foldWidth(stripWhitespace(s)));
}

const STEPS: readonly [NameChange, (s: string) => string][] = [
  ['whitespace', stripWhitespace],
  ['width', foldWidth],
  ['quotes', foldQuotes],
  ['其它→其他', foldVariantChars],
];

function runSteps(s: string, skip?: number): string {
  let out = s;
  STEPS.forEach(([, f], i) => {
    if (i !== skip) out = f(out);
  });
  return out;
}

/** Full comparison key: normalizeName plus 其它→其他. */
function nameKey(s: string): string {
  return runSteps(s);
}

/** The steps without which `a` and `b` would not compare equal. */
function neededChanges(a: string, b: string): NameChange[] {
  const out: NameChange[] = [];
  STEPS.forEach(([kind], i) => {
    if (runSteps(a, i) !== runSteps(b, i)) out.push(kind);
  });
  return out;
}

const CN_NUMERAL = '一二三四五六七八九十廿卅〇零百';
const ENUM_PREFIX = new RegExp(`^(?:[(（]\\s*[${CN_NUMERAL}\\d０-９]+\\s*[)）]|[${CN_NUMERAL}\\d０-９]+\\s*[、.．,，:：)）])\\s*[、.．]?`);

/** "六、社会保障和就业支出" / "(十一) 交通运输支出" / "１．教育支出（类）" → the bare class name. */
function stripClassDecorations(name: string): string {
  let s = name.trim().replace(ENUM_PREFIX, '');
  s = s.replace(/[(（]\s*类\s*[)）]\s*$/, '');
  return s;
}

// ───────────────────────────── parsing ─────────────────────────────

const LENGTHS: Record<CodeSystem, readonly number[]> = {
  functional: [3, 5, 7],
  'economic-dept': [3, 5],
  'economic-gov': [3, 5],
};

function levelOf(system: CodeSystem, code: string): 1 | 2 | 3 | undefined {
  if (!/^\d+$/.test(code)) return undefined;
  const i = LENGTHS[system].indexOf(code.length);
  return i < 0 ? undefined : ((i + 1) as 1 | 2 | 3);
}

function parentOf(system: CodeSystem, code: string, level: 1 | 2 | 3): string | undefined {
  if (level === 1) return undefined;
  return code.slice(0, LENGTHS[system][level - 2]);
}

/** Code as printed → canonical digits ("201 05 07" → "2010507", full-width digits folded). */
function canonicalCode(code: string): string {
  return foldWidth(stripWhitespace(String(code)));
}

function makeEntry(system: CodeSystem, code: string, name: string, aliases: string[], custom?: boolean): CatalogEntry {
  const level = levelOf(system, code);
  if (!level) throw new Error(`bad ${system} code "${code}"`);
  const entry: CatalogEntry = { code, name, aliases, level, system };
  const parent = parentOf(system, code, level);
  if (parent) entry.parent = parent;
  if (custom) entry.custom = true;
  return entry;
}

/** Parses code<TAB>name[<TAB>alias|alias…] lines; # lines and blank lines are skipped. Throws on malformed data. */
export function parseCatalogTsv(system: CodeSystem, text: string): CatalogEntry[] {
  const out: CatalogEntry[] = [];
  const seen = new Set<string>();
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (!line.trim() || line.trimStart().startsWith('#')) return;
    const [code = '', name = '', aliasText = '', ...rest] = line.split('\t').map((p) => p.trim());
    const where = `${system} line ${i + 1}`;
    if (rest.length) throw new Error(`${where}: too many columns`);
    if (!levelOf(system, code)) throw new Error(`${where}: bad code "${code}"`);
    if (!name) throw new Error(`${where}: empty name for ${code}`);
    if (seen.has(code)) throw new Error(`${where}: duplicate code ${code}`);
    seen.add(code);
    const aliases = aliasText
      ? aliasText
          .split('|')
          .map((a) => a.trim())
          .filter(Boolean)
      : [];
    out.push(makeEntry(system, code, name, aliases));
  });
  return out;
}

export function parseEconomicMap(text: string): EconomicMapping[] {
  const out: EconomicMapping[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (!line.trim() || line.trimStart().startsWith('#')) return;
    const [dept = '', gov = '', scope = '*'] = line.split('\t').map((p) => p.trim());
    if (!/^\d{5}$/.test(dept) || !/^\d{5}$/.test(gov)) throw new Error(`economic map line ${i + 1}: bad pair "${line}"`);
    if (scope !== '机关' && scope !== '事业单位' && scope !== '*') throw new Error(`economic map line ${i + 1}: bad scope "${scope}"`);
    out.push({ dept, gov, scope });
  });
  return out;
}

function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  let done = false;
  return () => {
    if (!done) {
      value = make();
      done = true;
    }
    return value as T;
  };
}

interface SystemIndex {
  list: CatalogEntry[];
  byCode: Map<string, CatalogEntry>;
}

function indexOf(list: CatalogEntry[]): SystemIndex {
  const sorted = [...list].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { list: sorted, byCode: new Map(sorted.map((e) => [e.code, e])) };
}

interface YearBase {
  year: number;
  system: Record<CodeSystem, () => SystemIndex>;
  economicMap: () => EconomicMapping[];
}

const baseCache = new Map<number, YearBase>();

/** A delta year's entries of one system: its base year's, with the changes applied. Throws on a change that does not fit. */
function applyDelta(year: number, system: CodeSystem, base: SystemIndex, text: string): SystemIndex {
  const byCode = new Map(base.byCode);
  for (const d of parseDelta(year, text)) {
    if (d.system !== system) continue;
    const where = `${year} delta line ${d.line}`;
    const had = byCode.get(d.code);
    if (d.op === '+') {
      if (had) throw new Error(`${where}: ${d.code} is already in the base`);
      byCode.set(d.code, makeEntry(system, d.code, d.name, d.aliases));
    } else if (d.op === '-') {
      if (!had) throw new Error(`${where}: ${d.code} is not in the base`);
      byCode.delete(d.code);
    } else {
      if (!had) throw new Error(`${where}: ${d.code} is not in the base`);
      byCode.set(
        d.code,
        makeEntry(
          system,
          d.code,
          d.name,
          [had.name, ...had.aliases].filter((a) => a !== d.name),
        ),
      );
    }
  }
  for (const e of byCode.values()) {
    if (e.parent && !byCode.has(e.parent)) throw new Error(`${year} delta: ${e.code} is left without its parent ${e.parent}`);
  }
  return indexOf([...byCode.values()]);
}

function baseFor(year: number): YearBase {
  let base = baseCache.get(year);
  if (base) return base;
  const source: CatalogSource | undefined = CATALOG_YEARS[year];
  if (!source) throw new Error(`no catalogue data for ${year}`);
  if (isDelta(source)) {
    const from = () => baseFor(source.base);
    const sys = (system: CodeSystem) => lazy(() => applyDelta(year, system, from().system[system](), source.changes));
    base = {
      year,
      system: { functional: sys('functional'), 'economic-dept': sys('economic-dept'), 'economic-gov': sys('economic-gov') },
      economicMap: () => from().economicMap(),
    };
  } else {
    const data: CatalogData = source;
    base = {
      year,
      system: {
        functional: lazy(() => indexOf(parseCatalogTsv('functional', data.functional))),
        'economic-dept': lazy(() => indexOf(parseCatalogTsv('economic-dept', data['economic-dept']))),
        'economic-gov': lazy(() => indexOf(parseCatalogTsv('economic-gov', data['economic-gov']))),
      },
      economicMap: lazy(() => parseEconomicMap(data.economicMap)),
    };
  }
  baseCache.set(year, base);
  return base;
}

// ───────────────────────────── catalog ─────────────────────────────

interface CatalogState {
  custom: CustomInput[];
  /** Entries of a 科目表 in mode 'replace', and the systems they replace. */
  replacing: CustomInput[];
  rejected: RejectedEntry[];
}

class CatalogImpl implements Catalog {
  private readonly systems: Record<CodeSystem, () => SystemIndex>;
  private readonly classNames: () => Map<string, string>;
  private readonly names: Record<CodeSystem, () => Map<string, CatalogEntry[]>>;
  readonly replaced: readonly CodeSystem[];

  constructor(
    private readonly base: YearBase,
    readonly requestedYear: number,
    private readonly state: CatalogState,
  ) {
    this.replaced = CODE_SYSTEMS.filter((sys) => state.replacing.some((c) => c.system === sys));
    const merged = (system: CodeSystem) =>
      lazy(() => {
        const own = this.state.custom.filter((c) => c.system === system);
        const replacing = this.state.replacing.filter((c) => c.system === system);
        if (!own.length && !replacing.length) return base.system[system]();
        const official = base.system[system]().byCode;
        const byCode = new Map(replacing.length ? [] : official);
        for (const c of [...replacing, ...own]) {
          const before = byCode.get(c.code) ?? official.get(c.code);
          // The Ministry's name stays valid for a code a user renamed (it is what the year's tables may print).
          const aliases = before && !before.custom ? [before.name, ...before.aliases].filter((a) => a !== c.name) : (before?.aliases ?? []);
          byCode.set(c.code, makeEntry(system, c.code, c.name, aliases, true));
        }
        // A 项 or 款 of the user's whose parent is in neither list still has its parent code (lookup of the parent fails).
        return indexOf([...byCode.values()]);
      });
    this.systems = {
      functional: merged('functional'),
      'economic-dept': merged('economic-dept'),
      'economic-gov': merged('economic-gov'),
    };
    this.classNames = lazy(() => {
      const m = new Map<string, string>();
      const classes = this.systems.functional().list.filter((e) => e.level === 1);
      // Current names first so that an alias never shadows a current name.
      for (const e of classes) m.set(nameKey(e.name), e.code);
      for (const e of classes) for (const a of e.aliases) if (!m.has(nameKey(a))) m.set(nameKey(a), e.code);
      return m;
    });
    const byName = (system: CodeSystem) =>
      lazy(() => {
        const m = new Map<string, CatalogEntry[]>();
        for (const e of this.systems[system]().list) {
          const k = nameKey(e.name);
          const list = m.get(k);
          if (list) list.push(e);
          else m.set(k, [e]);
        }
        return m;
      });
    this.names = { functional: byName('functional'), 'economic-dept': byName('economic-dept'), 'economic-gov': byName('economic-gov') };
  }

  get year(): number {
    return this.base.year;
  }

  get isFallback(): boolean {
    return this.requestedYear !== this.base.year;
  }

  get outsideData(): 'newer' | 'older' | undefined {
    if (this.requestedYear > this.base.year) return 'newer';
    if (this.requestedYear < this.base.year) return 'older';
    return undefined;
  }

  get rejected(): readonly RejectedEntry[] {
    return this.state.rejected;
  }

  lookup(system: CodeSystem, code: string): CatalogEntry | undefined {
    return this.systems[system]().byCode.get(canonicalCode(code));
  }

  matchName(system: CodeSystem, code: string, printed: string): NameMatch {
    const entry = this.lookup(system, code);
    if (!entry) return { status: 'unknown-code' };
    const official = entry.name;
    const text = printed ?? '';
    if (text === official) return { status: 'exact', official };
    const key = nameKey(text);
    if (key && key === nameKey(official)) {
      const changes = neededChanges(text, official);
      return { status: changes.includes('其它→其他') ? 'variant' : 'normalized', official, changes };
    }
    for (const alias of entry.aliases) {
      if (key && key === nameKey(alias)) {
        const changes = text === alias ? [] : neededChanges(text, alias);
        return { status: 'alias', official, alias, changes };
      }
    }
    const result: NameMatch = { status: 'mismatch', official };
    const officialKey = nameKey(official);
    if (key && officialKey.startsWith(key) && key.length < officialKey.length) result.truncated = true;
    return result;
  }

  codeOfName(system: CodeSystem, code: string, printed: string): CatalogEntry | undefined {
    const self = this.lookup(system, code);
    const key = nameKey(printed ?? '');
    if (!self || !key) return undefined;
    if (nameKey(self.name) === key || self.aliases.some((a) => nameKey(a) === key)) return undefined;
    const others = (this.names[system]().get(key) ?? []).filter((e) => e.code !== self.code && e.level === self.level);
    if (others.length === 0) return undefined;
    const siblings = others.filter((e) => e.parent === self.parent);
    if (siblings.length === 1) return siblings[0];
    if (siblings.length > 1) return undefined;
    return others.length === 1 ? others[0] : undefined;
  }

  classCodeForName(name: string): string | undefined {
    const bare = stripClassDecorations(name ?? '');
    if (!bare) return undefined;
    const map = this.classNames();
    const key = nameKey(bare);
    return map.get(key) ?? (key.endsWith('支出') ? undefined : map.get(key + '支出'));
  }

  entries(system: CodeSystem): CatalogEntry[] {
    return [...this.systems[system]().list];
  }

  mapEconomic(deptCode: string, unit?: UnitKind): EconomicMapping[] {
    const code = canonicalCode(deptCode);
    return this.base
      .economicMap()
      .filter((m) => m.dept === code && (!unit || m.scope === '*' || m.scope === unit))
      .map((m) => ({ ...m }));
  }

  withCustom(entries: CustomInput[], alsoRejected: readonly RejectedEntry[] = []): Catalog {
    const { clean, rejected } = validate(entries, 'codes-option');
    return new CatalogImpl(this.base, this.requestedYear, {
      ...this.state,
      custom: [...this.state.custom, ...clean],
      rejected: [...this.state.rejected, ...alsoRejected, ...rejected],
    });
  }

  withReplaced(entries: CustomInput[], alsoRejected: readonly RejectedEntry[] = []): Catalog {
    const { clean, rejected } = validate(entries, 'catalog-file');
    return new CatalogImpl(this.base, this.requestedYear, {
      ...this.state,
      replacing: [...this.state.replacing, ...clean],
      rejected: [...this.state.rejected, ...alsoRejected, ...rejected],
    });
  }
}

/** Splits a user's entries into those of a valid shape (code canonicalised, name trimmed) and the rejected. */
function validate(entries: CustomInput[], fallbackSource: InputSource): { clean: CustomInput[]; rejected: RejectedEntry[] } {
  const clean: CustomInput[] = [];
  const rejected: RejectedEntry[] = [];
  for (const e of entries) {
    const code = canonicalCode(e.code ?? '');
    const name = String(e.name ?? '').trim();
    const source = e.source ?? fallbackSource;
    const reason: RejectReason | undefined = !CODE_SYSTEMS.includes(e.system)
      ? 'bad-system'
      : !levelOf(e.system, code)
        ? 'bad-code'
        : !name
          ? 'no-name'
          : undefined;
    if (reason) {
      const r: RejectedEntry = { source, reason, code: String(e.code ?? ''), name, system: e.system };
      if (e.at) r.at = e.at;
      if (e.row !== undefined) r.row = e.row;
      rejected.push(r);
    } else clean.push({ ...e, code, name, source });
  }
  return { clean, rejected };
}

/** Years that have their own catalogue data. */
export function catalogYears(): number[] {
  return Object.keys(CATALOG_YEARS)
    .map(Number)
    .sort((a, b) => a - b);
}

/**
 * The catalogue for a budget year (2024 by default). A year without its own data — before the oldest or after the
 * newest bundled year — gets the nearest year's: check `outsideData` / compare `year` with `requestedYear`.
 */
export function loadCatalog(year = 2024): Catalog {
  const years = catalogYears();
  let best = years[0];
  for (const y of years) if (Math.abs(y - year) <= Math.abs(best - year)) best = y;
  return new CatalogImpl(baseFor(best), year, { custom: [], replacing: [], rejected: [] });
}
