// The selected article and field of the page, kept in the settings table so a reload comes
// back to it (session/selection.ts): read once when the panel opens, written on each change.
// The panel is mounted afresh for each page (ArticlePanel keys it), so the state is per page.

import { useCallback, useEffect, useRef, useState } from 'react';
import type { GalleyDb } from '../db/db';
import type { ArticleSession, Selection } from './session/ArticleSession';
import { readSelection, writeSelection } from './session/selection';

export function useSelectionPersistence(
  db: GalleyDb,
  session: ArticleSession,
): [Selection | undefined, (s: Selection | undefined) => void] {
  const [selection, setSelection] = useState<Selection | undefined>(undefined);
  const [restored, setRestored] = useState(false);
  // An article picked while the stored selection was still being read (a click right after
  // a reload on a busy machine) is the archivist's latest word: the stored one must not
  // replace it, and it must still be written, or the cleanup's scope never sees it.
  const pickedBeforeRestore = useRef(false);
  useEffect(() => {
    let live = true;
    void readSelection(db, session.pageId).then((s) => {
      if (!live) return;
      const known = s && session.getSnapshot().state.articles.some((a) => a.id === s.articleId);
      if (known && !pickedBeforeRestore.current) setSelection(s);
      setRestored(true);
    });
    return () => {
      live = false;
    };
  }, [db, session]);
  useEffect(() => {
    if (restored) void writeSelection(db, session.pageId, selection);
  }, [db, session, selection, restored]);
  const choose = useCallback(
    (s: Selection | undefined) => {
      if (!restored) pickedBeforeRestore.current = true;
      setSelection(s);
    },
    [restored],
  );
  return [selection, choose];
}
