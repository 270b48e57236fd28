import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { PageArticles } from '../../../core/article';
import type { GalleyDb } from '../db/db';
import type { ArticleSession } from './session/ArticleSession';
import { openSession } from './session/registry';
import { sameSpans } from './session/sameSpans';
import { sameShape } from './liveText';

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

/** What the article form draws from a session: its articles, and whether undo and redo can go. */
export interface FormSnapshot {
  state: PageArticles;
  canUndo: boolean;
  canRedo: boolean;
}

/**
 * The session's state for the article form: a new one only when something besides the
 * text of the current article's fields changed. A keystroke changes that text alone, and
 * the current card's fields and headline read it from the session themselves (liveText.ts),
 * so the form with its 80 cards is not drawn again per keystroke. The other cards show
 * their text as drawn: a change to it (undo, replace) draws the form again.
 */
export function useFormSnapshot(session: ArticleSession, currentId: string | undefined): FormSnapshot {
  const last = useRef<FormSnapshot | null>(null);
  const get = useCallback((): FormSnapshot => {
    const { state, canUndo, canRedo } = session.getSnapshot();
    const prev = last.current;
    if (
      prev &&
      prev.canUndo === canUndo &&
      prev.canRedo === canRedo &&
      onlyTextOf(prev.state, state, currentId)
    )
      return prev;
    return (last.current = { state, canUndo, canRedo });
  }, [session, currentId]);
  return useSyncExternalStore(session.subscribe, get);
}

/** True when `b` differs from `a` at most in the text of article `articleId`'s fields. */
function onlyTextOf(a: PageArticles, b: PageArticles, articleId: string | undefined): boolean {
  if (a === b) return true;
  if (a.pageId !== b.pageId || a.furniture !== b.furniture || a.articles.length !== b.articles.length)
    return false;
  for (let i = 0; i < a.articles.length; i++) {
    const x = a.articles[i];
    const y = b.articles[i];
    if (x !== y && (x.id !== articleId || !sameShape(x, y))) return false;
  }
  return true;
}
