/**
 * The rule set's own contract, checked instead of kept by discipline: every rule file under src/core/rules/<family>/
 * is in the registry, its id is its path, it has its own test file, its zh and en templates take the same
 * placeholders, and its English wording holds Chinese only inside “ ” (a sheet name or keyword the user types).
 */
import fs from 'fs';
import path from 'path';
import { placeholders, type Message } from '../../../src/core/render';
import { ALL_RULES } from '../../../src/core/rules';
import { defineRule, type RuleDefinition } from '../../../src/core/rules/rule';
import { EQUAL_MESSAGES, EXCEEDS_MESSAGE, PHRASES, SEPARATORS, SUM_MESSAGES, TERMS } from '../../../src/core/rules/support/messages';
import { findingsOf } from './rule-tester';

const ROOT = path.join(__dirname, '../../..');
const RULES_DIR = path.join(ROOT, 'src/core/rules');
/** Shared code of the rules, not rules. */
const NOT_RULES = new Set(['support']);

function ruleFiles(): { id: string; file: string }[] {
  const out: { id: string; file: string }[] = [];
  for (const family of fs.readdirSync(RULES_DIR, { withFileTypes: true })) {
    if (!family.isDirectory() || NOT_RULES.has(family.name)) continue;
    for (const f of fs.readdirSync(path.join(RULES_DIR, family.name))) {
      if (!f.endsWith('.ts') || f.endsWith('.d.ts')) continue;
      out.push({ id: `${family.name}/${f.replace(/\.ts$/, '')}`, file: path.join(RULES_DIR, family.name, f) });
    }
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

const FILES = ruleFiles();
const CJK = /[\u2e80-\u2fff\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** Every template of a tree of messages and terms, named by its path. */
function templates(tree: unknown, name: string): [string, Message][] {
  if (typeof tree !== 'object' || tree === null) return [];
  const o = tree as Record<string, unknown>;
  if (typeof o.zh === 'string' && typeof o.en === 'string') return [[name, o as unknown as Message]];
  if ('phrase' in o) return templates(o.phrase, name);
  return Object.entries(o).flatMap(([k, v]) => templates(v, `${name}.${k}`));
}

const SHARED: [string, Message][] = [
  ...templates(SUM_MESSAGES, 'SUM_MESSAGES'),
  ...templates(EQUAL_MESSAGES, 'EQUAL_MESSAGES'),
  ...templates(EXCEEDS_MESSAGE, 'EXCEEDS_MESSAGE'),
  ...templates(PHRASES, 'PHRASES'),
  ...templates(TERMS, 'TERMS'),
];

test('the rule folders hold rules (the walk finds them)', () => {
  expect(FILES.length).toBeGreaterThanOrEqual(ALL_RULES.length);
  expect(FILES.map((f) => f.id)).toContain('sum/columns');
});

describe.each(FILES)('$id', ({ id, file }) => {
  test('is in the registry (src/core/rules/index.ts), once, under the id of its path', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the rule file found by walking the folder
    const mod = require(file) as { default?: RuleDefinition };
    expect(mod.default).toBeDefined();
    expect(mod.default!.id).toBe(id);
    expect(ALL_RULES.filter((r) => r === mod.default)).toHaveLength(1);
  });

  test('has its own test file tests/core/rules/<family>/<name>.test.ts', () => {
    expect(fs.existsSync(path.join(ROOT, 'tests/core/rules', `${id}.test.ts`))).toBe(true);
  });

  test('its zh and en templates take the same placeholders; the en ones hold Chinese only inside “ ”', () => {
    const rule = ALL_RULES.find((r) => r.id === id)!;
    for (const [name, m] of [['title', rule.title] as [string, Message], ...Object.entries(rule.messages as Record<string, Message>)]) {
      expect({ id, name, en: placeholders(m.en) }).toEqual({ id, name, en: placeholders(m.zh) });
      expect({ id, name, en: m.en.replace(/“[^”]*”/g, '') }).toEqual({ id, name, en: expect.not.stringMatching(CJK) });
    }
  });
});

test('every rule in the registry has a file of its own (no rule defined elsewhere)', () => {
  expect(ALL_RULES.map((r) => r.id).sort()).toEqual(FILES.map((f) => f.id));
});

test.each(SHARED)('shared template %s: zh and en take the same placeholders; no Chinese in the en one but inside “ ”', (_name, m) => {
  expect(placeholders(m.en)).toEqual(placeholders(m.zh));
  expect(m.en.replace(/“[^”]*”/g, '')).not.toMatch(CJK);
});

test('separators of lists exist in both languages', () => {
  for (const s of Object.values(SEPARATORS)) expect(s.en).not.toMatch(CJK);
});

describe('message ids', () => {
  const rule = defineRule({
    id: 'test/ids',
    severity: 'info',
    title: { zh: '测试', en: 'test' },
    messages: { known: { zh: '已知 {x}', en: 'known {x}' } },
    check(ctx) {
      ctx.report({ messageId: 'known', at: null, data: { x: '1' } });
      // @ts-expect-error a misspelt message id does not compile
      ctx.report({ messageId: 'knwon', at: null });
    },
  });

  test('an unknown id throws under test (instead of printing the id)', () => {
    expect(() => findingsOf(rule, { grid: { sheets: [] } })).toThrow(/unknown messageId "knwon"/);
  });

  test('outside tests an unknown id renders as the id', () => {
    const saved = process.env.JEST_WORKER_ID;
    delete process.env.JEST_WORKER_ID;
    try {
      const { zh } = findingsOf(rule, { grid: { sheets: [] } });
      expect(zh.map((f) => f.message)).toEqual(['已知 1', 'knwon']);
    } finally {
      process.env.JEST_WORKER_ID = saved;
    }
  });
});
