/**
 * With --lang en a narrative finding holds no Chinese the rule made: the words a rule names itself (what a figure is
 * judged against, a direction, a level, “the amount”) are terms of both languages. Chinese is left only in the
 * text's and the tables' own words (quoted, or a name as printed).
 */
import { checkNarrative } from '../../src/core/narrative';
import { seedPrior, seedTables } from './helpers';
import { realLine, withSlip } from './rule-tester';

const xianning = (n: number) => realLine('xianning-2024-part3.txt', n);
const CJK = /[\u3400-\u9fff\uff00-\uffef]/;
/** The message with its quoted parts (“…”, "…") taken out. */
const unquoted = (s: string) => s.replace(/“[^”]*”|"[^"]*"/g, '""');

async function en(text: string) {
  return checkNarrative(text, await seedTables(), seedPrior(), { locale: 'en-US', year: 2024 });
}

test('an amount judged against the tables: “according to the tables”, no 表中数', async () => {
  // 市客管处 2024 as published: 机关运行经费 25.58 where the tables give 25.57.
  const [f] = (await en(xianning(11))).filter((x) => x.rule === 'narrative/amount-mismatch');
  expect(f.message).toBe('Line 1: The text gives administrative operating costs as 25.58 (10k yuan); according to the tables it is 25.57');
  expect(f.data?.source).toBe('表中数'); // the finding's data keep the Chinese a host re-renders from
});

test('a direction: "means "down"", not "减少"', async () => {
  const text = withSlip(xianning(5), '2024 年部门支出预算总额为 1205.56 万元，比上年减少', '2024 年部门支出预算总额为 1205.56 万元，比上年增加');
  const [f] = (await en(text)).filter((x) => x.rule === 'narrative/direction');
  expect(f.message).toContain('means "down"');
  expect(unquoted(f.message)).not.toMatch(CJK);
});

test('“增加 0 万元” with no subject: "The amount is 0"', async () => {
  const text = withSlip(xianning(34), '与上年一致', '比上年增加 0 万元');
  const [f] = (await en(text)).filter((x) => x.rule === 'narrative/zero-increase');
  expect(f.message).toBe('Line 1: The amount is 0 but the text says it increased');
});
