/** Digits a classification code may have: 功能分类 类/款/项 3/5/7, 经济分类 类/款 3/5. */
export const CODE_LENGTHS = { functional: [3, 5, 7], economic: [3, 5] } as const;

export function allowedLengths(codeKind: 'functional' | 'economic'): readonly number[] {
  return CODE_LENGTHS[codeKind];
}
