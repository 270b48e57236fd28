// Applying a cleanup: the same computation as the preview (plan.ts), on one page or many,
// as one shared step (session/group.ts) and one transaction. Its undo takes back exactly
// this cleanup, whatever was done on the pages since, and keeps an article edited since.

import type { PageGroup } from '../articles/session/group';
import { changePages } from '../articles/session/group';
import type { GalleyDb } from '../db/db';
import { cleanPage, type CleanupChoice, type PageTarget } from './plan';

export interface AppliedCleanup {
  group: PageGroup;
  /** Articles changed. */
  count: number;
}

/** Null when nothing changed. `target` narrows each page's cleanup (an article, a field). */
export async function applyCleanup(
  db: GalleyDb,
  pageIds: readonly string[],
  choice: CleanupChoice,
  target: PageTarget = {},
): Promise<AppliedCleanup | null> {
  let count = 0;
  const group = await changePages(db, 'cleanup', pageIds, (state, raw) => {
    const r = cleanPage(state, raw, choice, target);
    count += r.changes.length;
    return r.state;
  });
  return group ? { group, count } : null;
}
