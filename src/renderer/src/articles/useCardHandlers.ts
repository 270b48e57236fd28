// What the article cards do: select, type, reorder by dragging, remove and add fields.
// One object for the life of the panel, so the memoised cards do not re-render for it.

import { useMemo, useRef } from 'react';
import type { ArticleStatus, FieldRef } from '../../../core/model';
import type { CardHandlers } from './ArticleCard';
import { fieldKey } from './FieldEditor';
import type { ArticleSession } from './session/ArticleSession';
import type { SelectFn } from './usePanelSelect';

/** Where the caret was last seen in a field: the split command splits there. */
export interface Caret {
  articleId: string;
  field: FieldRef;
  offset: number;
}

export function useCardHandlers(
  session: ArticleSession,
  select: SelectFn,
  focusLater: (articleId: string, key: string) => void,
): { handlers: CardHandlers; caret: { readonly current: Caret | null } } {
  const caret = useRef<Caret | null>(null);
  const dragged = useRef<string | null>(null);
  const handlers = useMemo<CardHandlers>(
    () => ({
      onSelect: (articleId) => select({ articleId }),
      onText: (articleId, field, text) => session.editText(articleId, field, text),
      onFocusField: (articleId, field, activate) => {
        select({ articleId, field }, 'raw');
        if (activate) focusLater(articleId, fieldKey(field));
      },
      onCaret: (articleId, field, offset) => {
        caret.current = { articleId, field, offset };
      },
      onBlurField: () => session.sealTyping(),
      onStatus: (articleId, status: ArticleStatus) => session.setStatus(articleId, status),
      onRemoveField: (articleId, field) => session.removeField(articleId, field),
      onAddParagraph: (articleId) => session.addParagraph(articleId),
      onDragStart: (articleId) => {
        dragged.current = articleId;
      },
      onDropOn: (articleId) => {
        const from = dragged.current;
        dragged.current = null;
        const target = session.getSnapshot().state.articles.find((a) => a.id === articleId);
        if (from && target && from !== articleId) session.reorder(from, target.order);
      },
    }),
    [session, select, focusLater],
  );
  return { handlers, caret };
}
