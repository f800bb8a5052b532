/**
 * narrative/scope-wording on the real Shanghai 2026 templates (部门 and 单位, tests/fixtures/real/), their tables
 * filled: a unit's text in the unit template's wording has no finding, the department template's wording copied into it
 * has; a department's text may say 本单位, only the unit template's “单位预算安排” is flagged there. A workbook that does
 * not say whose budget it is (the seed's tables, the Jiangsu texts on their own) gets nothing.
 */
import type ExcelJS from 'exceljs';
import { checkNarrative, emptyPriorFacts } from '../../../src/core/narrative';
import type { Finding } from '../../../src/core/report';
import { checkWorkbookText, SHANGHAI_2026_FILLED, shanghaiWithText } from '../../fixtures/narrative-real';
import { filledTemplate } from '../../fixtures/shanghai-templates';
import { seedTables } from '../helpers';

const RULE = 'narrative/scope-wording';
const mine = (fs: Finding[]) =>
  fs.filter((f) => f.rule === RULE).map((f) => [`${f.location?.sheet}!${f.location?.cell}`, f.messageId, f.data.actual, f.data.expected]);

/** The unit template's 其他相关情况说明 filled the way a unit fills it (the unit template's own sentences). */
const UNIT_OTHER = [
  '其他相关情况说明',
  '一、2026年“三公”经费预算情况说明',
  '2026年“三公”经费预算数为5.00万元，比2025年预算减少1.00万元。其中：',
  '二、机关运行经费预算',
  '2026年上海市普陀区某某中心财政拨款的机关运行经费预算为20.00万元。',
  '三、政府采购预算情况',
  '上海市普陀区某某中心2026年度未安排政府采购预算。',
  '四、绩效目标设置情况',
  '2026年度，本单位编报绩效目标的项目共1个，涉及项目预算资金20.00万元。',
  '五、国有资产占有使用情况',
  '截至2025年8月31日，上海市普陀区某某中心共有车辆0辆；单价100万元（含）以上设备（不含车辆）0台（套）。',
  '2026年单位预算安排购置车辆0辆；单位预算安排购置单价100万元（含）以上设备（不含车辆）0台（套）。',
  '本单位按照主管部门和财政部门的要求，根据《上海市普陀区财政局关于编制2026年度部门预算的通知》编制预算，并按有关部门规定做好部门预算公开。',
];

async function unitWith(other: string[]): Promise<ExcelJS.Workbook> {
  const wb = await filledTemplate('unit');
  const ws = wb.getWorksheet('其他相关情况说明')!;
  ws.unMergeCells('A1:Z200');
  for (let r = 1; r <= Math.max(ws.rowCount, other.length); r++) ws.getCell(`A${r}`).value = other[r - 1] ?? null;
  return wb;
}

describe('a 单位预算', () => {
  test('in the unit template’s wording, with 主管部门, 财政部门, 有关部门, 部门预算公开 and a title in 《》: no finding', async () => {
    const { findings } = await checkWorkbookText(await unitWith(UNIT_OTHER), 2026);
    expect(mine(findings)).toEqual([]);
  });
  test('the department template’s 本部门 and 部门预算安排 copied in', async () => {
    const other = [...UNIT_OTHER];
    other[8] = '按照本区预算绩效管理工作的总体要求，本部门1个预算单位开展了2026年项目预算绩效目标编报工作。';
    other[11] = '2026年部门预算安排购置车辆0辆；部门预算安排购置单价100万元（含）以上设备（不含车辆）0台（套）。';
    const { findings } = await checkWorkbookText(await unitWith(other), 2026);
    expect(mine(findings)).toEqual([
      ['其他相关情况说明!A9', 'scopeDepartmentInUnit', '本部门', '本单位'],
      ['其他相关情况说明!A12', 'scopeDepartmentInUnit', '部门预算安排', '单位预算安排'],
    ]);
    const f = findings.find((x) => x.rule === RULE)!;
    expect(f.severity).toBe('warning');
    expect(f.message).toBe('本预算为单位预算，说明中却写“本部门”，应为“本单位”');
  });
});

describe('a 部门预算', () => {
  test('本单位 is a department’s word too: no finding', async () => {
    const text = {
      ...SHANGHAI_2026_FILLED,
      其他相关情况说明: [...SHANGHAI_2026_FILLED.其他相关情况说明, '本单位严格执行预算，部门下属单位预算安排另行公开。'],
    };
    const { findings } = await checkWorkbookText(await shanghaiWithText(text), 2026);
    expect(mine(findings)).toEqual([]);
  });
  test('the unit template’s 单位预算安排 copied in', async () => {
    const other = SHANGHAI_2026_FILLED.其他相关情况说明.map((s) => s.replace(/^2026年部门预算安排/, '2026年单位预算安排'));
    const { findings } = await checkWorkbookText(await shanghaiWithText({ ...SHANGHAI_2026_FILLED, 其他相关情况说明: other }), 2026);
    expect(mine(findings)).toEqual([['其他相关情况说明!A15', 'scopeUnitInDepartment', '单位预算安排', '部门预算安排']]);
  });
});

test('a workbook that does not say whose budget it is: nothing', async () => {
  const fs = checkNarrative('本部门2024年单位预算安排购置车辆0辆。', await seedTables(), emptyPriorFacts(), { year: 2024 });
  expect(fs.filter((f) => f.rule === RULE)).toEqual([]);
});
