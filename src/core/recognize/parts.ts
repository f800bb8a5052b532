/**
 * Front matter and text sheets of a disclosure (封面, 目录, 主要职能, 机构设置, 名词解释, 编制说明, 其他相关情况说明,
 * 项目经费情况说明): known parts, told by the sheet's name or its first text. They are listed as such in the report,
 * never as tables that could not be read.
 */
import type { PartKind } from '../report';
import { norm } from './text';

/** How each part is named in reports. */
export const PART_NAMES: Record<PartKind, { zh: string; en: string }> = {
  cover: { zh: '封面', en: 'cover' },
  contents: { zh: '目录', en: 'contents' },
  functions: { zh: '主要职能', en: 'main functions' },
  organization: { zh: '机构设置', en: 'organisation' },
  glossary: { zh: '名词解释', en: 'glossary' },
  explanation: { zh: '编制说明', en: 'explanation' },
  'other-notes': { zh: '其他相关情况说明', en: 'other notes' },
  'project-notes': { zh: '项目经费情况说明', en: 'project notes' },
};

const PARTS: { part: PartKind; re: RegExp }[] = [
  { part: 'contents', re: /^目录$/ },
  { part: 'cover', re: /封面/ },
  { part: 'functions', re: /主要职能|^(部门|单位)?职能$|主要职责|部门职责/ },
  { part: 'organization', re: /机构设置|预算单位构成/ },
  { part: 'glossary', re: /名词解释/ },
  { part: 'other-notes', re: /其他相关情况说明|其他情况说明|其他相关说明/ },
  { part: 'project-notes', re: /项目(经费)?情况说明|项目说明$/ },
  { part: 'explanation', re: /编制说明$|预算(情况)?说明$|收支预算情况说明|预算情况的?说明/ },
];

/** The part a sheet name or a sheet's first text names ("部门编制说明", "XX（部门）主要职能", "目  录"), if any. */
export function partOf(text: string): PartKind | undefined {
  const t = norm(text)
    .replace(/^[一二三四五六七八九十]+、/, '')
    .replace(/^\d{4}年(度)?/, '');
  if (t.length === 0 || t.length > 40) return undefined;
  for (const p of PARTS) if (p.re.test(t)) return p.part;
  return undefined;
}

/** A cover's title: "上海市普陀区2026年区级部门预算", "江苏省高级人民法院2019年度部门预算公开" (no 表 at the end). */
export function isCoverTitle(text: string): boolean {
  const t = norm(text);
  return t.length <= 40 && /\d{4}年(度)?.*(部门|单位)(预算|决算)(公开)?$/.test(t);
}

/** A 目录 line: leader dots, or a page number after the title ("1. 收支总表 ……… 5"). */
export function isContentsLine(text: string): boolean {
  return /…{2,}|\.{4,}|·{3,}|-{4,}/.test(text);
}
