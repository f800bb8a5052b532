/**
 * The checker reads whatever text a user pastes: shuffled, cut, doubled or with figures changed, it answers with
 * findings whose messages are complete — never an exception, never "undefined" or "NaN" in a message.
 */
import { readFileSync } from 'fs';
import path from 'path';
import { audit } from '../../src/core/audit';
import { checkNarrative, emptyPriorFacts, priorFactsFromJson } from '../../src/core/narrative';
import { workbookToGrid } from '../../src/cli/xlsx';
import { buildShanghaiWorkbook } from '../fixtures/shanghai-workbook';
import { seedGrid } from '../core/helpers';

let state = 7;
const rnd = (n: number) => {
  state = (state * 1103515245 + 12345) % 2147483648;
  return state % n;
};

function mangle(text: string): string {
  let lines = text.split('\n');
  const ops = 1 + rnd(8);
  for (let i = 0; i < ops; i++) {
    const k = rnd(6);
    const j = rnd(lines.length);
    if (k === 0) lines.splice(j, 1);
    else if (k === 1) lines.splice(rnd(lines.length), 0, lines[j]);
    else if (k === 2) lines[j] = lines[j].slice(0, rnd(lines[j].length + 1));
    else if (k === 3) lines[j] = lines[j].replace(/\d+(\.\d+)?/, String(rnd(100000) / 100));
    else if (k === 4) lines[j] = lines[j].replace(/增加|减少|持平/, ['增加', '减少', '持平', '增加增加', 'XX'][rnd(5)]);
    else lines = lines.reverse();
  }
  return lines.join('\n');
}

test.each([
  ['seed', 'xianning-2024-part3.txt', null],
  ['shanghai', 'shanghai-2025-explanation.txt', 'shanghai-2025-prior.json'],
])('%s: 200 mangled copies of the published text', async (name, textFile, priorFile) => {
  const grid = name === 'seed' ? await seedGrid() : await workbookToGrid(buildShanghaiWorkbook().workbook);
  const tables = audit(grid).typed;
  const dir = path.join(__dirname, 'fixtures');
  const text = readFileSync(path.join(dir, textFile), 'utf8');
  const prior = priorFile ? priorFactsFromJson(JSON.parse(readFileSync(path.join(dir, priorFile), 'utf8'))) : emptyPriorFacts();
  for (let i = 0; i < 200; i++) {
    const t = mangle(text);
    const findings = checkNarrative(t, tables, prior);
    for (const f of findings) expect(f.message).not.toMatch(/\{\w+\}|undefined|NaN/);
  }
});
