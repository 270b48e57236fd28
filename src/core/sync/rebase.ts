// Another archivist's change carried into this archivist's undo history. When a merge turns
// the page from `base` into `merged`, every snapshot the history keeps gets the same change,
// so undoing a step afterwards takes back only that step: what the other archivist did
// stays, and the undo, diffed against the merged page, sends only this archivist's part.

import { applyPatches, makePatches } from '@sanity/diff-match-patch';
import type { Article, TextField } from '../model';
import { LIST_KEYS, SINGLE_FIELDS } from '../model';
import type { PageArticles } from '../article/state';
import { sameField, sameSpans } from './fields';

const META = ['status', 'reviewer', 'reviewedAt', 'updatedAt', 'order', 'createdAt'] as const;

/** `snapshot` with the change from `base` to `merged` applied, as far as it applies. */
export function rebaseState(snapshot: PageArticles, base: PageArticles, merged: PageArticles): PageArticles {
  if (snapshot === base) return merged;
  const before = new Map(base.articles.map((a) => [a.id, a]));
  const after = new Map(merged.articles.map((a) => [a.id, a]));
  const out: Article[] = [];
  for (const mine of snapshot.articles) {
    const was = before.get(mine.id);
    const now = after.get(mine.id);
    if (was && !now) continue; // deleted by the other archivist
    out.push(was && now ? rebaseArticle(mine, was, now) : mine);
  }
  const have = new Set(snapshot.articles.map((a) => a.id));
  // Added by the other archivist (an article this snapshot lacks but base had was made here later).
  for (const a of merged.articles) if (!have.has(a.id) && !before.has(a.id)) out.push(a);
  out.sort((a, b) => a.order - b.order || a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  const state: PageArticles = {
    pageId: snapshot.pageId,
    articles: out.map((a, order) => (a.order === order ? a : { ...a, order })),
    furniture: sameSpans(base.furniture, merged.furniture) ? snapshot.furniture : merged.furniture,
  };
  const handOrdered =
    (base.handOrdered === true) === (merged.handOrdered === true) ? snapshot.handOrdered : merged.handOrdered;
  if (handOrdered) state.handOrdered = true;
  return state;
}

/** `mine` itself when the other archivist left the article alone (the session writes only changed rows). */
function rebaseArticle(mine: Article, was: Article, now: Article): Article {
  if (mine === was) return now;
  const next: Article = { ...mine };
  let changed = false;
  for (const key of META)
    if (was[key] !== now[key]) {
      Object.assign(next, { [key]: now[key] });
      changed = true;
    }
  for (const kind of SINGLE_FIELDS)
    if (!sameField(was[kind], now[kind])) {
      next[kind] = rebaseField(mine[kind], was[kind], now[kind]);
      changed = true;
    }
  for (const key of LIST_KEYS) {
    const [m, w, n] = [mine[key], was[key], now[key]];
    if (w.length === n.length && w.every((f, i) => sameField(f, n[i]))) continue;
    // Item by item while the other archivist kept the list's length and this snapshot has it too.
    next[key] =
      w.length === n.length && m.length === w.length ? m.map((f, i) => rebaseField(f, w[i], n[i])) : n;
    changed = true;
  }
  return changed ? next : mine;
}

function rebaseField(mine: TextField, was: TextField, now: TextField): TextField {
  if (sameField(was, now)) return mine;
  if (sameField(mine, was)) return now;
  // Both changed the field: the other archivist's text change patched into this one.
  const text =
    was.text === now.text ? mine.text : applyPatches(makePatches(was.text, now.text), mine.text)[0];
  return { text, spans: sameSpans(was.spans, now.spans) ? mine.spans : now.spans };
}
