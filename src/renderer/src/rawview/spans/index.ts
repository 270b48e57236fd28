import type { Extension } from '@codemirror/state';
import { spanField } from './spanField';
import { spanPick } from './spanPick';
import { spanTheme } from './theme';

export { paintOf, hueOf } from './paint';
export type { SpanPaint, PaintedField } from './paint';
export { setSpanPaint, spanField, ownerAt, buildDecorations } from './spanField';
export type { SpanOwner } from './spanField';
export { SPAN_PICK_EVENT } from './spanPick';
export type { SpanPickEvent } from './spanPick';

/** The raw view's article spans: decorations, their look, and clicks on them. */
export function spanDecorations(): Extension[] {
  return [spanField, spanTheme, spanPick];
}
