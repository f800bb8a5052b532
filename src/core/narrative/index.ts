/** The 编制说明: generate it from the tables and last year's facts, and check an existing one against them. */
export { generateExplanation } from './generate';
export type { Explanation, ExplanationSection, GenerateOptions, SectionId } from './types';
export {
  PRIOR_FIELDS,
  PRIOR_SHEET_NAME,
  PriorFactsError,
  emptyPriorFacts,
  priorFactsFromGrid,
  priorFactsFromJson,
  priorFactsToJson,
  priorSheetTemplate,
} from './prior';
export type { PriorFacts, PriorField, PriorProblem, PriorAmountKey, PriorTextKey } from './prior';
export { budgetYearOf, currentFacts, fmtPct, fmtWan } from './facts';
export type { CurrentFacts } from './facts';
export { checkNarrative } from './check';
export type { CheckOptions, NarrativeInput } from './check';
export { countPlaceholders, explanationParagraphs, paragraphsOfText, PLACEHOLDER_PATTERN } from './text';
export type { TextParagraph } from './text';
export { NARRATIVE_RULES } from './rules';
export type { RuleMeta } from './rules';
