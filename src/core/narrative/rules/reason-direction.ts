/**
 * narrative/reason-direction: the reason given for a change explains a change that way. “比上年减少 2 万元，主要原因
 * 是新增办公设备购置” explains an increase: the direction or the reason is wrong (the reason copied from the line above,
 * the direction not updated). Conservative, a warning: only when the reason names a change of the opposite sense and
 * nothing of the stated sense — “减少的主要原因是上年一次性项目本年不再安排”, “增加……主要原因是压减 10%，……增加 200 万元，
 * 增减相抵后增加” and a reason that speaks of last year (a base effect) are left alone.
 */
import { defineNarrativeRule, pick } from '../rule';

/** Where a reason starts: “主要原因是”, “原因为”, “主要原因：”, “主要原因按规定…”, not “原因如下” (the reasons follow). */
const REASON = /原因(?!如下|分析|说明)(?:主要)?(?:是|为|在于|系)?[：:]?/g;
/** The direction a change is stated with, the last one before its reason. */
const STATED = /增加|减少|增长|下降|上升|降低|提高|持平|无变化|一致|相同/g;
const UP_STATED = /增加|增长|上升|提高/;
const DOWN_STATED = /减少|下降|降低/;
/** How far before its reason the stated direction may be (a sentence or two). */
const NEAR = 150;

/** Words of an increase in a reason, and of a decrease: only clear ones (not “提高”: “提高资金使用效率” explains a decrease). */
const REASON_UP = /增加|增长|上升|新增|增设|调增|上调|增多/;
const REASON_DOWN = /减少|下降|降低|压减|缩减|核减|调减|削减|压缩|下调/;
/**
 * A reason that says anything of the stated sense, or of last year or another period (a base effect: “上年一次性项目
 * 本年不再安排”), a change of funding (“自有资金减少，由财政拨款弥补”), or a negation, explains the change well enough:
 * nothing is said. Broad on purpose.
 */
const EXPLAINS_DOWN =
  /减|降|压|缩|取消|不再|节约|节省|精简|撤|到期|完成|结束|退休|调出|转出|划出|划转|剥离|一次性|上年|去年|以前年度|往年|未|不|没有|无|少|停|免/;
const EXPLAINS_UP =
  /增|提高|提升|提标|上升|上涨|扩大|追加|加大|新|多|调整|上年|去年|以前年度|往年|一次性|结转|结余|弥补|补|替代|抵|改由|转由|来源|未|不|没有|无/;

/** The reason: up to the end of its sentence (a “；” ends it too, unless the reason is a list “一是…；二是…”). */
function reasonAt(text: string, from: number): string {
  let end = text.length;
  const stop = /[。！？!?]|原因/g;
  stop.lastIndex = from;
  const m = stop.exec(text);
  if (m) end = m.index;
  const r = text.slice(from, end);
  if (/^[\s：:]*(?:一是|其一|首先|第一|[（(]?[1１一][）)]|①)/.test(r)) return r;
  const semi = r.search(/[；;]/);
  return semi >= 0 ? r.slice(0, semi) : r;
}

const shorten = (s: string) => {
  const t = s.replace(/^[\s：:，,]+/, '').trim();
  return t.length > 30 ? t.slice(0, 30) + '…' : t;
};

export default defineNarrativeRule({
  id: 'narrative/reason-direction',
  severity: 'warning',
  category: 'mismatch',
  title: { zh: '增减原因与增减方向一致', en: 'The reason for a change explains a change that way' },
  messages: pick('reasonDirection'),
  check(p, _ctx, report) {
    const text = p.text;
    let prevEnd = 0;
    let pos = 0;
    for (const m of text.matchAll(REASON)) {
      const at = m.index!;
      const start = at + m[0].length;
      const segment = text.slice(Math.max(prevEnd, at - NEAR), at);
      const reason = reasonAt(text, start);
      prevEnd = start + reason.length;
      pos++;
      let last: RegExpMatchArray | undefined;
      for (const s of segment.matchAll(STATED)) last = s;
      if (!last) continue;
      const word = last[0];
      // “增加（减少）”, “增长（减少）”: the template's choice left undecided (narrative/leftover).
      const around = segment.slice(Math.max(0, last.index! - 1), last.index! + word.length + 1);
      if (/^[（(]|[（(]$/.test(around)) continue;
      let opposite: RegExpExecArray | null = null;
      if (DOWN_STATED.test(word)) opposite = EXPLAINS_DOWN.test(reason) ? null : REASON_UP.exec(reason);
      else if (UP_STATED.test(word)) opposite = EXPLAINS_UP.test(reason) ? null : REASON_DOWN.exec(reason);
      if (!opposite) continue;
      report({
        messageId: 'reasonDirection',
        data: { word, reason: shorten(reason), reasonWord: opposite[0] },
        stage: 'clauses',
        pos: 100_000 + pos,
      });
    }
  },
});
