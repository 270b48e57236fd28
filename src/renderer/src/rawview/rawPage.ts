import { Facet } from '@codemirror/state';

/**
 * The id of the page whose raw text a raw view's state holds. Every page gets a fresh
 * EditorState, so extensions (span decorations) can tell which page they decorate.
 */
export const rawPageId = Facet.define<string, string | null>({
  combine: (values) => values[0] ?? null,
});
