// Selecting an article (and field) in the panel, and bringing it into sight: its card in
// the form, its first span in the raw view, or both.

import { useCallback, type RefObject } from 'react';
import { getField } from '../../../core/model';
import type { RawViewControl } from '../rawview/control';
import { fieldKey } from './FieldEditor';
import type { ArticleSession, Selection } from './session/ArticleSession';

export type ScrollTo = 'raw' | 'form' | 'both' | 'none';
export type SelectFn = (s: Selection | undefined, scroll?: ScrollTo) => void;

export function usePanelSelect(
  session: ArticleSession,
  control: RawViewControl | null,
  panel: RefObject<HTMLElement | null>,
  setSelection: (s: Selection | undefined) => void,
): SelectFn {
  return useCallback(
    (s, scroll = 'none') => {
      setSelection(s);
      if (!s) return;
      if ((scroll === 'form' || scroll === 'both') && panel.current) {
        const key = s.field ? fieldKey(s.field) : undefined;
        const card = panel.current.querySelector(`[data-article-id="${CSS.escape(s.articleId)}"]`);
        const target = key ? card?.querySelector(`[data-field="${key}"]`) : card;
        requestAnimationFrame(() => (target ?? card)?.scrollIntoView({ block: 'nearest' }));
      }
      if ((scroll === 'raw' || scroll === 'both') && control && s.field) {
        const article = session.getSnapshot().state.articles.find((a) => a.id === s.articleId);
        const field = article && getField(article, s.field);
        if (field?.spans[0]) control.scrollTo(field.spans[0].start);
      }
    },
    [session, control, panel, setSelection],
  );
}
