import { Compartment, EditorState, type Extension } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';

/** CodeMirror's phrase keys (English text) mapped to the UI's language. */
export type Phrases = Record<string, string>;

const translation = new Compartment();

export function phrases(table: Phrases): Extension {
  return translation.of(EditorState.phrases.of(table));
}

export function setPhrases(view: EditorView, table: Phrases): void {
  view.dispatch({ effects: translation.reconfigure(EditorState.phrases.of(table)) });
}
