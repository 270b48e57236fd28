// Typing waits up to SAVE_DELAY_MS before it is written, and a write begun as the window
// closes may never commit (the browser drops the page's open transactions on a reload). So
// when the window hides, a page whose articles are not all written is also kept in
// localStorage, which writes at once; the next time the page opens, what the kept copy
// holds beyond the store is written, and the copy goes.

import type { PageArticles } from '../../../../core/article';
import type { GalleyDb } from '../../db/db';

const keyOf = (db: GalleyDb, pageId: string) => `galley.unsaved.${db.name}.${pageId}`;
const storage = (): Storage | undefined => (typeof localStorage === 'undefined' ? undefined : localStorage);

/** Keeps `state` when the page's writer still holds work the store does not have. */
export function stashUnsaved(db: GalleyDb, state: PageArticles, unsaved: boolean): void {
  if (!unsaved) return;
  try {
    storage()?.setItem(keyOf(db, state.pageId), JSON.stringify(state));
  } catch (e) {
    console.error('Keeping unsaved articles failed', e);
  }
}

export function clearStash(db: GalleyDb, pageId: string): void {
  storage()?.removeItem(keyOf(db, pageId));
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The page's kept articles when they differ from `stored` (articles equal to the stored
 * ones are the stored objects, so only the others are written), or null.
 */
export function stashedBeyond(db: GalleyDb, stored: PageArticles): PageArticles | null {
  let kept: PageArticles;
  try {
    const text = storage()?.getItem(keyOf(db, stored.pageId));
    if (!text) return null;
    kept = JSON.parse(text) as PageArticles;
  } catch {
    return null;
  }
  const byId = new Map(stored.articles.map((a) => [a.id, a]));
  let differs =
    kept.articles.length !== stored.articles.length ||
    !same(kept.furniture, stored.furniture) ||
    !!kept.handOrdered !== !!stored.handOrdered;
  const articles = kept.articles.map((a, i) => {
    const s = byId.get(a.id);
    // An article written since (in another window) is newer than the kept copy.
    if (s && (s.updatedAt > a.updatedAt || same(s, a))) {
      if (stored.articles[i] !== s) differs = true;
      return s;
    }
    differs = true;
    return a;
  });
  return differs
    ? {
        ...kept,
        articles,
        furniture: same(kept.furniture, stored.furniture) ? stored.furniture : kept.furniture,
      }
    : null;
}
