// Keeps the raw view's span decorations in step with the session and the selection, and
// turns clicks on assigned raw text into a selection of its article and field.

import { EditorView } from '@codemirror/view';
import { useEffect, useRef } from 'react';
import type { PageArticles } from '../../../core/article';
import type { Article } from '../../../core/model';
import type { SpanPickEvent } from '../rawview/spans';
import { paintOf, setSpanPaint, SPAN_PICK_EVENT } from '../rawview/spans';
import type { Selection } from './session/ArticleSession';
import { sameSpans } from './session/sameSpans';

export function useRawViewSync(
  view: EditorView | null,
  state: PageArticles,
  selection: Selection | undefined,
  onPick: (selection: Selection) => void,
): void {
  const painted = useRef<{
    view: EditorView;
    articles: readonly Article[];
    furniture: unknown;
    selection: string;
  } | null>(null);
  useEffect(() => {
    if (!view) return;
    const sel = JSON.stringify(selection ?? null);
    const last = painted.current;
    if (
      last &&
      last.view === view &&
      last.furniture === state.furniture &&
      last.selection === sel &&
      // Typing changes only text, which the raw view does not show.
      sameSpans(last.articles, state.articles)
    ) {
      return;
    }
    painted.current = { view, articles: state.articles, furniture: state.furniture, selection: sel };
    view.dispatch({ effects: setSpanPaint.of(paintOf(state.articles, state.furniture, selection)) });
  }, [view, state, selection]);

  const pick = useRef(onPick);
  useEffect(() => {
    pick.current = onPick;
  });
  useEffect(() => {
    if (!view) return;
    const listener = (e: Event) => {
      const { articleId, field } = (e as SpanPickEvent).detail;
      if (articleId) pick.current({ articleId, field });
    };
    view.dom.addEventListener(SPAN_PICK_EVENT, listener);
    return () => view.dom.removeEventListener(SPAN_PICK_EVENT, listener);
  }, [view]);
}

/** Scrolls the raw view so `offset` is in the middle. */
export function scrollRawTo(view: EditorView, offset: number): void {
  view.dispatch({
    effects: EditorView.scrollIntoView(Math.min(offset, view.state.doc.length), { y: 'center' }),
  });
}
