import type { Table } from '../../tables/types';

/** Digits a classification code may have: 功能分类 类/款/项 3/5/7, 经济分类 类/款 3/5. */
export const CODE_LENGTHS = { functional: [3, 5, 7], economic: [3, 5] } as const;

export function allowedLengths(codeKind: 'functional' | 'economic'): readonly number[] {
  return CODE_LENGTHS[codeKind];
}

/**
 * The table lists projects (项目支出表: 项目名称 | 功能科目编码 | …): a row's name is the project's, and its code only
 * classifies the project — several projects may share a code, and the table lists no 类/款 above them. Such a name is
 * never compared with the catalog or with other tables, and no parent code is demanded.
 */
export function listsProjects(t: Table): boolean {
  return t.kind === 'project';
}
