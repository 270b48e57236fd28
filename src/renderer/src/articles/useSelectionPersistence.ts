// The selected article and field of the page, kept in the settings table so a reload comes
// back to it (session/selection.ts): read once when the panel opens, written on each change.

import { useEffect, useRef, useState } from 'react';
import type { GalleyDb } from '../db/db';
import type { ArticleSession, Selection } from './session/ArticleSession';
import { readSelection, writeSelection } from './session/selection';

export function useSelectionPersistence(
  db: GalleyDb,
  session: ArticleSession,
): [Selection | undefined, (s: Selection | undefined) => void] {
  const [selection, setSelection] = useState<Selection | undefined>(undefined);
  const restored = useRef(false);
  useEffect(() => {
    let live = true;
    void readSelection(db, session.pageId).then((s) => {
      if (!live) return;
      restored.current = true;
      if (s && session.getSnapshot().state.articles.some((a) => a.id === s.articleId)) setSelection(s);
    });
    return () => {
      live = false;
    };
  }, [db, session]);
  useEffect(() => {
    if (restored.current) void writeSelection(db, session.pageId, selection);
  }, [db, session, selection]);
  return [selection, setSelection];
}
