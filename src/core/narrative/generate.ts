/**
 * generateExplanation: the 编制说明 written from the typed tables and last year's facts, in the wording of the
 * workbook's layout (generators/<layout>.ts, one function per section). What the tables and the facts do not give
 * stays a visible 【请填写：…】 placeholder; nothing is invented.
 */
import { detectLayout, layoutById } from '../layouts';
import type { Table } from '../tables/types';
import { generateShanghai } from './generators/shanghai';
import { generateXianning } from './generators/xianning';
import type { PriorFacts } from './prior';
import type { Explanation, GenerateOptions } from './types';

export type { Explanation, ExplanationSection, GenerateOptions } from './types';

export function generateExplanation(tables: Table[], prior: PriorFacts, opts: GenerateOptions = {}): Explanation {
  const profile = (opts.layout ? layoutById(opts.layout) : undefined) ?? detectLayout(tables.map((t) => t.title)).profile;
  return profile.explanation === 'shanghai' ? generateShanghai(tables, prior, opts) : generateXianning(tables, prior, opts);
}
