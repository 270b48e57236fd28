// One session per page for the life of the window, so undo history survives switching
// pages and coming back.

import type { GalleyDb } from '../../db/db';
import { instruments } from '../../instruments';
import { ArticleSession } from './ArticleSession';
import { loadPageArticles } from './persist';
import { clearStash, stashedBeyond } from './stash';

const sessions = new WeakMap<GalleyDb, Map<string, Promise<ArticleSession>>>();

/**
 * Team sync's subscription point (sync/teamSync.ts): told of every session opened, so it
 * can follow the session's state into the page's shared document and bring another
 * archivist's change into it (through `change`). Nothing here depends on it.
 */
export type SessionListener = (db: GalleyDb, pageId: string, session: ArticleSession) => void;
const sessionListeners = new Set<SessionListener>();

export function listenToSessions(listener: SessionListener): () => void {
  sessionListeners.add(listener);
  return () => sessionListeners.delete(listener);
}

/** The page's session if one is open (team sync: a change for a page nobody opened goes to Dexie only). */
export function openedSession(db: GalleyDb, pageId: string): Promise<ArticleSession> | undefined {
  return sessions.get(db)?.get(pageId);
}

export function openSession(db: GalleyDb, pageId: string): Promise<ArticleSession> {
  let byPage = sessions.get(db);
  if (!byPage) sessions.set(db, (byPage = new Map<string, Promise<ArticleSession>>()));
  let s = byPage.get(pageId);
  if (!s) {
    s = loadPageArticles(db, pageId).then(({ state, raw }) => {
      const session = new ArticleSession(db, raw, state, { saveObserver: instruments.save });
      for (const listener of sessionListeners) listener(db, pageId, session);
      // Typing the window closed on before it was written (stash.ts): written now, as no step.
      const stashed = stashedBeyond(db, state);
      if (stashed) session.change('unsaved', stashed, () => stashed);
      void session.flush().then(() => clearStash(db, pageId));
      return session;
    });
    byPage.set(pageId, s);
    s.catch(() => byPage.delete(pageId));
  }
  return s;
}

/** Writes whatever every open session still holds (before unload). */
export async function flushAll(db: GalleyDb): Promise<void> {
  const byPage = sessions.get(db);
  if (!byPage) return;
  await Promise.all([...byPage.values()].map(async (p) => (await p).flush()));
}

/**
 * Writes and then drops every session, after the database changed under them (a restored
 * backup): the next view of a page loads its articles afresh. Their undo history goes too,
 * since it describes states the restore replaced.
 */
export async function forgetSessions(db: GalleyDb): Promise<void> {
  await flushAll(db);
  sessions.delete(db);
}
