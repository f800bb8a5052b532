// 2026年政府收支分类科目, stored as the changes from the 2025 data (../2025). Line format: see ../delta.ts.
// No change of the 2026 edition could be confirmed from a source yet (../CHANGES.md): the 2025 data, as amended,
// is carried over, so that a 2026 workbook is judged by the latest confirmed codes and the report names 2026.
import type { CatalogDelta } from '../delta';

const delta2026: CatalogDelta = {
  year: 2026,
  base: 2025,
  changes: ``,
};
export default delta2026;
