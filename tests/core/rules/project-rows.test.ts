/**
 * 项目支出表 printed 项目名称 | 功能科目编码 | 合计 | 资金来源 (one row per project, several projects under one code): the
 * whole engine reads a row's name as the project's — no name compared with the catalog or other tables, no parent
 * code demanded, no duplicate — while the code itself is still checked (format, catalog).
 */
import { audit } from '../../../src/core/audit';
import { at } from '../helpers';
import { projectGrid } from './project-grid';

const CODE_RULES = /^(code|catalog)\//;
const findings = (g: ReturnType<typeof projectGrid>) =>
  audit(g)
    .findings.filter((f) => CODE_RULES.test(f.rule) || /^(sum|cross)\//.test(f.rule))
    .map((f) => `${f.rule} ${f.severity} ${at(f)}`);

test('three projects, two under 2130101, beside the 一般公共预算支出表: no finding from the code, catalog, sum or cross rules', () => {
  const r = audit(projectGrid());
  expect(r.tables.map((t) => t.kind)).toEqual(['project', 'gpb-expenditure']);
  expect(findings(projectGrid())).toEqual([]);
});

test('a wrong code format on a project row still gets its finding, and only that one', () => {
  expect(findings(projectGrid({ thirdCode: '21301221' }))).toEqual(['code/format error 项目支出!B7']);
});

test('a code missing from the catalog on a project row still gets its warning', () => {
  expect(findings(projectGrid({ thirdCode: '2130198' }))).toEqual(['catalog/code-exists warning 项目支出!B7']);
});
