// Live rows for the review: one page's articles or the whole corpus, with their kept
// figures, read and ranked by the review worker and taken a slice at a time, so no task in
// the window grows with the corpus. Read again when figures or pages change.

import { Dexie, type ObservabilitySet } from 'dexie';
import { useEffect, useState } from 'react';
import type { GalleyDb } from '../db/db';
import { reviewWorkFor } from './reviewClient';
import type { ReviewRow } from './reviewRows';
import type { ReviewScope } from './reviewWork';

export interface ReviewProgress {
  done: number;
  total: number;
}

/** Rows taken from the worker per message: a few milliseconds of structured clone each. */
const SLICE = 4_000;
/** Saves come in bursts (a corpus-wide replace, a restore): one reading after them. */
const SETTLE_MS = 150;

/** Bumps a counter when the figures or pages of `db` change, anywhere (this window or a worker). */
function useChangeCount(db: GalleyDb): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    const watched = [`idb://${db.name}/figures/`, `idb://${db.name}/pages/`];
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onChange = (parts: ObservabilitySet) => {
      if (!Object.keys(parts).some((part) => watched.some((w) => part.startsWith(w)))) return;
      clearTimeout(timer);
      timer = setTimeout(() => setCount((n) => n + 1), SETTLE_MS);
    };
    Dexie.on('storagemutated', onChange);
    return () => {
      clearTimeout(timer);
      Dexie.on.storagemutated.unsubscribe(onChange);
    };
  }, [db]);
  return count;
}

export function useReviewRows(
  db: GalleyDb,
  scope: ReviewScope,
): { rows: ReviewRow[] | null; progress: ReviewProgress | null } {
  const scopeKey = scope.kind === 'page' ? `page:${scope.pageId}` : 'corpus';
  const changes = useChangeCount(db);
  // The last rows stay on screen until the new ones are in.
  const [rows, setRows] = useState<ReviewRow[] | null>(null);
  const [progress, setProgress] = useState<ReviewProgress | null>(null);

  useEffect(() => {
    let live = true;
    const work = reviewWorkFor(db);
    const read: ReviewScope =
      scopeKey === 'corpus' ? { kind: 'corpus' } : { kind: 'page', pageId: scopeKey.slice(5) };
    void (async () => {
      const { token, total } = await work.open(db.name, read);
      try {
        const taken: ReviewRow[] = [];
        while (live && taken.length < total) {
          const part = await work.slice(token, taken.length, taken.length + SLICE);
          if (part.length === 0) break;
          for (const r of part) taken.push(r);
          if (live && total > SLICE) setProgress({ done: taken.length, total });
        }
        if (!live) return;
        setProgress(null);
        setRows(taken);
      } finally {
        void work.release(token);
      }
    })().catch((err: unknown) => console.error('Reading the review failed', err));
    return () => {
      live = false;
    };
  }, [db, scopeKey, changes]);

  return { rows, progress };
}
