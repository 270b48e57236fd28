// An article's revisions: any two compared (or one against the article as it stands), any
// one restored as an undoable step of the page's session.

import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compareTexts, correctedTextOf } from '../../../core/diff';
import type { Revision } from '../../../core/backup/types';
import type { Article, ArticleContent } from '../../../core/model';
import type { GalleyDb } from '../db/db';
import { DiffView, type DiffMode } from '../common/DiffView';
import { FiguresList } from './FiguresList';
import { STATUS_KEY } from './labels';
import { restoreRevision } from './reviewActions';
import './revisions.css';

const CURRENT = 'current';

interface RevisionCompareProps {
  db: GalleyDb;
  article: Article;
  mode: DiffMode;
}

export function RevisionCompare({ db, article, mode }: RevisionCompareProps) {
  const { t, i18n } = useTranslation();
  const revisions = useLiveQuery(
    () =>
      db.revisions
        .where('[articleId+createdAt]')
        .between([article.id, -Infinity], [article.id, Infinity])
        .reverse()
        .toArray(),
    [db, article.id],
    null,
  );
  const [fromId, setFromId] = useState<string | null>(null);
  const [toId, setToId] = useState<string>(CURRENT);
  const [undo, setUndo] = useState<{ run: () => Promise<void>; when: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const time = useMemo(
    () => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'medium' }),
    [i18n.language],
  );

  const list = revisions ?? [];
  const find = (id: string | null): Revision | undefined => list.find((r) => r.id === id);
  // By default: the oldest revision against the article as it stands.
  const from = find(fromId) ?? list[list.length - 1];
  const contentOf = (id: string): ArticleContent | undefined =>
    id === CURRENT ? article : find(id)?.content;
  const toContent = contentOf(toId) ?? article;
  const fromText = from ? correctedTextOf(from.content) : '';
  const toText = correctedTextOf(toContent);
  const figures = useMemo(() => compareTexts(fromText, toText), [fromText, toText]);

  const label = (r: Revision, i: number) =>
    `#${list.length - i} · ${time.format(r.createdAt)} · ${t(STATUS_KEY[r.status])}`;

  const restore = async (r: Revision) => {
    setError(null);
    try {
      const run = await restoreRevision(db, article.pageId, article.id, r.content);
      setUndo({ run, when: time.format(r.createdAt) });
    } catch (e) {
      setError(t('review.restoreFailed', { reason: String(e) }));
    }
  };

  if (revisions === null) return null;
  if (list.length === 0) return <p className="review-muted">{t('review.noRevisions')}</p>;
  return (
    <div className="revision-compare">
      <div className="revision-pickers">
        <label>
          {t('review.revisionFrom')}
          <select
            value={from?.id ?? ''}
            onChange={(e) => setFromId(e.target.value)}
            data-testid="revision-from"
          >
            {list.map((r, i) => (
              <option key={r.id} value={r.id}>
                {label(r, i)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('review.revisionTo')}
          <select value={toId} onChange={(e) => setToId(e.target.value)} data-testid="revision-to">
            <option value={CURRENT}>{t('review.revisionCurrent')}</option>
            {list.map((r, i) => (
              <option key={r.id} value={r.id}>
                {label(r, i)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <FiguresList figures={figures} label={t('review.revisionFigures')} />
      <DiffView
        from={fromText}
        to={toText}
        mode={mode}
        fromLabel={t('review.revisionFrom')}
        toLabel={t('review.revisionTo')}
        emptyText={t('review.diffEmpty')}
      />
      <ol className="revision-list">
        {list.map((r, i) => (
          <li key={r.id}>
            <span>{label(r, i)}</span>
            <button type="button" className="button small" onClick={() => void restore(r)}>
              {t('review.restore')}
            </button>
          </li>
        ))}
      </ol>
      {undo && (
        <p className="review-note" role="status">
          {t('review.restored', { when: undo.when })}{' '}
          <button
            type="button"
            className="button small"
            onClick={() => {
              const u = undo;
              setUndo(null);
              void u.run();
            }}
          >
            {t('review.undo')}
          </button>
        </p>
      )}
      {error && (
        <p className="review-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
