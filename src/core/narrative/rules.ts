/**
 * The narrative/* rules as metadata (id, default severity, title, messages) — for rule lists such as SARIF's
 * tool.driver.rules. They are not table rules: checkNarrative runs them on a text; audit() never does.
 * Each rule is one module in rules/<id>.ts; this list is derived from them (rules/all.ts).
 */
import type { Severity } from '../report';
import type { Message } from '../rules/rule';
import { NARRATIVE_RULE_MODULES } from './rules/all';

export interface RuleMeta {
  id: string;
  severity: Severity;
  title: Message;
  messages: Record<string, Message>;
}

export const NARRATIVE_RULES: RuleMeta[] = NARRATIVE_RULE_MODULES.map(({ id, severity, title, messages }) => ({ id, severity, title, messages }));
