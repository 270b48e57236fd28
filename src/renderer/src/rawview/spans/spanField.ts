// The raw view's span decorations: a StateField of marks, replaced through a StateEffect
// whenever the page's articles change. The raw text never changes, so the marks are never
// mapped through edits; each paint replaces the whole set (a page holds a few hundred).

import { RangeSetBuilder, StateEffect, StateField } from '@codemirror/state';
import type { Range } from '@codemirror/state';
import { Decoration, EditorView } from '@codemirror/view';
import type { DecorationSet } from '@codemirror/view';
import type { FieldRef } from '../../../../core/model';
import type { SpanPaint } from './paint';
import { fieldClass, hueOf } from './paint';

export const setSpanPaint = StateEffect.define<SpanPaint>();

/** What a mark stands for: read back when the archivist clicks assigned raw text. */
export interface SpanOwner {
  articleId?: string;
  field?: FieldRef;
  furniture?: true;
}

function sameField(a: FieldRef | undefined, b: FieldRef): boolean {
  return !!a && a.kind === b.kind && ('index' in a ? 'index' in b && a.index === b.index : !('index' in b));
}

export function buildDecorations(paint: SpanPaint, docLength: number): DecorationSet {
  const marks: Range<Decoration>[] = [];
  const clip = (n: number) => Math.max(0, Math.min(n, docLength));
  for (const s of paint.furniture) {
    if (clip(s.end) > clip(s.start)) {
      marks.push(
        Decoration.mark({ class: 'cm-span-furniture', owner: { furniture: true } satisfies SpanOwner }).range(
          clip(s.start),
          clip(s.end),
        ),
      );
    }
  }
  for (const f of paint.fields) {
    const inArticle = paint.focus?.articleId === f.articleId;
    const focused = inArticle && sameField(paint.focus?.field, f.field);
    const cls = `cm-span ${fieldClass(f.field.kind)}${inArticle ? ' cm-span-current' : ''}${focused ? ' cm-span-focus' : ''}`;
    const deco = Decoration.mark({
      class: cls,
      attributes: { style: `--span-hue: ${hueOf(f.order)}` },
      owner: { articleId: f.articleId, field: f.field } satisfies SpanOwner,
    });
    for (const s of f.spans)
      if (clip(s.end) > clip(s.start)) marks.push(deco.range(clip(s.start), clip(s.end)));
  }
  marks.sort((a, b) => a.from - b.from || a.to - b.to);
  const builder = new RangeSetBuilder<Decoration>();
  for (const m of marks) builder.add(m.from, m.to, m.value);
  return builder.finish();
}

export const spanField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(value, tr) {
    for (const e of tr.effects) if (e.is(setSpanPaint)) return buildDecorations(e.value, tr.state.doc.length);
    return value.map(tr.changes);
  },
  provide: (f) => EditorView.decorations.from(f),
});

/** The owner of the raw character at `pos`, if it is assigned. */
export function ownerAt(decorations: DecorationSet, pos: number): SpanOwner | undefined {
  let found: SpanOwner | undefined;
  decorations.between(pos, pos + 1, (from, to, value) => {
    if (from <= pos && pos < to) {
      found = (value.spec as { owner: SpanOwner }).owner;
      return false;
    }
    return undefined;
  });
  return found;
}
