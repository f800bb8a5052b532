/**
 * The narrative/* rules as metadata (id, default severity, title, messages) — for rule lists such as SARIF's
 * tool.driver.rules. They are not table rules: checkNarrative runs them on a text; audit() never does.
 */
import type { Severity } from '../report';
import type { Message } from '../rules/rule';
import { NARRATIVE_MESSAGES } from './templates';

export interface RuleMeta {
  id: string;
  severity: Severity;
  title: Message;
  messages: Record<string, Message>;
}

const pick = (...ids: string[]): Record<string, Message> => Object.fromEntries(ids.map((id) => [id, NARRATIVE_MESSAGES[id]]));

export const NARRATIVE_RULES: RuleMeta[] = [
  { id: 'narrative/amount-mismatch', severity: 'error', title: { zh: '说明中的金额与附表一致', en: 'Amounts in the explanation match the tables' }, messages: pick('amountMismatch') },
  { id: 'narrative/change-mismatch', severity: 'error', title: { zh: '增减额等于本年数减上年数', en: 'A change equals this year minus last year' }, messages: pick('changeMismatch') },
  { id: 'narrative/direction', severity: 'error', title: { zh: '增加/减少/持平与增减方向一致', en: 'Increase/decrease/unchanged follows the sign of the change' }, messages: pick('directionMismatch') },
  { id: 'narrative/percent', severity: 'error', title: { zh: '增减幅度按增减额÷上年数计算', en: 'A percentage change is the change divided by last year' }, messages: pick('percentMismatch') },
  { id: 'narrative/share', severity: 'error', title: { zh: '占预算总额的比例按金额÷预算总额计算', en: 'A share of the budget is the amount divided by the total' }, messages: pick('shareMismatch') },
  { id: 'narrative/year', severity: 'error', title: { zh: '说明中的年度为本预算年度', en: 'Years in the explanation are the budget year' }, messages: pick('yearMismatch') },
  { id: 'narrative/name', severity: 'warning', title: { zh: '名称与附表一致，用“其他”不用“其它”', en: 'Names match the tables; 其他, not 其它' }, messages: pick('nameMismatch', 'otherVariant', 'termVariant') },
  { id: 'narrative/item-name', severity: 'error', title: { zh: '“类/款/项”科目的名称与表中该编码的名称一致', en: 'The class/section/item names of a listed 科目 are those of its code in the tables' }, messages: pick('itemName') },
  { id: 'narrative/item-unknown', severity: 'warning', title: { zh: '说明列出的“类/款/项”科目在表中存在', en: 'A listed class/section/item exists in the tables' }, messages: pick('itemUnknown') },
  { id: 'narrative/parts-sum', severity: 'error', title: { zh: '“其中”所列各项之和等于总数', en: 'The parts listed after 其中 add up to the total' }, messages: pick('partsSum') },
  { id: 'narrative/leftover', severity: 'error', title: { zh: '没有未完成的文字（XX、待填写、【请填写】）', en: 'No unfinished text (XX, 待填写, 【请填写】)' }, messages: pick('leftover') },
  { id: 'narrative/doubled', severity: 'warning', title: { zh: '没有重复的词语', en: 'No doubled words' }, messages: pick('doubled') },
  { id: 'narrative/zero-increase', severity: 'error', title: { zh: '金额为 0 时不写“增加”', en: 'A zero amount does not increase' }, messages: pick('zeroIncrease') },
];
