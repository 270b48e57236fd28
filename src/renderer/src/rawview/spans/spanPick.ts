// Clicking assigned raw text tells the article panel which article and field it belongs
// to, through a DOM event on the editor, so the extension knows nothing of the panel.

import { EditorView } from '@codemirror/view';
import type { SpanOwner } from './spanField';
import { ownerAt, spanField } from './spanField';

export const SPAN_PICK_EVENT = 'galley-span-pick';

export type SpanPickEvent = CustomEvent<SpanOwner & { pos: number }>;

export const spanPick = EditorView.domEventHandlers({
  click(event, view) {
    // A drag that selected text is a selection, not a pick.
    if (!view.state.selection.main.empty) return false;
    const pos = view.posAtCoords({ x: event.clientX, y: event.clientY });
    if (pos === null) return false;
    const owner = ownerAt(view.state.field(spanField), pos);
    if (!owner) return false;
    view.dom.dispatchEvent(new CustomEvent(SPAN_PICK_EVENT, { detail: { ...owner, pos } }));
    return false;
  },
});
