// The article and field the archivist is on in a page, as the article panel remembers it
// (session/selection.ts), read live so the cleanup scope follows the form.

import { useLiveQuery } from 'dexie-react-hooks';
import type { Selection } from '../articles/session/ArticleSession';
import { readSelection } from '../articles/session/selection';
import type { GalleyDb } from '../db/db';

export function useCurrentSelection(db: GalleyDb, pageId: string | null): Selection | undefined {
  return useLiveQuery(async () => (pageId ? readSelection(db, pageId) : undefined), [db, pageId]);
}
