export { charDiff } from './charDiff';
export type { CharDiffOptions, DiffChunk, DiffOp } from './charDiff';
export { codePointLength, codePoints } from './codepoints';
export { compareTexts, sumFigures } from './figures';
export type { ReviewFigures } from './figures';
export { graphemes } from './graphemes';
export { articleFigures, correctedTextOf, rawTextOf } from './article';
