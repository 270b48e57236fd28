// The article feature's part of the raw view, added once when each page's state is made:
// span decorations driven by the article panel (see rawview/spans).

import type { Extension } from '@codemirror/state';
import { spanDecorations } from '../rawview/spans';

export function articleRawViewExtensions(): Extension[] {
  return spanDecorations();
}
