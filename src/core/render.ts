/**
 * The one placeholder renderer of the core: `{name}` in a template is replaced by data. Rules, i18n (and, once
 * switched, the narrative) use it; a rule never assembles wording itself.
 *
 * A value may be a plain string (the workbook's own words: a title, a row name, a header as printed; a code; a cell
 * address; an amount) or a phrase: a zh/en template with data of its own (“合计行” / “total row”, “{table} {row}·{column}”),
 * rendered in the finding's language. Lists join their items the language's way (“、” / “, ”).
 */

/** A text in both languages (zh-CN first, en-US beside it). */
export interface Message {
  zh: string;
  en: string;
}

export type Lang = 'zh' | 'en';

/** A piece of wording assembled by a template: the template in both languages and the data it takes. */
export interface Phrase {
  readonly phrase: Message;
  readonly data?: Readonly<Record<string, Value>>;
}

/** Items joined by a separator of each language. */
export interface List {
  readonly list: readonly Value[];
  readonly sep: Message;
}

/** What a placeholder stands for: the workbook's words (a string), a number, a phrase or a list of values. */
export type Value = string | number | Phrase | List;

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Replaces `{name}` with `data[name]`. A placeholder without data stays as written (`missing: 'keep'`, the rules' and
 * the narrative's way, so a forgotten value shows) or becomes empty (`missing: 'empty'`, the UI strings' way).
 */
export function renderTemplate(template: string, data: Readonly<Record<string, string | number>>, missing: 'keep' | 'empty' = 'keep'): string {
  return template.replace(PLACEHOLDER, (m, k: string) => {
    const v = Object.prototype.hasOwnProperty.call(data, k) ? data[k] : undefined;
    if (v === undefined || v === null) return missing === 'keep' ? m : '';
    return String(v);
  });
}

export function isPhrase(v: unknown): v is Phrase {
  return typeof v === 'object' && v !== null && 'phrase' in v;
}

export function isList(v: unknown): v is List {
  return typeof v === 'object' && v !== null && 'list' in v;
}

/** A value in one language: strings and numbers as they are, phrases and lists rendered. */
export function renderValue(v: Value, lang: Lang): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (isList(v)) return v.list.map((x) => renderValue(x, lang)).join(v.sep[lang]);
  return renderTemplate(v.phrase[lang], renderData(v.data ?? {}, lang));
}

/** Every value of a data record rendered in one language. */
export function renderData(data: Readonly<Record<string, Value>>, lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of Object.keys(data)) out[k] = renderValue(data[k], lang);
  return out;
}

/** A phrase (template + data). */
export function phrase(template: Message, data?: Record<string, Value>): Phrase {
  return data ? { phrase: template, data } : { phrase: template };
}

/** A fixed wording of each language (a term: 合计行 / total row). */
export function term(zh: string, en: string): Phrase {
  return { phrase: { zh, en } };
}

/** Items joined the language's way; `sep` defaults to 、 / ", ". */
export function list(items: readonly Value[], sep: Message = { zh: '、', en: ', ' }): List {
  return { list: items, sep };
}

/** The placeholder names of a template, sorted and without repeats (for checking that zh and en agree). */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]))].sort();
}

/** The language of a locale ('en-US' → en, anything else → zh). */
export function langOf(locale: string | undefined): Lang {
  return locale === 'en-US' ? 'en' : 'zh';
}
