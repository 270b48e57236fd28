// Another view (a find & replace hit) asks to show an article: through app state, the page
// is opened and its panel selects the article and field and brings both into sight.

import { useEffect } from 'react';
import type { FieldRef } from '../../../core/model';
import { useLatest } from '../common/useLatest';
import type { ArticleSession } from './session/ArticleSession';
import type { SelectFn } from './usePanelSelect';

export interface ArticleReveal {
  pageId: string;
  articleId: string;
  field?: FieldRef;
}

export function useReveal(
  session: ArticleSession,
  reveal: ArticleReveal | null | undefined,
  select: SelectFn,
  onRevealed: ((reveal: ArticleReveal) => void) | undefined,
): void {
  const latest = useLatest({ select, onRevealed });
  useEffect(() => {
    if (!reveal || reveal.pageId !== session.pageId) return;
    const { articleId, field } = reveal;
    if (session.getSnapshot().state.articles.some((a) => a.id === articleId)) {
      latest.current.select(field ? { articleId, field } : { articleId }, 'both');
    }
    latest.current.onRevealed?.(reveal);
  }, [reveal, session, latest]);
}
