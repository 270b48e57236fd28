// The suggestions still open on a page: segmentation's proposal minus those rejected and
// those whose raw text is all assigned already (accepted, or built by hand).

import { useMemo } from 'react';
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

/** Segmentation runs once per page text and transform setting, not on every keystroke. */
export function useSuggested(raw: string, enabled: EnabledTransforms): SuggestedArticle[] {
  return useMemo(() => {
    try {
      return suggestArticles(raw, { enabled });
    } catch (e) {
      console.error('Suggesting articles failed', e);
      return [];
    }
  }, [raw, enabled]);
}
