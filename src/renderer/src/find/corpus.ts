// Searching all pages: what every open page holds is written first, then the find worker
// reads the articles page by page (a search never loads raw texts) and the hits come back
// a batch at a time, in the page list's order, until every page is searched or the search
// is stopped.

import { flushAll } from '../articles/session/registry';
import type { GalleyDb } from '../db/db';
import { findWorkFor } from './findClient';
import type { FindBatch } from './findWork';
import type { FindQuery } from './search';

/** Hits listed at most; the list is virtualised, so this bounds memory, not drawing. */
export const HIT_LIMIT = 100_000;

/** Hands each batch to `onBatch`; true once every page was searched, false when stopped. */
export async function searchCorpus(
  db: GalleyDb,
  q: FindQuery,
  onBatch: (batch: FindBatch) => void,
  signal?: AbortSignal,
  limit = HIT_LIMIT,
): Promise<boolean> {
  await flushAll(db);
  const work = findWorkFor(db);
  const { token } = await work.start(db.name, q, limit);
  for (;;) {
    if (signal?.aborted) {
      await work.cancel(token);
      return false;
    }
    const batch = await work.next(token);
    if (signal?.aborted) {
      await work.cancel(token);
      return false;
    }
    onBatch(batch);
    if (batch.done) return true;
  }
}
