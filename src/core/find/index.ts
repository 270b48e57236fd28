// Corpus-wide find and replace (the concordance): see find.ts.
export { compileQuery, type FindQuery } from './query';
export { findAll, hitId, replaceHits, type FindTarget } from './find';
export { applyReplacements, articleTargets, type FieldAddress } from './articles';
