export { charDiff } from './charDiff';
export type { DiffChunk } from './charDiff';
export { compareTexts, sumFigures } from './figures';
export type { ReviewFigures } from './figures';
export { articleFigures, correctedTextOf, rawTextOf } from './article';
