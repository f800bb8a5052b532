/** Text normalisation shared by recognition and rules. */

const FW_MAP: Record<string, string> = {
  '（': '(',
  '）': ')',
  '［': '[',
  '］': ']',
  '【': '[',
  '】': ']',
  '：': ':',
  '，': ',',
  '．': '.',
  '－': '-',
  '—': '-',
  '–': '-',
  '／': '/',
  '、': '、',
};

/** Full-width digits, letters and brackets → half-width. */
const NEEDS_HALF = /[\uff00-\uffef\u3000\u2013\u2014\u3010\u3011]/;

export function halfWidth(s: string): string {
  if (!NEEDS_HALF.test(s)) return s;
  let out = '';
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    if (FW_MAP[ch] !== undefined) out += FW_MAP[ch];
    else if (code >= 0xff10 && code <= 0xff19) out += String.fromCharCode(code - 0xfee0);
    else if (code >= 0xff21 && code <= 0xff5a) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else out += ch;
  }
  return out;
}

/** Removes every kind of whitespace (Chinese labels are often spaced out: "收 入 总 计"). */
export function squash(s: string): string {
  return s.replace(/[\s\u00a0\u2009\u202f\u3000]+/g, '');
}

/** Half-width, no whitespace, no quotes: the form labels are compared in. */
export function norm(s: string): string {
  return squash(halfWidth(s)).replace(/[“”"'‘’「」『』]/g, '');
}

const CN_NUM = '[一二三四五六七八九十廿卅百]+';
const NUMBERING = new RegExp(`^(?:\\(${CN_NUM}\\)|${CN_NUM}[、.,]|\\(\\d+\\)|\\d+[、.](?!\\d)|[①-⑳])`);

/** "十一、交通运输支出" / "(十一) 交通运输支出" / "1.工资" → the name without its numbering; also drops 其中: */
export function stripNumbering(label: string): string {
  let s = norm(label);
  for (let i = 0; i < 2; i++) {
    const m = NUMBERING.exec(s);
    if (m) s = s.slice(m[0].length);
  }
  s = s.replace(/^其中[:]?/, '');
  return s;
}

/** The numbering printed before a label, e.g. "(一)" or "一、" ('' when none). */
export function numberingOf(label: string): string {
  const m = NUMBERING.exec(norm(label));
  return m ? m[0] : '';
}

/** A classification or unit code: digits only after removing spaces and full-width forms; null otherwise. */
export function parseCode(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isInteger(v) && v >= 0 ? String(v) : null;
  const s = squash(halfWidth(String(v)));
  return /^\d{2,12}$/.test(s) ? s : null;
}

/** "208 社会保障和就业支出" → { code: '208', name: '社会保障和就业支出' } when a name cell carries its code. */
export function splitCodeName(text: string): { code: string; name: string } | null {
  const m = /^\s*([0-9０-９]{3,7})[\s\u3000]*[-—、.]?\s*([^\d\s].*)$/.exec(text);
  if (!m) return null;
  return { code: halfWidth(m[1]), name: m[2].trim() };
}

export const TOTAL_NAMES = /^(合计|总计|合\s*计|总\s*计|本表合计)$/;

export function isTotalLabel(s: string): boolean {
  // Most labels (names of 科目, units, projects) cannot be a total: skip the normalisation for them.
  if (s === '' || (!s.includes('计') && !s.includes('計'))) return false;
  return TOTAL_NAMES.test(norm(s));
}

/** A line printed under a table that explains it (注：…, 本表…, a 空表说明) — never a line of figures. */
const NOTE_START = /^(注|备注|说明|填报说明|注释|本表|此表|空表说明)/;
/** A 空表说明 however it starts (本部门无…, 我单位…未安排…, XX局2026年无政府性基金预算拨款…, 此表为空表). */
const EMPTY_NOTE = /空表|(无|未安排|没有|不涉及).{0,16}(预算|收支|经费|支出|拨款|收入)/;

/**
 * Whether a row's text is a note. `alone`: the text is the row's only non-empty cell (a 空表说明 can then start any
 * way, as long as it is a sentence, not a 科目 name).
 */
export function isNoteText(text: string, alone: boolean): boolean {
  const t = norm(text);
  if (isTotalLabel(text)) return false;
  if (NOTE_START.test(t) || /^(本|我)(单位|部门)/.test(t)) return true;
  return alone && t.length >= 8 && EMPTY_NOTE.test(t) && !/^\d/.test(t);
}
