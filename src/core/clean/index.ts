// The cleanup toolkit: pure transforms over plain text, the pipeline that runs them, and
// the functions that apply them to an article without touching its provenance spans.
export type { CleanReport, Transform, TransformId } from './types';
export { joinBrokenLines } from './transforms/joinBrokenLines';
export { cjkSpaces } from './transforms/cjkSpaces';
export { cjkPunctuation } from './transforms/cjkPunctuation';
export { continuationMarks } from './transforms/continuationMarks';
export { TRANSFORMS, cleanText, type CleanOptions } from './pipeline';
export { applyRules, parseRuleSet, ruleError, ruleTransform, serializeRuleSet, type UserRule } from './rules';
export { applyTransform, applyTransforms, changedFields, type FieldReport } from './content';
export { extractParts } from './extract';
export { cleanContent } from './cleanContent';
