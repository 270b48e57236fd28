// Typing waits up to SAVE_DELAY_MS before it is written: closing the window (or the
// panel) writes it now, and closing the window keeps a copy of what is unwritten (session/stash.ts).

import { useEffect } from 'react';
import type { GalleyDb } from '../db/db';
import type { ArticleSession } from './session/ArticleSession';
import { stashUnsaved } from './session/stash';

export function useFlushOnHide(db: GalleyDb, session: ArticleSession): void {
  useEffect(() => {
    const now = () => void session.flush();
    const hide = () => {
      stashUnsaved(db, session.getSnapshot().state, session.writer.status !== 'saved');
      now();
    };
    window.addEventListener('pagehide', hide);
    return () => {
      window.removeEventListener('pagehide', hide);
      now();
    };
  }, [db, session]);
}
