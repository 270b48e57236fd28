// The save status in the panel head. While the archivist types it turns from saved to saving
// and back with every save, so it turns without a render and without a layout: both words
// are drawn in one cell as wide as the wider, and the session's status only picks the one
// shown (an attribute: a restyle and a repaint of the badge). A failing save is rare and its
// longer message is drawn by React.

import { useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleSession } from './session/ArticleSession';

export function SaveStatus({ session }: { session: ArticleSession }) {
  const { t } = useTranslation();
  const failing = useSyncExternalStore(session.subscribe, () => session.getSnapshot().save === 'error');
  const ref = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const show = () => {
      const save = session.getSnapshot().save;
      if (el.dataset.save !== save) el.dataset.save = save;
    };
    show();
    return session.subscribe(show);
  }, [session, failing]);
  if (failing)
    return (
      <span className="save-status" role="status" data-save="error">
        {t('articles.save.error')}
      </span>
    );
  return (
    <span ref={ref} className="save-status" role="status" data-save={session.getSnapshot().save}>
      <span className="save-word save-word-saved">{t('articles.save.saved')}</span>
      <span className="save-word save-word-saving">{t('articles.save.saving')}</span>
    </span>
  );
}
