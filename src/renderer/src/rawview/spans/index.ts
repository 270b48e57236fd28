import type { Extension } from '@codemirror/state';
import { spanField } from './spanField';
import { spanTheme } from './theme';

export { paintOf, hueOf } from './paint';
export type { SpanPaint } from './paint';
export { setSpanPaint, spanField, ownerAt } from './spanField';

/** The raw view's article spans: decorations and their look (clicks on them: ../events.ts). */
export function spanDecorations(): Extension[] {
  return [spanField, spanTheme];
}
