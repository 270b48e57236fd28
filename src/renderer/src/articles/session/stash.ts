// Typing is written at a pause (writer.ts), and a write begun as the window closes may never
// commit (the browser drops the page's open transactions on a reload). So the fields typed
// into and not yet written are kept in localStorage, which writes at once, within
// TYPING_STASH_MS of a keystroke (a crash loses at most that), and when the window hides, a page whose articles are not all
// written is kept there whole; the next time the page opens, what the kept copies hold
// beyond the store is written, and the copies go.

import type { PageArticles } from '../../../../core/article';
import { setFieldText } from '../../../../core/article';
import { reopenEdited } from '../../../../core/article/status';
import type { FieldRef } from '../../../../core/model';
import type { GalleyDb } from '../../db/db';

const keyOf = (db: GalleyDb, pageId: string) => `galley.unsaved.${db.name}.${pageId}`;
const typingKeyOf = (db: GalleyDb, pageId: string) => `galley.typing.${db.name}.${pageId}`;
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

/** A field's text as typed, and the time its article changed with it. */
export interface TypedField {
  articleId: string;
  field: FieldRef;
  text: string;
  at: number;
}

/**
 * Keeps the fields typed into since their last write (the writer calls it within
 * TYPING_STASH_MS of a keystroke): the fields alone,
 * since localStorage's cost grows with what it writes (~1 ms for a 3,000-character article
 * under load, ~0.04 ms for 100 characters).
 */
export function stashTyping(db: GalleyDb, pageId: string, typed: Iterable<TypedField>): void {
  try {
    storage()?.setItem(typingKeyOf(db, pageId), JSON.stringify([...typed]));
  } catch (e) {
    console.error('Keeping typed articles failed', e);
  }
}

/** The typed articles are all written. */
export function clearTyping(db: GalleyDb, pageId: string): void {
  storage()?.removeItem(typingKeyOf(db, pageId));
}

export function clearStash(db: GalleyDb, pageId: string): void {
  storage()?.removeItem(keyOf(db, pageId));
  clearTyping(db, pageId);
}

function read<T>(key: string): T | null {
  try {
    const text = storage()?.getItem(key);
    return text ? (JSON.parse(text) as T) : null;
  } catch {
    return null;
  }
}

/** `kept` with each field typed into since its article's copy there (a deleted article stays gone). */
function withTyped(kept: PageArticles, typed: TypedField[]): PageArticles {
  const changedAt = new Map(kept.articles.map((a) => [a.id, a.updatedAt]));
  let state = kept;
  for (const t of [...typed].sort((a, b) => a.at - b.at)) {
    const at = changedAt.get(t.articleId);
    // Typed in the same millisecond as the kept copy's change: the typing is later.
    if (at === undefined || at > t.at) continue;
    state = reopenEdited(state, setFieldText(state, t.articleId, t.field, t.text, t.at), t.at);
  }
  return state;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The page's kept articles when they differ from `stored` (articles equal to the stored
 * ones are the stored objects, so only the others are written), or null.
 */
export function stashedBeyond(db: GalleyDb, stored: PageArticles): PageArticles | null {
  const page = read<PageArticles>(keyOf(db, stored.pageId));
  const typed = read<TypedField[]>(typingKeyOf(db, stored.pageId));
  if (!page && !typed) return null;
  const kept = typed ? withTyped(page ?? stored, typed) : (page ?? stored);
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
