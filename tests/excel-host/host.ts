/**
 * An in-memory Excel host: the subset of the Office.js Excel API the add-in uses, with the same deferred model —
 * methods and property writes are queued, load() marks properties to fetch, context.sync() runs the queue in
 * order and fills loaded properties; reading a property that was not loaded and synced throws PropertyNotLoaded,
 * as the real API does. It counts syncs. Not shipped: tests and the browser test only.
 */
import { a1, parseA1 } from '../../src/core/grid';
import { hostError, MemCell, MemComment, MemSheet, MemWorkbook, NO_FILL, parseRect, parseRef, quoteSheet, Rect, rectAddress } from './model';

type Op = () => void;

export interface HostOptions {
  /** ExcelApi minor versions supported, e.g. 18 → 1.1 … 1.18. */
  apiVersion?: number;
  /**
   * Excel on the web refuses a sync whose response passes 5 MB (ResponsePayloadSizeLimitExceeded) and a range
   * read of more than 5 M cells. Tests scale both down to exercise split reads without building millions of cells.
   */
  payloadLimit?: number;
  maxCells?: number;
}

export class MemContext {
  readonly workbook: Workbook;
  syncCount = 0;
  /** Operations run by each sync (for diagnostics). */
  opsPerSync: number[] = [];
  queue: Op[] = [];
  constructor(
    readonly model: MemWorkbook,
    readonly options: HostOptions = {},
  ) {
    this.workbook = new Workbook(this);
  }

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  /** Bytes (JSON) of every value loaded in the sync being run, and how to take those loads back. */
  private payload = 0;
  private undoLoads: (() => void)[] = [];
  /** Largest response of any sync so far (bytes, JSON estimate). */
  maxPayload = 0;

  async sync(): Promise<void> {
    this.syncCount++;
    const ops = this.queue;
    this.queue = [];
    this.opsPerSync.push(ops.length);
    this.payload = 0;
    this.undoLoads = [];
    await Promise.resolve();
    try {
      for (const op of ops) op(); // an error stops the batch; earlier operations stay applied, as in Excel
    } catch (e) {
      this.dropLoads(); // a failed sync returns no data
      throw e;
    }
    this.maxPayload = Math.max(this.maxPayload, this.payload);
    if (this.payload > (this.options.payloadLimit ?? 5_000_000)) {
      this.dropLoads();
      throw hostError('ResponsePayloadSizeLimitExceeded', `The response payload size (${this.payload}) has exceeded the limit.`);
    }
  }

  /** Called by every load that returns data inside a sync. */
  loaded(value: unknown, undo: () => void): void {
    this.payload += value === undefined ? 0 : (JSON.stringify(value)?.length ?? 0);
    this.undoLoads.push(undo);
  }

  private dropLoads(): void {
    for (const u of this.undoLoads) u();
    this.undoLoads = [];
  }

  get maxCells(): number {
    return this.options.maxCells ?? 5_000_000;
  }

  supports(minor: number): boolean {
    return (this.options.apiVersion ?? 18) >= minor;
  }

  requireApi(minor: number, what: string): void {
    if (!this.supports(minor)) throw hostError('ApiNotFound', `${what} needs ExcelApi 1.${minor}`);
  }
}

function notLoaded(prop: string): Error {
  return hostError(
    'PropertyNotLoaded',
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

interface PropDef<T> {
  get: (t: T) => unknown;
  set?: (t: T, v: unknown) => void;
}

/** Base of every proxy object. `resolve` finds the model target at sync time (null → a null object). */
abstract class ClientObject<T> {
  protected loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;
  protected abstract props(): Record<string, PropDef<T>>;
  protected nav(): Record<string, { loadNow(paths: string[]): void }> {
    return {};
  }

  constructor(
    readonly context: MemContext,
    protected readonly resolveTarget: () => T | null,
  ) {
    const props = this.props();
    for (const name of Object.keys(props)) {
      Object.defineProperty(this, name, {
        configurable: true,
        enumerable: true,
        get: () => {
          if (!this.loaded.has(name)) throw notLoaded(name);
          return this.loaded.get(name);
        },
        set: (v: unknown) => {
          const def = props[name];
          if (!def.set) throw new TypeError(`${name} is read-only`);
          context.enqueue(() => def.set!(this.target(), v));
        },
      });
    }
  }

  /** The model target; throws for a null object used for writing. */
  protected target(): T {
    const t = this.resolveTarget();
    if (t === null) throw hostError('ItemNotFound', 'The requested resource does not exist.');
    return t;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded('isNullObject');
    return this.nullState;
  }

  load(spec?: string | string[]): this {
    if (spec === undefined) throw new Error('empty load() is not allowed in this add-in (load leaf properties only)');
    const paths = (Array.isArray(spec) ? spec : spec.split(',')).map((p) => p.trim()).filter(Boolean);
    this.context.enqueue(() => this.loadNow(paths));
    return this;
  }

  /** Runs inside sync(). */
  loadNow(paths: string[]): void {
    const t = this.resolveTarget();
    this.nullState = t === null;
    if (t === null) return;
    const props = this.props();
    const nav = this.nav();
    const deeper = new Map<string, string[]>();
    for (const p of paths) {
      const [head, ...rest] = p.split('/');
      if (rest.length) {
        if (!deeper.has(head)) deeper.set(head, []);
        deeper.get(head)!.push(rest.join('/'));
      } else if (props[head]) {
        const v = clone(props[head].get(t));
        this.loaded.set(head, v);
        this.context.loaded(v, () => this.loaded.delete(head));
      } else if (nav[head]) {
        throw hostError('InvalidArgument', `load('${head}') on a navigation property: load its leaf properties`);
      } else {
        throw hostError('PropertyNotFound', `Unknown property '${head}'`);
      }
    }
    for (const [head, rest] of deeper) this.loadChild(head, rest);
  }

  protected loadChild(head: string, rest: string[]): void {
    const child = this.nav()[head];
    if (!child) throw hostError('PropertyNotFound', `Unknown navigation property '${head}'`);
    child.loadNow(rest);
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

function clone<V>(v: V): V {
  return Array.isArray(v) ? (v.map((x) => (Array.isArray(x) ? [...x] : x)) as V) : v;
}

/** A value a method returns (getCount, getCellProperties): readable after the sync that fetched it. */
export class ClientResult<V> {
  private state: { v: V } | null = null;
  get value(): V {
    if (!this.state) throw notLoaded('value');
    return this.state.v;
  }
  set(v: V): void {
    this.state = { v };
  }
  unset(): void {
    this.state = null;
  }
}

function countResult(ctx: MemContext, count: () => number): ClientResult<number> {
  const r = new ClientResult<number>();
  ctx.enqueue(() => {
    const n = count();
    r.set(n);
    ctx.loaded(n, () => r.unset());
  });
  return r;
}

abstract class Collection<T, I extends { loadNow(paths: string[]): void }> extends ClientObject<T> {
  private itemsState: I[] | undefined;
  protected abstract makeItems(t: T): I[];
  get items(): I[] {
    if (!this.itemsState) throw notLoaded('items');
    return this.itemsState;
  }
  protected loadChild(head: string, rest: string[]): void {
    if (head !== 'items') return super.loadChild(head, rest);
    const t = this.target();
    this.itemsState = this.makeItems(t);
    for (const it of this.itemsState) it.loadNow(rest);
  }
  loadNow(paths: string[]): void {
    const own = paths.filter((p) => !p.startsWith('items/'));
    const items = paths.filter((p) => p.startsWith('items/')).map((p) => p.slice(6));
    super.loadNow(own);
    if (items.length) this.loadChild('items', items);
  }
}

function checkWritable(sheet: MemSheet): void {
  if (sheet.protected) throw hostError('AccessDenied', `The sheet ${sheet.name} is protected.`);
}

// ---------------------------------------------------------------- workbook and sheets

export class Workbook extends ClientObject<MemWorkbook> {
  readonly worksheets: WorksheetCollection;
  readonly notes: NoteCollection;
  readonly comments: CommentCollection;
  readonly protection: WorkbookProtection;
  constructor(ctx: MemContext) {
    super(ctx, () => ctx.model);
    this.worksheets = new WorksheetCollection(ctx);
    this.notes = new NoteCollection(ctx);
    this.comments = new CommentCollection(ctx);
    this.protection = new WorkbookProtection(ctx, () => {
      ctx.requireApi(7, 'WorkbookProtection');
      return ctx.model;
    });
  }
  protected props(): Record<string, PropDef<MemWorkbook>> {
    return {};
  }
  protected nav() {
    return { worksheets: this.worksheets, notes: this.notes, comments: this.comments, protection: this.protection } as Record<
      string,
      { loadNow(paths: string[]): void }
    >;
  }
  getSelectedRange(): Range {
    return new Range(this.context, () => {
      const sel = this.context.model.selection;
      if (!sel) return null;
      if (sel.address.includes(',')) throw hostError('InvalidSelection', 'getSelectedRange: more than one range is selected.');
      const sheet = this.context.model.sheet(sel.sheet);
      return sheet ? { sheet, rect: parseRect(sel.address) } : null;
    });
  }
}

/** ExcelApi 1.7: the workbook's structure protection. */
export class WorkbookProtection extends ClientObject<MemWorkbook> {
  protected props(): Record<string, PropDef<MemWorkbook>> {
    return { protected: { get: (w) => w.structureProtected } };
  }
}

function checkStructure(model: MemWorkbook): void {
  if (model.structureProtected) throw hostError('AccessDenied', 'The workbook structure is protected.');
}

export class WorksheetCollection extends Collection<MemWorkbook, Worksheet> {
  constructor(ctx: MemContext) {
    super(ctx, () => ctx.model);
  }
  protected props() {
    return {};
  }
  protected makeItems(t: MemWorkbook): Worksheet[] {
    return t.sheets.map((s) => new Worksheet(this.context, () => s));
  }
  getItem(name: string): Worksheet {
    return new Worksheet(this.context, () => {
      const s = this.context.model.sheet(name);
      if (!s) throw hostError('ItemNotFound', `The sheet ${name} does not exist.`);
      return s;
    });
  }
  getItemOrNullObject(name: string): Worksheet {
    this.context.requireApi(4, 'getItemOrNullObject');
    return new Worksheet(this.context, () => this.context.model.sheet(name) ?? null);
  }
  getActiveWorksheet(): Worksheet {
    return new Worksheet(this.context, () => this.context.model.sheet(this.context.model.activeSheet) ?? null);
  }
  add(name: string): Worksheet {
    this.context.enqueue(() => {
      checkStructure(this.context.model);
      this.context.model.addSheet(name);
    });
    return this.getItem(name);
  }
}

export class WorksheetProtection extends ClientObject<MemSheet> {
  protected props(): Record<string, PropDef<MemSheet>> {
    return { protected: { get: (s) => s.protected } };
  }
}

export class Worksheet extends ClientObject<MemSheet> {
  readonly protection: WorksheetProtection;
  constructor(ctx: MemContext, resolve: () => MemSheet | null) {
    super(ctx, resolve);
    this.protection = new WorksheetProtection(ctx, resolve);
  }
  protected props(): Record<string, PropDef<MemSheet>> {
    return {
      name: { get: (s) => s.name },
      visibility: {
        get: (s) => s.visibility,
        set: (s, v) => {
          if (s.visibility !== v) checkStructure(this.context.model);
          s.visibility = v as MemSheet['visibility'];
        },
      },
    };
  }
  protected nav() {
    return { protection: this.protection } as Record<string, { loadNow(paths: string[]): void }>;
  }
  getRange(address?: string): Range {
    return new Range(this.context, () => ({ sheet: this.target(), rect: address ? parseRect(address) : { r1: 0, c1: 0, r2: 1048575, c2: 16383 } }));
  }
  getRanges(address: string): RangeAreas {
    this.context.requireApi(9, 'getRanges');
    return new RangeAreas(this.context, () => {
      const sheet = this.target();
      return { sheet, rects: address.split(',').map((a) => parseRect(a.trim())) };
    });
  }
  getUsedRange(valuesOnly?: boolean): Range {
    return new Range(this.context, () => {
      const sheet = this.target();
      return { sheet, rect: sheet.usedRect(!!valuesOnly) ?? { r1: 0, c1: 0, r2: 0, c2: 0 } };
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    this.context.requireApi(4, 'getUsedRangeOrNullObject');
    return new Range(this.context, () => {
      const sheet = this.target();
      const rect = sheet.usedRect(!!valuesOnly);
      return rect ? { sheet, rect } : null;
    });
  }
  activate(): void {
    this.context.enqueue(() => {
      const s = this.target();
      if (s.visibility !== 'Visible') throw hostError('InvalidOperation', 'Cannot activate a hidden sheet.');
      this.context.model.activeSheet = s.name;
    });
  }
  delete(): void {
    this.context.enqueue(() => {
      const s = this.target();
      checkStructure(this.context.model);
      this.context.model.sheets = this.context.model.sheets.filter((x) => x !== s);
    });
  }
}

// ---------------------------------------------------------------- ranges

interface RangeTarget {
  sheet: MemSheet;
  rect: Rect;
}

function eachCell(t: RangeTarget, fn: (cell: MemCell, r: number, c: number) => void): void {
  for (let r = t.rect.r1; r <= t.rect.r2; r++) for (let c = t.rect.c1; c <= t.rect.c2; c++) fn(t.sheet.cell(r, c), r, c);
}

/** Visits every address of a range without creating cells (for formats kept by address). */
function eachCellPeek(t: RangeTarget, fn: (r: number, c: number) => void): void {
  const r2 = Math.min(t.rect.r2, t.rect.r1 + 100_000);
  for (let r = t.rect.r1; r <= r2; r++) for (let c = t.rect.c1; c <= t.rect.c2; c++) fn(r, c);
}

function grid<V>(t: RangeTarget, fn: (cell: MemCell | undefined) => V): V[][] {
  const out: V[][] = [];
  for (let r = t.rect.r1; r <= t.rect.r2; r++) {
    const row: V[] = [];
    for (let c = t.rect.c1; c <= t.rect.c2; c++) row.push(fn(t.sheet.peek(r, c)));
    out.push(row);
  }
  return out;
}

/** true when `hidden` holds for every index from..to, false when for none, null when mixed (as Excel reports). */
function allOrNone(from: number, to: number, hidden: Set<number>): boolean | null {
  if (hidden.size === 0) return false;
  const first = hidden.has(from);
  for (let i = from + 1; i <= to; i++) if (hidden.has(i) !== first) return null;
  return first;
}

function cellsOf(t: RangeTarget): number {
  return (t.rect.r2 - t.rect.r1 + 1) * (t.rect.c2 - t.rect.c1 + 1);
}

function setGrid(t: RangeTarget, v: unknown, fn: (cell: MemCell, x: unknown) => void): void {
  checkWritable(t.sheet);
  const rows = t.rect.r2 - t.rect.r1 + 1;
  const cols = t.rect.c2 - t.rect.c1 + 1;
  if (Array.isArray(v)) {
    if (v.length !== rows || (v as unknown[][]).some((r) => !Array.isArray(r) || r.length !== cols)) {
      throw hostError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range.`);
    }
    eachCell(t, (cell, r, c) => fn(cell, (v as unknown[][])[r - t.rect.r1][c - t.rect.c1]));
  } else eachCell(t, (cell) => fn(cell, v));
}

export class Range extends ClientObject<RangeTarget> {
  readonly format: RangeFormat;
  constructor(ctx: MemContext, resolve: () => RangeTarget | null) {
    super(ctx, resolve);
    this.format = new RangeFormat(ctx, resolve);
  }
  protected props(): Record<string, PropDef<RangeTarget>> {
    return {
      address: { get: (t) => `${quoteSheet(t.sheet.name)}!${rectAddress(t.rect)}` },
      rowIndex: { get: (t) => t.rect.r1 },
      columnIndex: { get: (t) => t.rect.c1 },
      rowCount: { get: (t) => t.rect.r2 - t.rect.r1 + 1 },
      columnCount: { get: (t) => t.rect.c2 - t.rect.c1 + 1 },
      // ExcelApi 1.2: true when every row (column) of the range is hidden, false when none is, null when mixed
      rowHidden: {
        get: (t) => allOrNone(t.rect.r1, t.rect.r2, t.sheet.hiddenRows),
        set: (t, v) => {
          for (let r = t.rect.r1; r <= t.rect.r2; r++) v ? t.sheet.hiddenRows.add(r) : t.sheet.hiddenRows.delete(r);
        },
      },
      columnHidden: {
        get: (t) => allOrNone(t.rect.c1, t.rect.c2, t.sheet.hiddenCols),
        set: (t, v) => {
          for (let c = t.rect.c1; c <= t.rect.c2; c++) v ? t.sheet.hiddenCols.add(c) : t.sheet.hiddenCols.delete(c);
        },
      },
      values: {
        get: (t) => {
          if (cellsOf(t) > this.context.maxCells) throw hostError('ResponsePayloadSizeLimitExceeded', 'too many cells');
          return grid(t, (c) => (c?.value === null || c === undefined ? '' : c.value));
        },
        set: (t, v) =>
          setGrid(t, v, (cell, x) => {
            cell.value = x === '' ? null : (x as MemCell['value']);
            cell.formula = undefined;
          }),
      },
      numberFormat: {
        get: (t) => {
          if (cellsOf(t) > this.context.maxCells) throw hostError('ResponsePayloadSizeLimitExceeded', 'too many cells');
          return grid(t, (c) => c?.numFmt ?? 'General');
        },
        set: (t, v) =>
          setGrid(t, v, (cell, x) => {
            cell.numFmt = String(x);
          }),
      },
      formulas: {
        get: (t) => grid(t, (c) => c?.formula ?? (c?.value === null || c === undefined ? '' : c.value)),
        set: (t, v) =>
          setGrid(t, v, (cell, x) => {
            const s = String(x);
            if (s.startsWith('=')) {
              cell.formula = s;
              const m = /^=HYPERLINK\("[^"]*",\s*"([^"]*)"\)$/i.exec(s);
              cell.value = m ? m[1] : s;
            } else cell.value = s === '' ? null : (x as MemCell['value']);
          }),
      },
      hyperlink: {
        get: (t) => t.sheet.peek(t.rect.r1, t.rect.c1)?.hyperlink ?? null,
        set: (t, v) => {
          this.context.requireApi(7, 'Range.hyperlink');
          checkWritable(t.sheet);
          const h = v as { documentReference?: string; textToDisplay?: string };
          const cell = t.sheet.cell(t.rect.r1, t.rect.c1);
          cell.hyperlink = h.documentReference;
          if (h.textToDisplay !== undefined) cell.value = h.textToDisplay;
        },
      },
    };
  }
  protected nav() {
    return { format: this.format } as Record<string, { loadNow(paths: string[]): void }>;
  }
  select(): void {
    this.context.enqueue(() => {
      const t = this.target();
      if (t.sheet.visibility !== 'Visible') throw hostError('InvalidSelection', 'hidden sheet');
      this.context.model.activeSheet = t.sheet.name;
      this.context.model.selection = { sheet: t.sheet.name, address: rectAddress(t.rect) };
    });
  }
  clear(): void {
    this.context.enqueue(() => {
      const t = this.target();
      checkWritable(t.sheet);
      for (const [k, cell] of t.sheet.cells) {
        const [r, c] = k.split(',').map(Number);
        if (r < t.rect.r1 || r > t.rect.r2 || c < t.rect.c1 || c > t.rect.c2) continue;
        cell.value = null;
        cell.formula = undefined;
        cell.numFmt = 'General';
        cell.fill = { ...NO_FILL };
      }
      // clear() takes formats too: bold and wrap are kept by address
      for (const set of [t.sheet.bold, t.sheet.wrap]) {
        for (const addr of [...set]) {
          const { row: r, col: c } = parseA1(addr);
          if (r >= t.rect.r1 && r <= t.rect.r2 && c >= t.rect.c1 && c <= t.rect.c2) set.delete(addr);
        }
      }
    });
  }
  /** ExcelApi 1.2: the range with its bottom-right corner moved by deltaRows / deltaColumns. */
  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    return new Range(this.context, () => {
      const t = this.target();
      const r2 = t.rect.r2 + deltaRows;
      const c2 = t.rect.c2 + deltaColumns;
      if (r2 < t.rect.r1 || c2 < t.rect.c1 || r2 > 1048575 || c2 > 16383) throw hostError('InvalidArgument', 'The resized range is outside the sheet.');
      return { sheet: t.sheet, rect: { ...t.rect, r2, c2 } };
    });
  }
  /** The sheet the range is on. */
  get worksheet(): Worksheet {
    return new Worksheet(this.context, () => this.target().sheet);
  }
  getCell(row: number, col: number): Range {
    return new Range(this.context, () => {
      const t = this.target();
      const r = t.rect.r1 + row;
      const c = t.rect.c1 + col;
      return { sheet: t.sheet, rect: { r1: r, c1: c, r2: r, c2: c } };
    });
  }
  /**
   * ExcelApi 1.9: per-cell properties. Only format.fill (and address) are modelled — what the add-in asks for; any
   * other property requested is an error here so a new use gets modelled before it is relied on.
   */
  getCellProperties(options: { address?: boolean; format?: { fill?: Record<string, boolean> } }): ClientResult<unknown[][]> {
    this.context.requireApi(9, 'getCellProperties');
    const extra = Object.keys(options).filter((k) => k !== 'address' && k !== 'format');
    const fmtExtra = Object.keys(options.format ?? {}).filter((k) => k !== 'fill');
    if (extra.length || fmtExtra.length) throw new Error(`getCellProperties: ${[...extra, ...fmtExtra].join(',')} is not modelled`);
    const fillKeys = Object.entries(options.format?.fill ?? {})
      .filter(([, on]) => on)
      .map(([k]) => k as keyof typeof NO_FILL);
    const result = new ClientResult<unknown[][]>();
    this.context.enqueue(() => {
      const t = this.target();
      if (cellsOf(t) > this.context.maxCells) throw hostError('ResponsePayloadSizeLimitExceeded', 'too many cells');
      const value: unknown[][] = [];
      for (let r = t.rect.r1; r <= t.rect.r2; r++) {
        const row: unknown[] = [];
        for (let c = t.rect.c1; c <= t.rect.c2; c++) {
          const f = t.sheet.peek(r, c)?.fill ?? NO_FILL;
          const cell: Record<string, unknown> = {};
          if (options.address) cell.address = `${quoteSheet(t.sheet.name)}!${a1(r, c)}`;
          if (options.format) cell.format = { fill: Object.fromEntries(fillKeys.map((k) => [k, f[k]])) };
          row.push(cell);
        }
        value.push(row);
      }
      result.set(value);
      this.context.loaded(value, () => result.unset());
    });
    return result;
  }
  /** ExcelApi 1.1: one row / column of the range (0-based, relative to the range). */
  getRow(row: number): Range {
    return new Range(this.context, () => {
      const t = this.target();
      const r = t.rect.r1 + row;
      if (row < 0 || r > t.rect.r2) throw hostError('InvalidArgument', `Row ${row} is outside the range.`);
      return { sheet: t.sheet, rect: { ...t.rect, r1: r, r2: r } };
    });
  }
  getColumn(column: number): Range {
    return new Range(this.context, () => {
      const t = this.target();
      const c = t.rect.c1 + column;
      if (column < 0 || c > t.rect.c2) throw hostError('InvalidArgument', `Column ${column} is outside the range.`);
      return { sheet: t.sheet, rect: { ...t.rect, c1: c, c2: c } };
    });
  }
  /**
   * ExcelApi 1.9: one entry per row of the range with the properties asked for. Only rowIndex (the sheet's 0-based
   * row), rowHidden and address are modelled; anything else asked for is an error here, so a new use gets modelled
   * before it is relied on. Like every ClientResult, `.value` throws until the sync that fetched it.
   */
  getRowProperties(options: { rowIndex?: boolean; rowHidden?: boolean; address?: boolean }): ClientResult<unknown[]> {
    return this.lineProperties(options, 'row');
  }
  /** ExcelApi 1.9: one entry per column: columnIndex (the sheet's 0-based column), columnHidden, address. */
  getColumnProperties(options: { columnIndex?: boolean; columnHidden?: boolean; address?: boolean }): ClientResult<unknown[]> {
    return this.lineProperties(options, 'column');
  }
  private lineProperties(options: Record<string, unknown>, dim: 'row' | 'column'): ClientResult<unknown[]> {
    this.context.requireApi(9, dim === 'row' ? 'getRowProperties' : 'getColumnProperties');
    const allowed = dim === 'row' ? ['rowIndex', 'rowHidden', 'address'] : ['columnIndex', 'columnHidden', 'address'];
    const extra = Object.keys(options).filter((k) => !allowed.includes(k));
    if (extra.length) throw new Error(`get${dim === 'row' ? 'Row' : 'Column'}Properties: ${extra.join(',')} is not modelled`);
    const result = new ClientResult<unknown[]>();
    this.context.enqueue(() => {
      const t = this.target();
      const value: unknown[] = [];
      const [from, to] = dim === 'row' ? [t.rect.r1, t.rect.r2] : [t.rect.c1, t.rect.c2];
      if (to - from + 1 > this.context.maxCells) throw hostError('ResponsePayloadSizeLimitExceeded', 'too many cells');
      for (let i = from; i <= to; i++) {
        const p: Record<string, unknown> = {};
        if (dim === 'row') {
          if (options.rowIndex) p.rowIndex = i;
          if (options.rowHidden) p.rowHidden = t.sheet.hiddenRows.has(i);
          if (options.address) p.address = `${quoteSheet(t.sheet.name)}!${rectAddress({ r1: i, c1: t.rect.c1, r2: i, c2: t.rect.c2 })}`;
        } else {
          if (options.columnIndex) p.columnIndex = i;
          if (options.columnHidden) p.columnHidden = t.sheet.hiddenCols.has(i);
          if (options.address) p.address = `${quoteSheet(t.sheet.name)}!${rectAddress({ r1: t.rect.r1, c1: i, r2: t.rect.r2, c2: i })}`;
        }
        value.push(p);
      }
      result.set(value);
      this.context.loaded(value, () => result.unset());
    });
    return result;
  }
  getMergedAreasOrNullObject(): RangeAreas {
    this.context.requireApi(13, 'getMergedAreasOrNullObject');
    return new RangeAreas(this.context, () => {
      const t = this.target();
      const rects = t.sheet.merges.filter((m) => m.r1 <= t.rect.r2 && m.r2 >= t.rect.r1 && m.c1 <= t.rect.c2 && m.c2 >= t.rect.c1);
      return rects.length ? { sheet: t.sheet, rects } : null;
    });
  }
}

export class RangeAreas extends ClientObject<{ sheet: MemSheet; rects: Rect[] }> {
  protected props(): Record<string, PropDef<{ sheet: MemSheet; rects: Rect[] }>> {
    return {
      address: { get: (t) => t.rects.map((r) => `${quoteSheet(t.sheet.name)}!${rectAddress(r)}`).join(',') },
      areaCount: { get: (t) => t.rects.length },
    };
  }
  select(): void {
    this.context.enqueue(() => {
      const t = this.target();
      this.context.model.activeSheet = t.sheet.name;
      this.context.model.selection = { sheet: t.sheet.name, address: t.rects.map(rectAddress).join(',') };
    });
  }
}

export class RangeFormat extends ClientObject<RangeTarget> {
  readonly fill: RangeFill;
  readonly font: RangeFont;
  constructor(ctx: MemContext, resolve: () => RangeTarget | null) {
    super(ctx, resolve);
    this.fill = new RangeFill(ctx, resolve);
    this.font = new RangeFont(ctx, resolve);
  }
  protected props(): Record<string, PropDef<RangeTarget>> {
    return {
      columnWidth: {
        get: (t) => t.sheet.columnWidths.get(t.rect.c1) ?? 48,
        set: (t, v) => {
          for (let c = t.rect.c1; c <= t.rect.c2; c++) t.sheet.columnWidths.set(c, Number(v));
        },
      },
      wrapText: {
        get: (t) => {
          const first = t.sheet.wrap.has(a1(t.rect.r1, t.rect.c1));
          let uniform = true;
          eachCellPeek(t, (r, c) => {
            if (t.sheet.wrap.has(a1(r, c)) !== first) uniform = false;
          });
          return uniform ? first : null;
        },
        set: (t, v) => {
          checkWritable(t.sheet);
          eachCellPeek(t, (r, c) => (v ? t.sheet.wrap.add(a1(r, c)) : t.sheet.wrap.delete(a1(r, c))));
        },
      },
    };
  }
  protected nav() {
    return { fill: this.fill, font: this.font } as Record<string, { loadNow(paths: string[]): void }>;
  }
  autofitColumns(): void {
    this.context.enqueue(() => undefined);
  }
}

export class RangeFont extends ClientObject<RangeTarget> {
  protected props(): Record<string, PropDef<RangeTarget>> {
    return {
      bold: {
        get: (t) => t.sheet.bold.has(a1(t.rect.r1, t.rect.c1)),
        set: (t, v) => eachCell(t, (_c, r, c) => (v ? t.sheet.bold.add(a1(r, c)) : t.sheet.bold.delete(a1(r, c)))),
      },
      color: { get: () => '#000000', set: () => undefined },
    };
  }
}

/** Fill of a range: the value of the top-left cell when uniform, else null (as Excel reports mixed ranges). */
export class RangeFill extends ClientObject<RangeTarget> {
  protected props(): Record<string, PropDef<RangeTarget>> {
    const prop = (name: keyof typeof NO_FILL, minor: number): PropDef<RangeTarget> => ({
      get: (t) => {
        this.context.requireApi(minor, `RangeFill.${name}`);
        const first = (t.sheet.peek(t.rect.r1, t.rect.c1)?.fill ?? NO_FILL)[name];
        let uniform = true;
        for (let r = t.rect.r1; r <= t.rect.r2 && uniform; r++)
          for (let c = t.rect.c1; c <= t.rect.c2; c++) if ((t.sheet.peek(r, c)?.fill ?? NO_FILL)[name] !== first) uniform = false;
        return uniform ? first : null;
      },
      set: (t, v) => {
        this.context.requireApi(minor, `RangeFill.${name}`);
        checkWritable(t.sheet);
        eachCell(t, (cell) => {
          const f = { ...cell.fill, [name]: v };
          if (name === 'color') {
            f.color = String(v).toUpperCase();
            if (cell.fill.pattern === 'None') f.pattern = 'Solid';
            f.tintAndShade = 0;
          }
          if (name === 'pattern' && v === 'None') Object.assign(f, NO_FILL);
          cell.fill = f;
        });
      },
    });
    return {
      color: prop('color', 1),
      pattern: prop('pattern', 9),
      tintAndShade: prop('tintAndShade', 9),
      patternColor: prop('patternColor', 9),
      patternTintAndShade: prop('patternTintAndShade', 9),
    };
  }
  clear(): void {
    this.context.enqueue(() => {
      const t = this.target();
      checkWritable(t.sheet);
      eachCell(t, (cell) => {
        cell.fill = { ...NO_FILL };
      });
    });
  }
}

// ---------------------------------------------------------------- notes and comments

function resolveCell(ctx: MemContext, ref: string): { sheet: MemSheet; cell: string } {
  const { sheet, rect } = parseRef(ref);
  const s = sheet ? ctx.model.sheet(sheet) : ctx.model.sheet(ctx.model.activeSheet);
  if (!s) throw hostError('ItemNotFound', `No sheet for ${ref}`);
  if (rect.r1 !== rect.r2 || rect.c1 !== rect.c2) throw hostError('InvalidArgument', 'A note needs a single cell.');
  return { sheet: s, cell: a1(rect.r1, rect.c1) };
}

interface NoteTarget {
  key: string;
}

export class Note extends ClientObject<NoteTarget> {
  protected props(): Record<string, PropDef<NoteTarget>> {
    return {
      content: {
        get: (t) => this.context.model.notes.get(t.key),
        set: (t, v) => {
          this.context.model.notes.set(t.key, String(v));
        },
      },
    };
  }
  /** ExcelApi 1.18: the cell the note is attached to. */
  getLocation(): Range {
    return new Range(this.context, () => {
      const t = this.target();
      const i = t.key.lastIndexOf('!');
      const sheet = this.context.model.sheet(t.key.slice(0, i));
      return sheet ? { sheet, rect: parseRect(t.key.slice(i + 1)) } : null;
    });
  }
  delete(): void {
    this.context.enqueue(() => {
      const t = this.target();
      const sheet = t.key.slice(0, t.key.lastIndexOf('!'));
      checkWritable(this.context.model.sheet(sheet)!);
      this.context.model.notes.delete(t.key);
    });
  }
}

export class NoteCollection extends Collection<MemWorkbook, Note> {
  constructor(ctx: MemContext) {
    super(ctx, () => {
      ctx.requireApi(18, 'notes');
      return ctx.model;
    });
  }
  protected props() {
    return {};
  }
  protected makeItems(t: MemWorkbook): Note[] {
    return [...t.notes.keys()].map((k) => new Note(this.context, () => (this.context.model.notes.has(k) ? { key: k } : null)));
  }
  getCount(): ClientResult<number> {
    this.context.requireApi(18, 'notes');
    return countResult(this.context, () => this.context.model.notes.size);
  }
  getItemAt(index: number): Note {
    this.context.requireApi(18, 'notes');
    return new Note(this.context, () => {
      const k = [...this.context.model.notes.keys()][index];
      if (k === undefined) throw hostError('ItemNotFound', `No note at index ${index}`);
      return { key: k };
    });
  }
  private keyOf(ref: string): string {
    const { sheet, cell } = resolveCell(this.context, ref);
    return `${sheet.name}!${cell}`;
  }
  getItem(ref: string): Note {
    return new Note(this.context, () => {
      const k = this.keyOf(ref);
      if (!this.context.model.notes.has(k)) throw hostError('ItemNotFound', `No note at ${ref}`);
      return { key: k };
    });
  }
  getItemOrNullObject(ref: string): Note {
    this.context.requireApi(18, 'notes');
    return new Note(this.context, () => {
      const k = this.keyOf(ref);
      return this.context.model.notes.has(k) ? { key: k } : null;
    });
  }
  add(ref: string, content: string): Note {
    this.context.requireApi(18, 'notes');
    let k = '';
    this.context.enqueue(() => {
      const { sheet, cell } = resolveCell(this.context, ref);
      checkWritable(sheet);
      k = `${sheet.name}!${cell}`;
      if (this.context.model.notes.has(k)) throw hostError('InvalidArgument', `The cell ${ref} already has a note.`);
      this.context.model.notes.set(k, content);
    });
    return new Note(this.context, () => (k ? { key: k } : null));
  }
}

export class Comment extends ClientObject<MemComment> {
  protected props(): Record<string, PropDef<MemComment>> {
    return { content: { get: (c) => c.content }, id: { get: (c) => c.id } };
  }
  /** The cell the comment is attached to. */
  getLocation(): Range {
    return new Range(this.context, () => {
      const c = this.target();
      const sheet = this.context.model.sheet(c.sheet);
      return sheet ? { sheet, rect: parseRect(c.cell) } : null;
    });
  }
  delete(): void {
    this.context.enqueue(() => {
      const c = this.target();
      // a protected sheet (default options: objects not editable) refuses comment edits
      checkWritable(this.context.model.sheet(c.sheet)!);
      this.context.model.comments = this.context.model.comments.filter((x) => x !== c);
    });
  }
}

export class CommentCollection extends Collection<MemWorkbook, Comment> {
  constructor(ctx: MemContext) {
    super(ctx, () => {
      ctx.requireApi(10, 'comments');
      return ctx.model;
    });
  }
  protected props() {
    return {};
  }
  protected makeItems(t: MemWorkbook): Comment[] {
    return t.comments.map((c) => new Comment(this.context, () => (this.context.model.comments.includes(c) ? c : null)));
  }
  add(ref: string, content: string): Comment {
    this.context.requireApi(10, 'comments');
    let made: MemComment | null = null;
    this.context.enqueue(() => {
      const { sheet, cell } = resolveCell(this.context, ref);
      checkWritable(sheet);
      if (this.context.model.comments.some((c) => c.sheet === sheet.name && c.cell === cell)) {
        throw hostError('InvalidArgument', `The cell ${ref} already has a comment.`);
      }
      made = { id: this.context.model.newCommentId(), sheet: sheet.name, cell, content };
      this.context.model.comments.push(made);
    });
    return new Comment(this.context, () => made);
  }
  getCount(): ClientResult<number> {
    this.context.requireApi(10, 'comments');
    return countResult(this.context, () => this.context.model.comments.length);
  }
  getItemAt(index: number): Comment {
    this.context.requireApi(10, 'comments');
    return new Comment(this.context, () => {
      const c = this.context.model.comments[index];
      if (!c) throw hostError('ItemNotFound', `No comment at index ${index}`);
      return c;
    });
  }
  getItem(id: string): Comment {
    this.context.requireApi(10, 'comments');
    return new Comment(this.context, () => {
      const c = this.context.model.comments.find((x) => x.id === id);
      if (!c) throw hostError('ItemNotFound', `No comment ${id}`);
      return c;
    });
  }
  getItemByCell(ref: string): Comment {
    return new Comment(this.context, () => {
      const { sheet, cell } = resolveCell(this.context, ref);
      const c = this.context.model.comments.find((x) => x.sheet === sheet.name && x.cell === cell);
      if (!c) throw hostError('ItemNotFound', `No comment at ${ref}`);
      return c;
    });
  }
}

// ---------------------------------------------------------------- globals

/** A dialog opened through Office.context.ui.displayDialogAsync; the test closes it as a user would. */
export interface MemDialog {
  url: string;
  /** The text lines the dialog page shows (its ?m= parameter). */
  lines: string[];
  closed: boolean;
  /** The user clicks the page's 关闭 button (the page calls messageParent). */
  clickClose(): void;
  /** The user closes the window with its × (Office raises DialogEventReceived 12006). */
  closeWindow(): void;
}

export interface InstalledHost {
  model: MemWorkbook;
  contexts: MemContext[];
  dialogs: MemDialog[];
  /** Total syncs over every Excel.run. */
  syncs(): number;
}

/** Office / Excel globals backed by `model` (for the command handler, the pane and the browser test). */
export function makeGlobals(
  model: MemWorkbook,
  options: HostOptions & { displayLanguage?: string; failRun?: boolean; dialogApi?: boolean; dialogBusy?: boolean } = {},
) {
  const contexts: MemContext[] = [];
  const dialogs: MemDialog[] = [];
  const EventType = { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' };
  type Handler = (arg: unknown) => void;
  const displayDialogAsync = (url: string, _opts: unknown, cb?: (r: { status: string; value?: unknown; error?: unknown }) => void) => {
    if (options.dialogBusy) {
      // Office refuses a second dialog (12007) — e.g. one is already open
      cb?.({ status: 'failed', error: { code: 12007, message: 'A dialog box is already opened from this host window.' } });
      return;
    }
    const handlers = new Map<string, Handler[]>();
    const fire = (type: string, arg: unknown) => (handlers.get(type) ?? []).forEach((h) => h(arg));
    const d: MemDialog = {
      url,
      lines: (new URL(url).searchParams.get('m') ?? '').split('\n'),
      closed: false,
      clickClose: () => fire(EventType.DialogMessageReceived, { message: 'close' }),
      closeWindow: () => {
        d.closed = true;
        fire(EventType.DialogEventReceived, { error: 12006 });
      },
    };
    const value = {
      addEventHandler: (type: string, h: Handler) => handlers.set(type, [...(handlers.get(type) ?? []), h]),
      close: () => {
        d.closed = true;
      },
    };
    // the dialog is on screen (and can be clicked) when Office calls back
    setTimeout(() => {
      dialogs.push(d);
      cb?.({ status: 'succeeded', value });
    }, 0);
  };
  const minor = options.apiVersion ?? 18;
  const Excel = {
    run: async <T>(a: unknown, b?: unknown): Promise<T> => {
      const batch = (typeof a === 'function' ? a : b) as (ctx: MemContext) => Promise<T>;
      if (options.failRun) throw hostError('GeneralException', 'Excel is not available');
      const ctx = new MemContext(model, options);
      contexts.push(ctx);
      const result = await batch(ctx);
      if (ctx.queue.length) await ctx.sync();
      return result;
    },
  };
  const Office = {
    onReady: (cb?: (info: { host: string; platform: string }) => void) => {
      const info = { host: 'Excel', platform: 'OfficeOnline' };
      cb?.(info);
      return Promise.resolve(info);
    },
    context: {
      displayLanguage: options.displayLanguage ?? 'zh-CN',
      ui: options.dialogApi === false ? undefined : { displayDialogAsync },
      requirements: {
        isSetSupported: (name: string, version?: string) => {
          if (name === 'DialogApi') return options.dialogApi !== false;
          if (name !== 'ExcelApi') return false;
          const v = Number((version ?? '1.1').split('.')[1] ?? 0);
          return v <= minor;
        },
      },
    },
    EventType,
    actions: { associate: (name: string, fn: unknown) => ((Office as { _actions: Record<string, unknown> })._actions[name] = fn) },
    _actions: {} as Record<string, unknown>,
    HostType: { Excel: 'Excel' },
  };
  const installed: InstalledHost = { model, contexts, dialogs, syncs: () => contexts.reduce((n, c) => n + c.syncCount, 0) };
  return { Excel, Office, installed };
}

export function asExcelContext(ctx: MemContext): Excel.RequestContext {
  return ctx as unknown as Excel.RequestContext;
}
