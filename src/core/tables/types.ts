/**
 * Typed tables: what recognition makes of a region of a sheet. Every amount keeps the cell it came from.
 */
import type Decimal from 'decimal.js';
import type { CellRef, CellValue } from '../grid';
import type { Unit } from '../money';

export type TableKind =
  | 'income-expenditure-summary' // 收支总表
  | 'income-summary' // 收入总表
  | 'expenditure-summary' // 支出总表
  | 'fiscal-summary' // 财政拨款收支总表
  | 'gpb-expenditure' // 一般公共预算支出表（分功能科目）
  | 'gpb-expenditure-by-unit' // 一般公共预算支出表（分单位）
  | 'gpb-basic' // 一般公共预算基本支出表
  | 'three-public' // “三公”经费支出表
  | 'gov-fund' // 政府性基金预算支出表
  | 'soe-expenditure' // 国有资本经营预算支出表 (Shanghai layout: table 7)
  | 'project' // 项目支出表
  | 'fiscal-expenditure' // 财政拨款支出预算表（功能科目）: all 财政拨款 funds (Jiangsu 公开05表)
  | 'fiscal-basic' // 财政拨款基本支出预算表（经济科目） (Jiangsu 公开06表)
  | 'admin-operating' // 机关运行经费支出预算表 by 经济分类 (Jiangsu 公开11表)
  | 'procurement'; // 政府采购预算表 (Jiangsu 公开12表): recognised, not summed (its levels are printed flattened)

export interface Amount {
  /** null when the cell is blank (blank is not 0) or not a number. */
  value: Decimal | null;
  /** The same as a JavaScript number (for fast exact checks in scaled integers); null when blank or invalid. */
  num: number | null;
  cell: CellRef;
  /** Decimals the figure is shown with (number format, else the text). */
  decimals: number;
  raw: CellValue;
  /** The cell holds text that is not a number. */
  invalid?: boolean;
}

export interface Column {
  /** Semantic key, e.g. total, basic, basic.personnel, basic.public, project, income.gpb, carry, vehicle.purchase. */
  key: string;
  /** The header words from top to bottom, merged labels repeated, e.g. ['基本支出', '人员经费']. */
  path: string[];
  label: string;
  col: number;
  /** Key of the column this one adds up into (e.g. basic.personnel → basic); undefined for top-level columns. */
  parent?: string;
}

export interface Row {
  /** 0-based sheet row. */
  row: number;
  code: string | null;
  codeCell?: CellRef;
  /** The code exactly as printed (before removing spaces etc.). */
  codeText?: string;
  name: string;
  nameCell?: CellRef;
  /** The 合计 / 总计 row of the table. */
  isTotal: boolean;
  amounts: Record<string, Amount>;
  /** Index (in table.rows) of the row this one adds up into, by code prefix; undefined for top level and the total. */
  parent?: number;
  /** Rows (indexes) whose parent is this row. */
  children: number[];
  /** Project tables: a row grouping projects (a unit), not a project. */
  isGroup?: boolean;
  /** The row prints a code that cannot be read (a part malformed, or a part it leans on): it feeds no sum. */
  unreadableCode?: boolean;
  /** The malformed part of a split code, as printed (款 "2"): reported at codeCell. */
  codeProblem?: { part: '类' | '款' | '项'; text: string };
  /** A 收入预算总表 printed down the rows: the income source this group row is (gpb, fund, special, other, carry). */
  source?: string;
  /** A row of unreadable code may be among this row's children: its sum of children is not checked. */
  uncertain?: boolean;
}

/** A table of rows (codes or names) and amount columns. */
export interface RowsTable {
  shape: 'rows';
  columns: Column[];
  rows: Row[];
  /** Which classification the codes are: 功能分类, 经济分类, or 单位 codes. */
  codeKind: 'functional' | 'economic' | 'unit' | 'none';
}

export type LineRole =
  | 'item' // an income source, e.g. 一般公共预算拨款收入
  | 'sub-item' // a source printed under an item it is part of, e.g. "1. 一般公共预算资金" under "一、财政拨款收入"
  | 'class' // an expenditure 类, e.g. 社会保障和就业支出
  | 'use' // spending by use: 基本支出, 项目支出, 单位预留机动经费 (key: basic, project, reserve …)
  | 'current-total' // 本年收入合计 / 本年支出合计 / 一、本年收入
  | 'carry' // 上年结转结余
  | 'carry-item' // a source inside 上年结转
  | 'year-end' // 年终结转结余
  | 'grand-total' // 收入总计 / 支出总计
  | 'other'; // printed with an amount but not understood

export interface Line {
  side: 'income' | 'expenditure';
  role: LineRole;
  /** Income source key (gpb, fund, soe, special, business, operating, superior, affiliated, other) or 类 code. */
  key?: string;
  label: string;
  /** The label without numbering or spaces. */
  name: string;
  labelCell: CellRef;
  amount: Amount;
  /** Further amount columns of the line, when the side has several (e.g. 一般公共预算 | 政府性基金). */
  amounts: Record<string, Amount>;
  /** Sub-items: index (in lines) of the item this line is part of. */
  parent?: number;
  /** A "其中：" sub-item: a part of its parent, not one of parts that add up to it. */
  ofWhich?: boolean;
  /** Printed in the 支出用途 column pair of a summary that also lists spending by 功能分类 (Jiangsu). */
  byUse?: boolean;
}

/** 收支总表 and 财政拨款收支总表: an income side and an expenditure side in one row. */
export interface SidesTable {
  shape: 'sides';
  lines: Line[];
  /** The amount columns of each side, left to right (the first is the line's main amount, key 'amount'). */
  columns: { side: 'income' | 'expenditure'; key: string; label: string; cell: CellRef }[];
}

export interface TableMeta {
  kind: TableKind;
  /** Standard name of the kind (支出总表). */
  name: string;
  /** Title as printed. */
  title: string;
  titleCell: CellRef;
  /** The sheet has no title row; its name was read as the title. */
  titleFromSheetName?: boolean;
  /** The table's number printed near the title ("附表-3", "公开03表" → "3"), if any. */
  number?: string;
  /** That number labelled the layout's way ("附表-3", "表3", "公开03表"): set by the audit once the layout is known. */
  label?: string;
  sheet: string;
  /** 0-based sheet rows/cols of the region. */
  top: number;
  bottom: number;
  left: number;
  right: number;
  range: string;
  /** 部门/单位 name as printed (after the colon), and its cell. */
  org: string | null;
  orgCell?: CellRef;
  /** The unit the header states (金额单位：…); null when it states none (read as 万元). */
  unit: Unit | null;
  unitCell?: CellRef;
  /** Notes printed under or above the table (备注, 注, 说明, 空表说明). */
  notes: { text: string; cell: CellRef }[];
  /** Decimals the table's figures are shown with (the most seen). */
  decimals: number;
  /** Figures are kept exactly (no rounding tolerance), e.g. 元 to the 分. */
  exact: boolean;
}

export type Table = TableMeta & (RowsTable | SidesTable);

export type AnyRowsTable = TableMeta & RowsTable;
export type AnySidesTable = TableMeta & SidesTable;

export const TABLE_NAMES: Record<TableKind, string> = {
  'income-expenditure-summary': '收支总表',
  'income-summary': '收入总表',
  'expenditure-summary': '支出总表',
  'fiscal-summary': '财政拨款收支总表',
  'gpb-expenditure': '一般公共预算支出表',
  'gpb-expenditure-by-unit': '一般公共预算支出表（分单位）',
  'gpb-basic': '一般公共预算基本支出表',
  'three-public': '“三公”经费支出表',
  'gov-fund': '政府性基金预算支出表',
  'soe-expenditure': '国有资本经营预算支出表',
  'project': '项目支出表',
  'fiscal-expenditure': '财政拨款支出表',
  'fiscal-basic': '财政拨款基本支出表',
  'admin-operating': '机关运行经费支出表',
  'procurement': '政府采购预算表',
};

export const TABLE_NAMES_EN: Record<TableKind, string> = {
  'income-expenditure-summary': 'Income and expenditure summary',
  'income-summary': 'Income summary',
  'expenditure-summary': 'Expenditure summary',
  'fiscal-summary': 'Fiscal appropriation summary',
  'gpb-expenditure': 'General public budget expenditure',
  'gpb-expenditure-by-unit': 'General public budget expenditure by unit',
  'gpb-basic': 'General public budget basic expenditure',
  'three-public': '"Three public" expenses',
  'gov-fund': 'Government fund budget expenditure',
  'soe-expenditure': 'State capital operation budget expenditure',
  'project': 'Project expenditure',
  'fiscal-expenditure': 'Fiscal appropriation expenditure',
  'fiscal-basic': 'Fiscal appropriation basic expenditure',
  'admin-operating': 'Administrative operating costs',
  'procurement': 'Government procurement budget',
};

/** The nine 附表 every standard disclosure carries, in their usual order. */
export const REQUIRED_TABLES: TableKind[] = [
  'income-expenditure-summary',
  'income-summary',
  'expenditure-summary',
  'fiscal-summary',
  'gpb-expenditure',
  'gpb-basic',
  'three-public',
  'gov-fund',
  'project',
];
