/**
 * Which 附表 a title names. Titles vary: "附表-1 收支总表", "2024年咸宁市…部门收支总表", "一般公共预算支出表(分功能科目)",
 * "一般公共预算“三公”经费支出表", Shanghai's "财务收支预算总表". Matching is by words, never by sheet name or position.
 */
import type { TableKind } from '../tables/types';
import { isContentsLine } from './parts';
import { norm } from './text';

export interface TitleMatch {
  kind: TableKind | null;
  /** The title as printed, trimmed. */
  title: string;
  /** 附表 number printed in the same cell ("附表-5-1" → "5-1"). */
  number?: string;
}

const NUMBER_RE = /附表\s*[-－—_]?\s*(\d+(?:\s*[-－—]\s*\d+)?)/;

/** "附表-3" or "公开03表" on its own (the label printed above a title): the number, without leading zeros. */
export function tableNumberLabel(text: string): string | undefined {
  const t = norm(text);
  const m = /^附表[-_]?(\d+(?:-\d+)?)$/.exec(t) ?? /^公开(\d+)表$/.exec(t);
  return m ? m[1].replace(/^0+(?=\d)/, '') : undefined;
}

function core(text: string): string {
  // Drop the 附表 label, the bracketed qualifier "(分功能科目)", the year and "单位：万元" suffixes.
  return norm(text)
    .replace(/附表[-_]?\d+(?:-\d+)?|^公开\d+表/, '')
    .replace(/\([^)]*\)$/, '')
    .replace(/\[[^\]]*\]$/, '');
}

const NOTE_START = /^(注|备注|说明|填报说明|注释|其中)/;

/**
 * Is this cell a table title? A title is short, has no sentence punctuation, ends with 表, and names a table.
 * Returns kind null for a title-like cell of a table we do not know (listed as unrecognised, not guessed).
 */
export function matchTitle(raw: string): TitleMatch | null {
  // "收支总表  单位：万元" printed in one cell: the unit is not part of the title.
  const text = raw.trim().replace(/[\s(（]*(金额)?单位\s*[:：]\s*(万元|元|千元|亿元|百万元)[)）]?\s*$/, '');
  const n = norm(text);
  if (n.length < 3 || n.length > 60) return null;
  if (NOTE_START.test(n)) return null;
  // A 目录 line ("1. 2026年部门收支总表 ……………… 5") names a table but is not its title.
  if (isContentsLine(text)) return null;
  // "公开03表" on its own is the label above a title, not a title.
  if (tableNumberLabel(text)) return null;
  const body = n.replace(/^(附表[-_]?\d+(-\d+)?|公开\d+表)[:：]?/, '').replace(/\([^)]*\)$/, '');
  if (/[,。;:!?，；：]/.test(body)) return null;
  const c = core(text);
  if (!/表$/.test(c)) return null;
  const numM = NUMBER_RE.exec(halfDash(text));
  const number = numM ? numM[1].replace(/\s+/g, '').replace(/[－—]/g, '-') : undefined;
  const qualifier = /\(([^)]*)\)$/.exec(norm(text))?.[1] ?? '';
  return { kind: kindOf(c, qualifier), title: raw.trim(), number };
}

function halfDash(s: string): string {
  return s.replace(/[－—]/g, '-');
}

function kindOf(c: string, qualifier: string): TableKind | null {
  if (/政府采购/.test(c) && /预算表$|支出(预算)?表$/.test(c)) return 'procurement';
  if (/绩效|明细表$|政府采购|资产/.test(c)) return null;
  if (/机关运行经费/.test(c) && !/三公/.test(c)) return 'admin-operating';
  if (/财政拨款收支(预算)?总表$/.test(c)) return 'fiscal-summary';
  if (/收支(预算)?总表$/.test(c)) return 'income-expenditure-summary';
  if (/收入(预算)?总表$/.test(c)) return 'income-summary';
  if (/支出(预算)?总表$/.test(c)) return 'expenditure-summary';
  if (/三公.*经费/.test(c)) return 'three-public'; // also Shanghai's "“三公”经费和机关运行经费预算表"
  if (/政府性基金/.test(c) && /支出/.test(c)) return 'gov-fund';
  if (/国有资本经营/.test(c) && /支出/.test(c)) return 'soe-expenditure';
  if (/基本支出/.test(c) && /一般公共预算/.test(c)) return 'gpb-basic';
  // Jiangsu prints 财政拨款 twins of the 一般公共预算 tables (all funds): 财政拨款基本支出 / 财政拨款支出预算表.
  if (/基本支出/.test(c) && /财政拨款/.test(c)) return /经济科目|经济分类/.test(qualifier + c) || /预算表$/.test(c) ? 'fiscal-basic' : 'gpb-basic';
  if (/^.*财政拨款支出(预算)?表$/.test(c) && !/一般公共预算/.test(c)) return 'fiscal-expenditure';
  if (/一般公共预算(财政拨款)?支出/.test(c)) {
    if (/分单位|按单位|^单位$/.test(qualifier) || /分单位/.test(c)) return 'gpb-expenditure-by-unit';
    return 'gpb-expenditure';
  }
  if (/项目支出(预算)?表$/.test(c)) return 'project';
  return null;
}
