// Typing replaces a field's text and keeps its span array (the same object), so whether
// an edit moved any raw text between fields is a walk over identities: what the raw view
// paints, the page's coverage and the open suggestions are all kept while it is false.

import { LIST_KEYS, SINGLE_FIELDS, type Article } from '../../../../core/model';

/** True when every field of both versions of an article owns the same span array. */
export function sameFieldSpans(a: Article, b: Article): boolean {
  for (const kind of SINGLE_FIELDS) if (a[kind].spans !== b[kind].spans) return false;
  for (const key of LIST_KEYS) {
    const x = a[key];
    const y = b[key];
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (x[i].spans !== y[i].spans) return false;
  }
  return true;
}

/** True when both lists hold the same articles, in the same order, owning the same raw ranges field by field. */
export function sameSpans(a: readonly Article[], b: readonly Article[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (a[i].id !== b[i].id || a[i].order !== b[i].order || !sameFieldSpans(a[i], b[i])) return false;
  }
  return true;
}
