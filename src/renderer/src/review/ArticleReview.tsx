// One article under review: its raw text (its spans, in order) against its corrected
// fields, the figures `galley compare` would print for the same two texts, its status with
// who reviewed it and when, and its revisions.

import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compareTexts, correctedTextOf, rawTextOf } from '../../../core/diff';
import type { Article, ArticleStatus } from '../../../core/model';
import type { GalleyDb } from '../db/db';
import { DiffView, type DiffMode } from '../common/DiffView';
import { FiguresList } from './FiguresList';
import { STATUS_KEY } from './labels';
import { RevisionCompare } from './RevisionCompare';
import type { ReviewRow } from './reviewRows';
import { displayHeadline } from '../common/headline';
import './articleReview.css';

interface ArticleReviewProps {
  db: GalleyDb;
  row: ReviewRow;
  /** Takes the article one step along the status flow from the status shown. */
  onStep: (shown: ArticleStatus) => void;
  onReopen: () => void;
  onOpen: () => void;
}

/** The list holds figures only: the article under review and its page's raw text are read here. */
export function ArticleReview({ db, row, onStep, onReopen, onOpen }: ArticleReviewProps) {
  const { id, pageId } = row.article;
  // Read together and checked against the row: useLiveQuery keeps its last result while a
  // new id loads, and the previous article must never be shown (R would mark the row's).
  const shown = useLiveQuery(
    async () => ({
      id,
      article: await db.articles.get(id),
      raw: (await db.texts.get(pageId))?.raw ?? '',
    }),
    [db, id, pageId],
  );
  if (shown?.id !== id || !shown.article) return null;
  const { article, raw } = shown;
  return (
    <ArticleReviewShown
      db={db}
      article={article}
      pageName={row.page.name}
      raw={raw}
      onStep={onStep}
      onReopen={onReopen}
      onOpen={onOpen}
    />
  );
}

function ArticleReviewShown({
  db,
  article,
  pageName,
  raw,
  onStep,
  onReopen,
  onOpen,
}: Omit<ArticleReviewProps, 'row'> & { article: Article; pageName: string; raw: string }) {
  const { t, i18n } = useTranslation();
  const [mode, setMode] = useState<DiffMode>('split');
  const [tab, setTab] = useState<'diff' | 'revisions'>('diff');
  const rawText = useMemo(() => rawTextOf(article, raw), [article, raw]);
  const corrected = useMemo(() => correctedTextOf(article), [article]);
  const figures = useMemo(() => compareTexts(rawText, corrected), [rawText, corrected]);
  const title = displayHeadline(article) || t('review.untitled');
  const when =
    article.reviewedAt === undefined
      ? ''
      : new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
          article.reviewedAt,
        );

  return (
    <section
      className="article-review"
      data-article-id={article.id}
      aria-label={t('review.articleLabel', { title })}
    >
      <header className="article-review-head">
        <div>
          <h2>
            <span className="review-order">{article.order + 1}</span> {title}
          </h2>
          <p className="review-muted">
            {pageName} ·{' '}
            <span className={`status-badge status-${article.status}`} data-status={article.status}>
              {t(STATUS_KEY[article.status])}
            </span>
            {article.status === 'reviewed' && (
              <span className="review-by">
                {' '}
                {article.reviewer
                  ? t('review.reviewedBy', { name: article.reviewer, when })
                  : t('review.reviewedAt', { when })}
              </span>
            )}
          </p>
        </div>
        <div className="article-review-actions">
          {article.status === 'reviewed' ? (
            <button type="button" className="button" onClick={onReopen}>
              {t('review.reopen')}
            </button>
          ) : (
            // One step of the status flow, as R takes it: a draft is corrected before it is reviewed.
            <button type="button" className="button primary" onClick={() => onStep(article.status)} title="R">
              {t(article.status === 'draft' ? 'review.markCorrected' : 'review.markReviewed')}
            </button>
          )}
          <button type="button" className="button" onClick={onOpen}>
            {t('review.openInEditor')}
          </button>
        </div>
      </header>
      <FiguresList figures={figures} label={t('review.articleFigures')} />
      <div className="review-tabs" role="tablist">
        <button type="button" role="tab" aria-selected={tab === 'diff'} onClick={() => setTab('diff')}>
          {t('review.tabDiff')}
        </button>
        <button
          type="button"
          role="tab"
          aria-selected={tab === 'revisions'}
          onClick={() => setTab('revisions')}
        >
          {t('review.tabRevisions')}
        </button>
        <span className="review-tabs-gap" />
        <label className="toggle">
          <input
            type="checkbox"
            checked={mode === 'unified'}
            onChange={(e) => setMode(e.target.checked ? 'unified' : 'split')}
          />
          {t('review.unified')}
        </label>
      </div>
      {tab === 'diff' ? (
        <DiffView
          from={rawText}
          to={corrected}
          mode={mode}
          fromLabel={t('review.rawText')}
          toLabel={t('review.correctedText')}
          emptyText={t('review.diffEmpty')}
        />
      ) : (
        <RevisionCompare db={db} article={article} mode={mode} />
      )}
    </section>
  );
}
