import * as Y from 'yjs';
import type { PageArticles } from '../../../src/core/article';
import { suggestArticles } from '../../../src/core/segment/suggest';
import { fixture } from '../../fixtures';

/** A marked-up page: a training fixture page with its suggested articles taken as drafts. */
export function markedPage(name = '01-flood-drill', pageId = 'p1'): { raw: string; state: PageArticles } {
  const { raw } = fixture(name);
  const articles = suggestArticles(raw).map((content, order) => ({
    ...content,
    id: `${pageId}-a${order}`,
    pageId,
    order,
    createdAt: 1000 + order,
    updatedAt: 1000 + order,
  }));
  return { raw, state: { pageId, articles, furniture: [] } };
}

/** Two copies of one document that exchange everything they have both ways. */
export function syncBoth(a: Y.Doc, b: Y.Doc): void {
  const fromA = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const fromB = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, fromA);
  Y.applyUpdate(a, fromB);
}

/** A second client's copy of a document. */
export function copyOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}
