// The project document's stateless message that a page changed. A member keeps live
// connections only to the pages in use (a 10,000-page project is not 10,000 documents
// loaded on the server per member); this tells them to open one to a page another
// member is changing, so the change reaches them within a second all the same.

const CHANGED = 'page-changed:';

export function changedNotice(pageId: string): string {
  return `${CHANGED}${pageId}`;
}

/** The page a notice names, or null for any other stateless message. */
export function changedPageOf(payload: string): string | null {
  return payload.startsWith(CHANGED) && payload.length > CHANGED.length
    ? payload.slice(CHANGED.length)
    : null;
}
