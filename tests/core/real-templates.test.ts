/**
 * The real 2026 上海市普陀区 部门 and 单位 templates (tests/fixtures/real/), as departments receive them: every table
 * recognised although its lines are only pre-printed labels, the front matter (封面, 目录, 主要职能 …) known for what it
 * is, and no error on a workbook that holds no figure yet.
 */
import path from 'path';
import { audit } from '../../src/core/audit';
import { readGrid } from '../../src/cli/xlsx';

const REAL = path.join(__dirname, '..', 'fixtures', 'real');

describe.each([
  ['department', 'shanghai-2026-department-template.xlsx', 'explanation:部门编制说明'],
  ['unit', 'shanghai-2026-unit-template.xlsx', 'explanation:单位编制说明'],
])('the real Shanghai %s template, empty as received', (_kind, file, explanation) => {
  let r: ReturnType<typeof audit>;
  beforeAll(async () => {
    r = audit(await readGrid(path.join(REAL, file)), { file });
  });
  test('read as the Shanghai layout with all nine tables, each in its unit', () => {
    expect(r.layout.id).toBe('shanghai');
    expect(r.tables.map((t) => `${t.kind}:${t.unit}`)).toEqual([
      'income-expenditure-summary:元',
      'income-summary:元',
      'expenditure-summary:元',
      'fiscal-summary:元',
      'gpb-expenditure:元',
      'gov-fund:元',
      'soe-expenditure:元',
      'gpb-basic:元',
      'three-public:万元',
    ]);
  });
  test('the front matter and text sheets are parts of the disclosure, not unreadable areas', () => {
    expect(r.unrecognized).toEqual([]);
    expect(r.parts.map((p) => `${p.part}:${p.sheet}`)).toEqual(
      expect.arrayContaining(['cover:封面', 'contents:目录', 'glossary:名词解释', explanation, 'other-notes:其他相关情况说明']),
    );
  });
  test('no error and no warning: one note that nothing is filled in yet', () => {
    expect(r.findings.filter((f) => f.severity !== 'info').map((f) => f.message)).toEqual([]);
    expect(r.findings.map((f) => f.messageId)).toEqual(['unfilled']);
  });
});
