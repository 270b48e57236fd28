// The article feature's part of the raw view, added once when each page's state is made:
// span decorations driven by the article panel (see rawview/spans), and several selections
// at once (Ctrl+click, Ctrl+drag) so text printed in separate places can be assigned together.

import { EditorState } from '@codemirror/state';
import type { Extension } from '@codemirror/state';
import { spanDecorations } from '../rawview/spans';

export function articleRawViewExtensions(): Extension[] {
  return [EditorState.allowMultipleSelections.of(true), ...spanDecorations()];
}
