/**
 * Thirteen real published 预算 texts (2014–2025, several provinces), found by search in session 6 and kept verbatim in
 * tests/narrative/fixtures/published/text-NN.txt (first line: the address; then one paragraph a line, lines a PDF
 * broke mid-sentence joined, the tables' rows left out). Checked without their tables, the way a reviewer pastes a
 * text: every finding below was judged by hand, with the arithmetic in fixtures/published/arith.py (python3, decimal).
 *
 * - 02: the excerpt ends mid-sentence (the search tool cut it), so the last paragraph has no 句号: true of the excerpt.
 * - 03 (梧州 platform 2025, amounts in 元): 6.00% for 54357.12 ÷ 904445.42 = 6.0100% (cut off, a warning); 14.43% for
 *   16803.36 ÷ 99629.76 = 16.87% (the change divided by this year's figure, an error).
 * - 04 (梧州 platform 2022): “占基本支出预算%” has no figure; its line's 50.63% is 52044.27 ÷ (75800 − 52044.27) =
 *   219.08% by the figures printed (the line's 75800 is likely the slip: its parts fall 79044.27 short of the total).
 *   Its “2021 年编外人员经费支出列入项目支出,2022 年列入基本支出” is a right use of last year (a false error before).
 * - 05: 公务用车购置经费 for 公务用车购置费.
 * - 06: “因公出国(境)费增加0万元”, and “公务接待费减少0万元” where it means 持平.
 * - 09 (渝中区 2017): “较2015年下降2.3%” where every other line compares with 上年 (2016).
 * - The others: every figure consistent (1: 221 ÷ 2190 = 10.09%, printed 10.1%; 5: 8 ÷ 641 = 1.248% printed 1.24%,
 *   within rounding: 7.5 ÷ 641.5 to 8.5 ÷ 640.5 …); no finding.
 */
import fs from 'fs';
import path from 'path';
import { checkNarrative, emptyPriorFacts } from '../../src/core/narrative';

const DIR = path.join(__dirname, 'fixtures', 'published');
const YEAR: Record<string, number> = {
  '01': 2025,
  '02': 2024,
  '03': 2025,
  '04': 2022,
  '05': 2024,
  '06': 2024,
  '07': 2023,
  '08': 2021,
  '09': 2017,
  '10': 2014,
  '11': 2021,
  '12': 2019,
  '13': 2023,
};
const EXPECTED: Record<string, string[]> = {
  '02': ['narrative/punctuation warning'],
  '03': ['narrative/percent-figures warning 6.01%', 'narrative/percent-figures error 16.87%'],
  '04': ['narrative/blank-amount warning', 'narrative/percent-figures error 219.08%'],
  '05': ['narrative/name warning 公务用车购置费'],
  '06': ['narrative/zero-increase error', 'narrative/zero-increase warning'],
  '09': ['narrative/compare-year warning 2016'],
};

test.each(Object.keys(YEAR))('text %s: the findings judged true, and no other', (n) => {
  const [address, ...paragraphs] = fs
    .readFileSync(path.join(DIR, `text-${n}.txt`), 'utf8')
    .replace(/\n$/, '')
    .split('\n');
  expect(address).toMatch(/^https?:\/\//);
  const found = checkNarrative(paragraphs.join('\n'), [], emptyPriorFacts(), { year: YEAR[n] });
  expect(found.map((f) => [f.rule, f.severity, f.expected].filter(Boolean).join(' '))).toEqual(EXPECTED[n] ?? []);
});
