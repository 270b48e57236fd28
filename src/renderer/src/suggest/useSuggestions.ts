// The suggestions still open on a page: segmentation's proposal minus those rejected and
// those whose raw text is all assigned already (accepted, or built by hand).

import { useEffect, useMemo, useState } from 'react';
import type { PageArticles } from '../../../core/article';
import { allOwned, subtract } from '../../../core/article';
import { suggestArticles, type SuggestedArticle } from '../../../core/segment';
import type { Span } from '../../../core/model';
import type { EnabledTransforms } from '../cleanup/transformSettings';
import { spansOfContent, suggestionKey, takenShare } from './accept';

export interface OpenSuggestion {
  key: string;
  suggestion: SuggestedArticle;
  /** The raw text it would take (what nobody owns yet). */
  free: Span[];
  /** Share (0..1) of its raw text that is already assigned. */
  taken: number;
}

export function openSuggestions(
  all: readonly SuggestedArticle[],
  state: PageArticles,
  rejected: readonly string[],
): OpenSuggestion[] {
  const owned = allOwned(state);
  const out: OpenSuggestion[] = [];
  for (const suggestion of all) {
    const key = suggestionKey(suggestion);
    if (rejected.includes(key)) continue;
    const free = subtract(spansOfContent(suggestion), owned);
    if (free.length === 0) continue;
    out.push({ key, suggestion, free, taken: takenShare(suggestion, owned) });
  }
  return out;
}

/** Pages segmented lately, by transform setting and raw text, so going back to a page is instant. */
const recent = new Map<string, SuggestedArticle[]>();
const RECENT_PAGES = 8;

function segment(raw: string, enabled: EnabledTransforms, key: string): SuggestedArticle[] {
  const hit = recent.get(key);
  if (hit) return hit;
  let list: SuggestedArticle[] = [];
  try {
    list = suggestArticles(raw, { enabled });
  } catch (e) {
    console.error('Suggesting articles failed', e);
  }
  recent.set(key, list);
  if (recent.size > RECENT_PAGES) recent.delete(recent.keys().next().value as string);
  return list;
}

const NOTHING: SuggestedArticle[] = [];

/**
 * Segmentation runs once per page text and transform setting, never on a keystroke, and
 * after the page has painted: opening a page must not wait for its suggestions.
 */
export function useSuggested(raw: string, enabled: EnabledTransforms | undefined): SuggestedArticle[] {
  // Until the transform setting has loaded there is nothing to suggest: suggestions cleaned
  // with the defaults could be accepted before the archivist's own setting arrives.
  const key = enabled ? `${JSON.stringify(enabled)}\u0000${raw}` : '';
  const [done, setDone] = useState<{ key: string; list: SuggestedArticle[] } | null>(null);
  useEffect(() => {
    if (!enabled) return;
    const timer = setTimeout(() => setDone({ key, list: segment(raw, enabled, key) }), 0);
    return () => clearTimeout(timer);
  }, [key, raw, enabled]);
  if (!enabled) return NOTHING;
  if (done?.key === key) return done.list;
  return recent.get(key) ?? NOTHING;
}

/**
 * openSuggestions, recomputed only when the ownership (useOwnership: a new state only when
 * some span moved), a suggestion or a rejection changed: never on a keystroke.
 */
export function useOpenSuggestions(
  all: readonly SuggestedArticle[],
  ownership: PageArticles,
  rejected: readonly string[] | null,
): OpenSuggestion[] {
  return useMemo(
    () => (rejected === null ? [] : openSuggestions(all, ownership, rejected)),
    [all, ownership, rejected],
  );
}
