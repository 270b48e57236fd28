import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { PageArticles } from '../../../core/article';
import type { GalleyDb } from '../db/db';
import type { ArticleSession, SessionSnapshot } from './session/ArticleSession';
import { openSession } from './session/registry';
import { sameSpans } from './session/sameSpans';

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

/**
 * The page's articles for views that show only who owns which raw text: a new state only
 * when some span, furniture or article moved, so typing in a field does not re-render them.
 * Its field texts may be older than the session's.
 */
export function useOwnership(session: ArticleSession): PageArticles {
  const last = useRef<PageArticles | null>(null);
  const get = useCallback((): PageArticles => {
    const state = session.getSnapshot().state;
    const prev = last.current;
    if (
      prev &&
      prev.pageId === state.pageId &&
      prev.furniture === state.furniture &&
      sameSpans(prev.articles, state.articles)
    ) {
      return prev;
    }
    last.current = state;
    return state;
  }, [session]);
  return useSyncExternalStore(session.subscribe, get);
}
