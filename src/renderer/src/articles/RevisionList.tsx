// The timestamped revisions of one article (one per editing burst), newest first.

import { useLiveQuery } from 'dexie-react-hooks';
import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Revision } from '../../../core/backup/types';
import type { GalleyDb } from '../db/db';
import { displayHeadline } from '../common/headline';

interface RevisionListProps {
  db: GalleyDb;
  articleId: string;
  onRestore: (revision: Revision) => void;
}

export const RevisionList = memo(function RevisionList({ db, articleId, onRestore }: RevisionListProps) {
  const { t, i18n } = useTranslation();
  // Queried only while open: every save writes a revision, and a closed list need not follow.
  const [open, setOpen] = useState(false);
  const revisions = useLiveQuery(
    () =>
      open
        ? db.revisions
            .where('[articleId+createdAt]')
            .between([articleId, -Infinity], [articleId, Infinity])
            .reverse()
            .limit(50)
            .toArray()
        : [],
    [db, articleId, open],
    null,
  );
  const time = useMemo(
    () => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'medium' }),
    [i18n.language],
  );
  return (
    <details className="revisions" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {open ? t('articles.revisions', { count: revisions?.length ?? 0 }) : t('articles.revisionsClosed')}
      </summary>
      <ol>
        {(revisions ?? []).map((r) => (
          <li key={r.id}>
            <time dateTime={new Date(r.createdAt).toISOString()}>{time.format(r.createdAt)}</time>{' '}
            <span className="revision-preview">{displayHeadline(r.content)}</span>{' '}
            <button type="button" onClick={() => onRestore(r)}>
              {t('articles.restore')}
            </button>
          </li>
        ))}
      </ol>
    </details>
  );
});
