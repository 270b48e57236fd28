// Corpus-wide find and replace (the concordance): see find.ts.
export { compileQuery, expandReplacement, type CompiledQuery, type FindQuery } from './query';
export {
  findAll,
  hitId,
  replaceHits,
  type FindOptions,
  type FindResult,
  type FindTarget,
  type Hit,
  type Replaced,
} from './find';
export { applyReplacements, articleTargets, fieldKey, type FieldAddress } from './articles';
