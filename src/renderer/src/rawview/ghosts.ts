// Suggested articles in the raw view: a faint dashed outline over the free raw text each
// suggestion would take, so the archivist sees the proposal before accepting it. Kept in
// its own StateField, apart from the article spans, and replaced whole on every change.

import { RangeSetBuilder, StateEffect, StateField } from '@codemirror/state';
import type { Extension } from '@codemirror/state';
import { Decoration, EditorView } from '@codemirror/view';
import type { DecorationSet } from '@codemirror/view';
import type { Span } from '../../../core/model';

/** Plain data: the suggestion feature describes it, the raw view control paints it. */
export interface GhostPaint {
  /** One entry per shown suggestion: its key and the free spans it would take. */
  ghosts: { key: string; spans: readonly Span[] }[];
  /** The suggestion the pointer or keyboard is on: drawn stronger. */
  focus?: string | undefined;
}

export const setGhostPaint = StateEffect.define<GhostPaint>();

function build(paint: GhostPaint, docLength: number): DecorationSet {
  const marks: { from: number; to: number; deco: Decoration }[] = [];
  for (const g of paint.ghosts) {
    const deco = Decoration.mark({
      class: g.key === paint.focus ? 'cm-ghost cm-ghost-focus' : 'cm-ghost',
      attributes: { 'data-suggestion': g.key },
    });
    for (const s of g.spans) {
      const from = Math.max(0, Math.min(s.start, docLength));
      const to = Math.max(0, Math.min(s.end, docLength));
      if (to > from) marks.push({ from, to, deco });
    }
  }
  marks.sort((a, b) => a.from - b.from || a.to - b.to);
  const builder = new RangeSetBuilder<Decoration>();
  for (const m of marks) builder.add(m.from, m.to, m.deco);
  return builder.finish();
}

export const ghostField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(value, tr) {
    for (const e of tr.effects) if (e.is(setGhostPaint)) return build(e.value, tr.state.doc.length);
    return value.map(tr.changes);
  },
  provide: (f) => EditorView.decorations.from(f),
});

const ghostTheme = EditorView.baseTheme({
  '.cm-ghost': {
    backgroundColor: 'rgba(120, 110, 90, 0.07)',
    borderBottom: '1.5px dashed rgba(110, 100, 80, 0.5)',
  },
  '.cm-ghost-focus': {
    backgroundColor: 'rgba(47, 93, 124, 0.13)',
    borderBottomColor: 'rgba(47, 93, 124, 0.9)',
  },
});

/** The raw view's suggestion outlines. */
export function ghostDecorations(): Extension[] {
  return [ghostField, ghostTheme];
}
