import { EditorState, type Extension } from '@codemirror/state';
import { search, searchKeymap, highlightSelectionMatches } from '@codemirror/search';
import { defaultKeymap } from '@codemirror/commands';
import { drawSelection, EditorView, highlightActiveLineGutter, keymap, lineNumbers } from '@codemirror/view';
import { rawViewEventHandlers, rawViewEvents, type RawViewEvents } from './events';
import { ghostDecorations } from './ghosts';
import { phrases, type Phrases } from './phrases';
import { rawPageId } from './rawPage';
import { softWrap } from './softWrap';
import { spanDecorations } from './spans';
import { rawViewTheme } from './theme';

export interface RawViewConfig {
  pageId: string;
  softWrap: boolean;
  /** CodeMirror's words (search panel) in the UI's language. */
  phrases: Phrases;
  /** Where picks and context-menu requests go (the control's handlers). */
  events: RawViewEvents;
  /** Any further extensions, the same for every page (tests add probes). */
  extra: readonly Extension[];
}

/**
 * The configuration of a raw view: read-only (the raw text never changes) yet
 * selectable and searchable, since selecting raw text is how articles are built; several
 * selections at once (Ctrl+click, Ctrl+drag) so text printed in separate places can be
 * assigned together; article spans and suggestion outlines painted over it.
 */
export function rawViewExtensions(config: RawViewConfig): Extension[] {
  return [
    EditorState.readOnly.of(true),
    EditorState.allowMultipleSelections.of(true),
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
    // In the Tab order, so keyboard users reach the scrolling text (axe: scrollable-region-focusable).
    EditorView.contentAttributes.of({ tabindex: '0' }),
    ...spanDecorations(),
    ...ghostDecorations(),
    rawViewEvents.of(config.events),
    rawViewEventHandlers,
    ...config.extra,
  ];
}
