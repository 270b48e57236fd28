// The cleanup toolkit: pure transforms over plain text, the pipeline that runs them, and
// the functions that apply them to an article without touching its provenance spans.
export type { CleanReport, Transform, TransformId, TransformResult } from './types';
export { joinedParagraphs, joinLines, splitParagraphs } from './joinLines';
export { continuesAcross, joinColumnJumps, joinParagraphJumps } from './columnJump';
export { joinBrokenLines } from './transforms/joinBrokenLines';
export { cjkSpaces, removeCjkSpaces } from './transforms/cjkSpaces';
export { cjkPunctuation, fixCjkPunctuation } from './transforms/cjkPunctuation';
export { continuationMarks, removeContinuationMarks } from './transforms/continuationMarks';
export {
  TRANSFORMS,
  cleanText,
  pipeline,
  runTransforms,
  type CleanOptions,
  type CleanResult,
} from './pipeline';
export {
  RULE_SET_FORMAT,
  RULE_SET_VERSION,
  applyRules,
  parseRuleSet,
  ruleError,
  ruleRegExp,
  ruleTransform,
  serializeRuleSet,
  type RuleSetResult,
  type UserRule,
} from './rules';
export {
  applyTransform,
  applyTransforms,
  changedFields,
  type ContentResult,
  type FieldChange,
  type FieldReport,
} from './content';
export {
  extractByline,
  extractCaptions,
  extractDateline,
  extractParts,
  joinJumpedParagraphs,
  moveContinuationMarks,
} from './extract';
export { cleanContent } from './cleanContent';
export { cutSpans, mergeFields, rawPositionAt, splitField, trimSpans } from './align';
