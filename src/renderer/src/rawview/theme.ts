import { EditorView } from '@codemirror/view';

/**
 * Fonts that carry both Latin and CJK glyphs at matching metrics, so columns of Chinese
 * OCR text line up and half-width punctuation (a damage class) stays visibly narrow.
 */
export const RAW_FONT_STACK = [
  '"Noto Sans Mono CJK SC"',
  '"Sarasa Mono SC"',
  '"Source Han Mono SC"',
  'ui-monospace',
  '"SF Mono"',
  'Menlo',
  'Consolas',
  '"PingFang SC"',
  '"Hiragino Sans GB"',
  '"Microsoft YaHei"',
  '"Noto Sans CJK SC"',
  '"WenQuanYi Micro Hei"',
  'monospace',
].join(', ');

export const rawViewTheme = EditorView.theme({
  '&': { height: '100%', fontSize: '15px', backgroundColor: 'var(--surface)', color: 'var(--text)' },
  '&.cm-focused': { outline: 'none' },
  '.cm-scroller': { fontFamily: RAW_FONT_STACK, lineHeight: '1.75' },
  '.cm-content': { padding: '12px 0', caretColor: 'var(--accent)' },
  '.cm-line': { padding: '0 16px 0 12px' },
  '.cm-gutters': {
    backgroundColor: 'var(--surface-sunken)',
    color: 'var(--text-faint)',
    borderRight: '1px solid var(--border)',
  },
  '.cm-lineNumbers .cm-gutterElement': { padding: '0 8px 0 12px', fontVariantNumeric: 'tabular-nums' },
  '.cm-activeLineGutter': { backgroundColor: 'transparent', color: 'var(--text)' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': {
    backgroundColor: 'var(--selection) !important',
  },
  // CodeMirror paints every other occurrence of the selected text green by default, the
  // look of an article's span: here a thin neutral underline that no hue can be taken for.
  '.cm-selectionMatch': {
    backgroundColor: 'transparent !important',
    textDecoration: 'underline 1px dotted var(--selection-match)',
    textUnderlineOffset: '3px',
  },
  '.cm-searchMatch': { backgroundColor: 'var(--search-match)', borderRadius: '2px' },
  '.cm-searchMatch.cm-searchMatch-selected': { backgroundColor: 'var(--search-match-current)' },
  '.cm-panels': { backgroundColor: 'var(--surface-sunken)', color: 'var(--text)' },
  '.cm-panels.cm-panels-top': { borderBottom: '1px solid var(--border)' },
  '.cm-panel.cm-search': { padding: '6px 10px', fontFamily: 'inherit' },
  '.cm-panel.cm-search input, .cm-panel.cm-search button, .cm-panel.cm-search label': { fontSize: '13px' },
  '.cm-textfield': {
    borderRadius: '4px',
    border: '1px solid var(--border-strong)',
    padding: '2px 6px',
    backgroundColor: 'var(--surface-raised)',
    color: 'var(--text)',
  },
  '.cm-button': {
    borderRadius: '4px',
    backgroundImage: 'none',
    backgroundColor: 'var(--surface)',
    color: 'var(--text)',
    border: '1px solid var(--border-strong)',
  },
});
