// A preview that took the focus hands it to the real editor once the card is current.

import { useCallback, useEffect, useRef, type RefObject } from 'react';

export function useFocusAfterRender(
  panel: RefObject<HTMLElement | null>,
  currentId: string | undefined,
): (articleId: string, key: string) => void {
  const want = useRef<{ articleId: string; key: string } | null>(null);
  useEffect(() => {
    const w = want.current;
    if (!w || w.articleId !== currentId) return;
    want.current = null;
    panel.current
      ?.querySelector<HTMLTextAreaElement>(
        `[data-article-id="${CSS.escape(w.articleId)}"] textarea[data-field="${w.key}"]`,
      )
      ?.focus();
  });
  return useCallback((articleId: string, key: string) => {
    want.current = { articleId, key };
  }, []);
}
