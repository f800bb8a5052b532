/**
 * The narrative rule set's own contract, checked instead of kept by discipline (as tests/core/rules/contract.test.ts
 * does for the table rules): every rule file under src/core/narrative/rules/ (all.ts is the registry) is in
 * NARRATIVE_RULE_MODULES once, its id is `narrative/<file name>`, it has its own test file
 * tests/narrative/rules/<file name>.test.ts, every message id it names is in NARRATIVE_MESSAGES and among its
 * messages, its zh and en templates take the same placeholders (but for the en stand-ins below), and its English
 * wording holds Chinese only inside quotes (“…” or "…": the text's or the tables' own words).
 */
import fs from 'fs';
import path from 'path';
import { placeholders, type Message } from '../../src/core/render';
import { NARRATIVE_MESSAGES } from '../../src/core/narrative/messages';
import type { NarrativeRule } from '../../src/core/narrative/rule';
import { NARRATIVE_RULE_MODULES } from '../../src/core/narrative/rules/all';

const ROOT = path.join(__dirname, '../..');
const RULES_DIR = path.join(ROOT, 'src/core/narrative/rules');
/** The registry, not a rule. */
const NOT_RULES = new Set(['all']);

function ruleFiles(): { name: string; file: string }[] {
  return fs
    .readdirSync(RULES_DIR)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !NOT_RULES.has(f.replace(/\.ts$/, '')))
    .map((f) => ({ name: f.replace(/\.ts$/, ''), file: path.join(RULES_DIR, f) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

const FILES = ruleFiles();
const CJK = /[\u2e80-\u2fff\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;
/** English wording without what it quotes. */
const unquoted = (en: string) => en.replace(/“[^”]*”/g, '').replace(/"[^"]*"/g, '');

/**
 * Placeholders only the en template takes, each the English of a zh one: checkNarrative adds subjectEn (SUBJECT_EN of
 * the subject); narrative/leftover gives itemsEn (its list joined the English way); items.ts gives levelEn (class,
 * section, item for 类, 款, 项). An en template may name the zh key beside its stand-in ("the {levelEn} ({level})").
 */
const EN_STAND_INS: Record<string, string> = { subjectEn: 'subject', itemsEn: 'items', levelEn: 'level' };
/**
 * Placeholders only the zh template takes, by message: the Chinese words of a direction (增加/减少, 高于/低于/等于),
 * which the en text says by its figures ("this year 5 − last year 8 gives −3", "this year 5 vs last year 8").
 */
const ZH_ONLY: Record<string, string[]> = {
  changeMismatch: ['dirText', 'expectedDir'],
  directionMismatch: ['relation'],
  itemPercent: ['word'],
  itemChange: ['word'],
  changeExceeds: ['unit'],
  changeExceedsCopied: ['unit'],
};

/** The placeholders of a message as the zh template names them: en stand-ins as their zh key, zh-only keys left out. */
function comparable(id: string, m: Message): { zh: string[]; en: string[] } {
  const zhOnly = new Set(ZH_ONLY[id] ?? []);
  const zh = placeholders(m.zh).filter((k) => !zhOnly.has(k));
  const en = [...new Set(placeholders(m.en).map((k) => EN_STAND_INS[k] ?? k))].sort();
  return { zh, en };
}

/**
 * English wording with Chinese outside quotes today, by `<rule id> <template>` (a term of the tables written bare:
 * 其他, 科目, 其中, 万元). The list may only shrink: a test below fails when one of them is fixed and still listed.
 */
const KNOWN_CHINESE_IN_EN = new Set<string>([]);

/** The message ids a rule's source names as literals: `messageId: 'x'`, `messageId: c ? 'x' : 'y'`. */
function messageIdsInSource(file: string): string[] {
  const src = fs.readFileSync(file, 'utf8');
  const ids = new Set<string>();
  for (const m of src.matchAll(/messageId:\s*([^,}\n]+)/g)) for (const q of m[1].matchAll(/'(\w+)'/g)) ids.add(q[1]);
  return [...ids].sort();
}

function load(file: string): NarrativeRule | undefined {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the rule file found by walking the folder
  return (require(file) as { default?: NarrativeRule }).default;
}

const templatesOf = (rule: NarrativeRule): [string, Message][] => [['title', rule.title], ...Object.entries(rule.messages)];

test('the rule folder holds the rules (the walk finds them)', () => {
  expect(FILES.length).toBeGreaterThanOrEqual(19);
  expect(FILES.map((f) => f.name)).toEqual(expect.arrayContaining(['year', 'leftover', 'percent-figures']));
});

describe.each(FILES)('narrative/$name', ({ name, file }) => {
  test('is in NARRATIVE_RULE_MODULES (rules/all.ts), once, under the id narrative/<file name>', () => {
    const rule = load(file);
    expect(rule).toBeDefined();
    expect(rule!.id).toBe(`narrative/${name}`);
    expect(NARRATIVE_RULE_MODULES.filter((r) => r === rule)).toHaveLength(1);
  });

  test('has its own test file tests/narrative/rules/<file name>.test.ts', () => {
    expect({ name, exists: fs.existsSync(path.join(ROOT, 'tests/narrative/rules', `${name}.test.ts`)) }).toEqual({ name, exists: true });
  });

  test('every message id it names is in NARRATIVE_MESSAGES and among its messages', () => {
    const rule = load(file)!;
    const ids = Object.keys(rule.messages);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      expect({ id, inMessages: id in NARRATIVE_MESSAGES }).toEqual({ id, inMessages: true });
      expect({ id, message: rule.messages[id] }).toEqual({ id, message: (NARRATIVE_MESSAGES as Record<string, unknown>)[id] });
    }
    for (const id of messageIdsInSource(file)) expect({ id, known: ids.includes(id) }).toEqual({ id, known: true });
  });

  test('its zh and en templates take the same placeholders (en stand-ins: subjectEn, itemsEn, levelEn)', () => {
    const rule = load(file)!;
    for (const [id, m] of templatesOf(rule)) {
      const { zh, en } = comparable(id, m);
      expect({ rule: rule.id, id, en }).toEqual({ rule: rule.id, id, en: zh });
    }
  });

  test('its English wording holds Chinese only inside quotes', () => {
    const rule = load(file)!;
    for (const [id, m] of templatesOf(rule)) {
      if (KNOWN_CHINESE_IN_EN.has(`${rule.id} ${id}`)) continue;
      expect({ rule: rule.id, id, en: unquoted(m.en) }).toEqual({ rule: rule.id, id, en: expect.not.stringMatching(CJK) });
    }
  });
});

test('every rule in NARRATIVE_RULE_MODULES has a file of its own (no rule defined elsewhere)', () => {
  expect(NARRATIVE_RULE_MODULES.map((r) => r.id).sort()).toEqual(FILES.map((f) => `narrative/${f.name}`));
});

test('the known English wordings with Chinese outside quotes still are (remove one from the list once fixed)', () => {
  const all = new Map<string, string>(NARRATIVE_RULE_MODULES.flatMap((r) => templatesOf(r).map(([id, m]) => [`${r.id} ${id}`, m.en] as const)));
  for (const k of KNOWN_CHINESE_IN_EN) expect({ k, chinese: CJK.test(unquoted(all.get(k) ?? '')) }).toEqual({ k, chinese: true });
});

describe('the contract’s own checks can fail', () => {
  test('a zh placeholder missing from the en template is a difference', () => {
    const { zh, en } = comparable('x', { zh: '{a} 与 {b}', en: '{a}' });
    expect(en).not.toEqual(zh);
  });
  test('an en stand-in counts as its zh key; a zh-only key is left out only for its message', () => {
    expect(comparable('x', { zh: '{subject} {items}', en: '{subjectEn} {itemsEn}' })).toEqual({ zh: ['items', 'subject'], en: ['items', 'subject'] });
    expect(comparable('changeMismatch', { zh: '{dirText} {a}', en: '{a}' })).toEqual({ zh: ['a'], en: ['a'] });
    expect(comparable('x', { zh: '{dirText} {a}', en: '{a}' }).zh).toEqual(['a', 'dirText']);
  });
  test('Chinese inside quotes is allowed, outside is not', () => {
    expect(unquoted('Template text: "{x}" and “其他”')).not.toMatch(CJK);
    expect(unquoted('official names use 其他')).toMatch(CJK);
  });
  test('message ids are read from the rule source, ternaries included', () => {
    expect(messageIdsInSource(path.join(RULES_DIR, 'compare-year.ts'))).toEqual(['compareSelf', 'compareYear', 'compareYearBare']);
    expect(messageIdsInSource(path.join(RULES_DIR, 'leftover.ts'))).toEqual(['leftover', 'templateText']);
  });
});
