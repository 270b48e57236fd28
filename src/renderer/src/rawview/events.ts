// What the raw view tells the app: a click on assigned raw text (a pick) and a context
// menu over a selection. Handlers come through a Facet of the state, so the extensions
// call whatever the control put there and know nothing of React or the article panel.

import { Facet, type EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import type { SpanOwner } from './spans/spanField';
import { ownerAt, spanField } from './spans/spanField';

export type SpanPick = SpanOwner & { pos: number };

export interface RawViewEvents {
  /** Assigned raw text was clicked. */
  pick?(pick: SpanPick): void;
  /** The context menu was asked for over a selection; true when it was shown (the browser's is then suppressed). */
  contextMenu?(at: { x: number; y: number }): boolean;
}

export const rawViewEvents = Facet.define<RawViewEvents, Required<RawViewEvents>>({
  combine: (values) => ({
    pick: (p) => values.forEach((v) => v.pick?.(p)),
    contextMenu: (at) => values.reduce((shown, v) => v.contextMenu?.(at) === true || shown, false),
  }),
});

/** Tells the facet's handlers who owns the raw character at `pos`, if anybody does. */
export function pickAt(state: EditorState, pos: number): boolean {
  const owner = ownerAt(state.field(spanField), pos);
  if (!owner) return false;
  state.facet(rawViewEvents).pick({ ...owner, pos });
  return true;
}

export const rawViewEventHandlers = EditorView.domEventHandlers({
  click(event, view) {
    // A drag that selected text is a selection, not a pick.
    if (!view.state.selection.main.empty) return false;
    const pos = view.posAtCoords({ x: event.clientX, y: event.clientY });
    if (pos !== null) pickAt(view.state, pos);
    return false;
  },
  contextmenu(event, view) {
    if (view.state.selection.ranges.every((r) => r.empty)) return false;
    if (!view.state.facet(rawViewEvents).contextMenu({ x: event.clientX, y: event.clientY })) return false;
    event.preventDefault();
    return true;
  },
});
