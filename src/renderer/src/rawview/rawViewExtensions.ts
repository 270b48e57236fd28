import { EditorState, type Extension } from '@codemirror/state';
import { search, searchKeymap, highlightSelectionMatches } from '@codemirror/search';
import { defaultKeymap } from '@codemirror/commands';
import { drawSelection, highlightActiveLineGutter, keymap, lineNumbers } from '@codemirror/view';
import { phrases, type Phrases } from './phrases';
import { rawPageId } from './rawPage';
import { softWrap } from './softWrap';
import { rawViewTheme } from './theme';

export interface RawViewConfig {
  pageId: string;
  softWrap: boolean;
  /** CodeMirror's words (search panel) in the UI's language. */
  phrases: Phrases;
  /** Extensions other features add (span decorations), the same for every page. */
  extra: readonly Extension[];
}

/**
 * The configuration of a raw view: read-only (the raw text never changes) yet
 * selectable and searchable, since selecting raw text is how articles are built.
 */
export function rawViewExtensions(config: RawViewConfig): Extension[] {
  return [
    EditorState.readOnly.of(true),
    lineNumbers(),
    highlightActiveLineGutter(),
    drawSelection(),
    search({ top: true }),
    highlightSelectionMatches(),
    keymap.of([...searchKeymap, ...defaultKeymap]),
    softWrap(config.softWrap),
    phrases(config.phrases),
    rawPageId.of(config.pageId),
    rawViewTheme,
    ...config.extra,
  ];
}
