import { Compartment, type Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';

const wrapping = new Compartment();

/** The soft-wrap slot of a raw view's configuration, with its initial value. */
export function softWrap(on: boolean): Extension {
  return wrapping.of(on ? EditorView.lineWrapping : []);
}

export function setSoftWrap(view: EditorView, on: boolean): void {
  view.dispatch({ effects: wrapping.reconfigure(on ? EditorView.lineWrapping : []) });
}
