// 2023年政府收支分类科目, stored as the changes that turn the 2024 data (../2024) into 2023's. Line format: see ../delta.ts
// (op<TAB>system<TAB>code[<TAB>name[<TAB>alias|alias…]]); each change cites its source on the
// comment line above it. Only changes a source confirms are here (../CHANGES.md lists what is known to be missing).
import type { CatalogDelta } from '../delta';

const delta2023: CatalogDelta = {
  year: 2023,
  base: 2024,
  changes: `
# 财预〔2024〕22号 (2024-03-29, 关于对2024年政府收支分类科目进行个别增补的通知) added these to the 2024 catalogue:
# they were not in 2023's.
-	functional	22006
-	functional	2300412
`,
};
export default delta2023;
