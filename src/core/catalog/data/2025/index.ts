// 2025年政府收支分类科目, stored as the changes from the 2024 data (../2024). Line format: see ../delta.ts.
// Only changes a source confirms are here (../CHANGES.md lists what is known to be missing).
import type { CatalogDelta } from '../delta';

const delta2025: CatalogDelta = {
  year: 2025,
  base: 2024,
  changes: `
# 财预〔2025〕41号 (2025-05-23, 财政部关于修订2025年政府收支分类科目的通知), 政府性基金预算支出功能分类.
# The notice adds 22911 and 23107 "及其项级科目" without naming the 项: only the 款 are here.
+	functional	2170404	中央金融机构注资特别国债支出
+	functional	22911	中央金融机构注资特别国债财务基金支出
+	functional	23107	中央金融机构注资特别国债还本支出
`,
};
export default delta2025;
