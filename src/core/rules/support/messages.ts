/** Message templates shared by the sum and cross-table rules (zh-CN first, en-US beside it). */
import type { Message } from '../rule';

export const SUM_MESSAGES: Record<string, Message> = {
  mismatch: {
    zh: '{subject}为 {actual}，{parts}合计为 {expected}，相差 {difference}',
    en: '{subject} is {actual} but {parts} add up to {expected}: a difference of {difference}',
  },
  rounding: {
    zh: '{subject}为 {actual}，{parts}合计为 {expected}，相差 {difference}，在舍位误差范围（±{tolerance}）内，属尾差；建议舍位平衡：{fix}',
    en: '{subject} is {actual}, {parts} add up to {expected}: a rounding difference (尾差) of {difference} within ±{tolerance}; balance it (舍位平衡): {fix}',
  },
  blank: {
    zh: '{subject}为空，但{parts}合计为 {expected}：空白不等于 0，合计数应填写',
    en: '{subject} is blank while {parts} add up to {expected}: a blank is not 0, the total must be filled in',
  },
};

export const EQUAL_MESSAGES: Record<string, Message> = {
  mismatch: {
    zh: '{subject}为 {actual}，与{reference}（{refCell}）的 {expected} 不一致，相差 {difference}{unit}',
    en: '{subject} is {actual} but {reference} ({refCell}) is {expected}: a difference of {difference}{unit}',
  },
  unitSuspect: {
    zh: '{subject}为 {actual}，{reference}（{refCell}）为 {expected}：两者正好相差一万倍，疑似其中一张表的金额单位（元/万元）标注或填写有误',
    en: '{subject} is {actual} and {reference} ({refCell}) is {expected}: exactly 10,000 times apart — one table is probably in 元 while labelled 万元 (or the reverse)',
  },
  rounding: {
    zh: '{subject}为 {actual}，与{reference}（{refCell}）的 {expected} 相差 {difference}{unit}，属尾差；请舍位平衡使两表一致',
    en: '{subject} is {actual}, {reference} ({refCell}) is {expected}: a rounding difference (尾差) of {difference}{unit}; balance the two tables',
  },
};

/** A part that may not exceed its whole (support/amounts compareNotAbove). */
export const EXCEEDS_MESSAGE: Record<string, Message> = {
  exceeds: {
    zh: '{subject}为 {actual}，超过{reference}（{refCell}）的 {expected}：一般公共预算部分不应大于全部支出',
    en: '{subject} is {actual}, more than {reference} ({refCell}) at {expected}: the general-budget part cannot exceed the whole',
  },
};
