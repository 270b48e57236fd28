// Keeps the raw view's span paint in step with the session and the selection, and turns
// picks of assigned raw text into a selection of its article and field.

import { useEffect, useRef } from 'react';
import type { PageArticles } from '../../../core/article';
import type { Article } from '../../../core/model';
import type { RawViewControl } from '../rawview/control';
import { paintOf } from '../rawview/spans/paint';
import { useLatest } from '../common/useLatest';
import type { Selection } from './session/ArticleSession';
import { sameSpans } from './session/sameSpans';

export function useRawViewSync(
  control: RawViewControl | null,
  state: PageArticles,
  selection: Selection | undefined,
  onPick: (selection: Selection) => void,
): void {
  const painted = useRef<{
    control: RawViewControl;
    pageId: string | null;
    articles: readonly Article[];
    furniture: unknown;
    selection: string;
  } | null>(null);
  useEffect(() => {
    if (!control) return;
    const sel = JSON.stringify(selection ?? null);
    const last = painted.current;
    if (
      last &&
      last.control === control &&
      last.pageId === control.pageId &&
      last.furniture === state.furniture &&
      last.selection === sel &&
      // Typing changes only text, which the raw view does not show.
      sameSpans(last.articles, state.articles)
    ) {
      return;
    }
    painted.current = {
      control,
      pageId: control.pageId,
      articles: state.articles,
      furniture: state.furniture,
      selection: sel,
    };
    control.paintSpans(paintOf(state.articles, state.furniture, selection));
  }, [control, state, selection]);

  const pick = useLatest(onPick);
  useEffect(
    () =>
      control?.on('pick', ({ articleId, field }) => {
        if (articleId) pick.current({ articleId, field });
      }),
    [control, pick],
  );
}
