// Typing waits up to SAVE_DELAY_MS before it is written: closing the window (or the
// panel) writes it now.

import { useEffect } from 'react';
import type { ArticleSession } from './session/ArticleSession';

export function useFlushOnHide(session: ArticleSession): void {
  useEffect(() => {
    const now = () => void session.flush();
    window.addEventListener('pagehide', now);
    return () => {
      window.removeEventListener('pagehide', now);
      now();
    };
  }, [session]);
}
