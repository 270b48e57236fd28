// The review's text filter looks into every field of every article in scope: the review
// worker reads and searches them off the window's thread, a moment after typing stops.

import { useEffect, useState } from 'react';
import type { GalleyDb } from '../db/db';
import { reviewWorkFor } from './reviewClient';
import type { ReviewRow } from './reviewRows';
import type { ReviewScope } from './reviewWork';

const TYPING_PAUSE_MS = 150;

/** Ids of the articles whose text holds `text`, once found for it (null before). */
export function useTextMatches(
  db: GalleyDb,
  scope: ReviewScope,
  text: string,
  rows: readonly ReviewRow[] | null,
): ReadonlySet<string> | null {
  const [found, setFound] = useState<{ text: string; ids: ReadonlySet<string> } | null>(null);
  const scopeKey = scope.kind === 'page' ? `page:${scope.pageId}` : 'corpus';
  useEffect(() => {
    if (text.trim() === '') return;
    let live = true;
    const read: ReviewScope =
      scopeKey === 'corpus' ? { kind: 'corpus' } : { kind: 'page', pageId: scopeKey.slice(5) };
    const timer = setTimeout(() => {
      void reviewWorkFor(db)
        .match(db.name, read, text)
        .then((ids) => {
          if (live) setFound({ text, ids: new Set(ids) });
        });
    }, TYPING_PAUSE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // The rows changing (an edit) may change what matches.
  }, [db, scopeKey, text, rows]);
  return found?.text === text ? found.ids : null;
}
