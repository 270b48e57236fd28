// Accepting proposals: one hit, a page's hits or all of them, as one undoable step of
// every page it changes (changePages: one shared step, one transaction). Each hit is
// placed again on the session's current state, so a field changed since is left alone.

import { acceptHits, type Acceptance } from '../../../core/learn/accept';
import { placeOf } from '../../../core/learn/place';
import type { LearnedCorrection } from '../../../core/learn/types';
import { changePages } from '../articles/session/group';
import type { GalleyDb } from '../db/db';

export async function acceptProposals(
  db: GalleyDb,
  correction: LearnedCorrection,
  hits: ReadonlyArray<{ pageId: string; start: number }>,
): Promise<number> {
  const byPage = new Map<string, number[]>();
  for (const h of hits) byPage.set(h.pageId, [...(byPage.get(h.pageId) ?? []), h.start]);
  let accepted = 0;
  await changePages(db, 'learn.accept', [...byPage.keys()], (state, raw) => {
    const list: Acceptance[] = [];
    for (const start of byPage.get(state.pageId) ?? []) {
      const place = placeOf(state, raw, start, correction);
      if (place.kind !== 'field' || place.state !== 'open') continue;
      const { articleId, field, textStart, textEnd } = place;
      list.push({ articleId, field, textStart, textEnd, correction });
    }
    accepted += list.length;
    return acceptHits(state, list, Date.now());
  });
  return accepted;
}
