// The project's own document: which pages it has (their metadata, so a member joining
// knows what to open) and who each page is assigned to. Page rows are plain values:
// they never change after upload except through a new upload of the same page.

import * as Y from 'yjs';
import type { Page } from '../model';

const PAGES = 'pages';
const ASSIGNMENTS = 'assignments';

export function projectPages(doc: Y.Doc): Y.Map<Page> {
  return doc.getMap<Page>(PAGES);
}

export function assignments(doc: Y.Doc): Y.Map<string> {
  return doc.getMap<string>(ASSIGNMENTS);
}

export function listPages(doc: Y.Doc): Page[] {
  return [...projectPages(doc).values()].sort((a, b) =>
    a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0,
  );
}

export function addPages(doc: Y.Doc, pages: readonly Page[]): void {
  doc.transact(() => {
    const map = projectPages(doc);
    for (const page of pages) map.set(page.id, page);
  });
}

/** Assigns a page to a member (an empty name takes the assignment away). */
export function assignPage(doc: Y.Doc, pageId: string, user: string): void {
  if (user) assignments(doc).set(pageId, user);
  else assignments(doc).delete(pageId);
}
