import { useEffect, useState, useSyncExternalStore } from 'react';
import type { GalleyDb } from '../db/db';
import type { ArticleSession, SessionSnapshot } from './session/ArticleSession';
import { openSession } from './session/registry';

/** The page's session once its articles and raw text are loaded; null while loading. */
export function useSessionFor(db: GalleyDb, pageId: string): ArticleSession | null {
  const [loaded, setLoaded] = useState<ArticleSession | null>(null);
  useEffect(() => {
    let live = true;
    void openSession(db, pageId).then((s) => {
      if (live) setLoaded(s);
    });
    return () => {
      live = false;
    };
  }, [db, pageId]);
  return loaded && loaded.pageId === pageId ? loaded : null;
}

export function useSnapshot(session: ArticleSession): SessionSnapshot {
  return useSyncExternalStore(session.subscribe, session.getSnapshot);
}
