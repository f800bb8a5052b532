/**
 * The catalog an audit runs with: the official codes of the workbook's year plus the user's own — a sheet named
 * 自定义科目 in the workbook (编码 | 名称 | 体系) or the CLI's --codes JSON.
 */
import { SheetView, type Grid } from '../grid';
import { norm, parseCode } from '../recognize/text';
import { loadCatalog, type Catalog, type CodeSystem } from './catalog';

export const CUSTOM_SHEET = '自定义科目';

export interface CustomCode {
  system: CodeSystem;
  code: string;
  name: string;
}

/** The system a bare code belongs to: 3xx/3xxxx 部门经济分类, 5xx/5xxxx 政府经济分类, anything else 功能分类. */
export function defaultSystem(code: string): CodeSystem {
  if (code.length <= 5 && code.startsWith('3')) return 'economic-dept';
  if (code.length <= 5 && code.startsWith('5')) return 'economic-gov';
  return 'functional';
}

/** Reads 自定义科目: any row with a code (3–7 digits) and a name; 体系 column (功能/经济/政府经济) optional. */
export function customCodesFromGrid(grid: Grid): CustomCode[] {
  const sheet = grid.sheets.find((s) => norm(s.name) === CUSTOM_SHEET);
  if (!sheet) return [];
  const view = new SheetView(sheet);
  const out: CustomCode[] = [];
  for (let r = view.firstRow; r < view.rowCount; r++) {
    let code: string | null = null;
    let name = '';
    let system: CodeSystem | null = null;
    for (let c = view.firstCol; c < view.colCount; c++) {
      const v = view.value(r, c);
      if (v === null) continue;
      const t = view.text(r, c);
      if (!code && parseCode(v)) code = parseCode(v);
      else if (/^(政府)?经济(分类)?$|^功能(分类)?$|^部门经济(分类)?$/.test(norm(t))) system = /政府/.test(t) ? 'economic-gov' : /经济/.test(t) ? 'economic-dept' : 'functional';
      else if (code && !name) name = t;
    }
    if (!code || !name || !/^\d{3}(\d{2}){0,2}$/.test(code)) continue;
    if (!system) system = defaultSystem(code);
    out.push({ system, code, name });
  }
  return out;
}

/** The budget year printed in the tables' titles ("2024年…"), or undefined. */
export function yearFromGrid(grid: Grid): number | undefined {
  const counts = new Map<number, number>();
  for (const s of grid.sheets) {
    for (let r = 0; r < Math.min(s.rows.length, 6); r++) {
      for (const v of s.rows[r] ?? []) {
        if (typeof v !== 'string') continue;
        const m = /(20\d\d)\s*年/.exec(v);
        if (m && /表|预算/.test(v)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
      }
    }
  }
  let best: number | undefined;
  for (const [y, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = y;
  return best;
}

export function catalogFor(grid: Grid, year: number | undefined, extra: CustomCode[] = []): Catalog {
  const base = loadCatalog(year ?? yearFromGrid(grid) ?? 2024);
  const custom = [...customCodesFromGrid(grid), ...extra];
  return custom.length > 0 ? base.withCustom(custom) : base;
}
