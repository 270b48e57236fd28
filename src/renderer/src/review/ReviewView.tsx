// The review of one page or of the whole corpus: figures summed, the articles listed with
// their status and change ratio (filterable, sortable), the chosen article's diff beside
// the list, and a queue that steps through unreviewed articles with one key each.

import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleStatus } from '../../../core/model';
import type { GalleyDb } from '../db/db';
import { ArticleReview } from './ArticleReview';
import { FiguresList } from './FiguresList';
import { markArticle, nextInFlow } from './reviewActions';
import { ReviewerName } from './ReviewerName';
import { ReviewProblems } from './ReviewProblems';
import { ReviewFilters, ReviewTable } from './ReviewList';
import { reviewerOf } from '../db/reviewer';
import type { ReviewRow, SortKey, StatusFilter } from './reviewRows';
import { useReviewList, useTypingPause } from './useReviewList';
import type { PlacedRow, ReviewScope } from './reviewWork';
import { useReviewKeys } from './useReviewKeys';
import { useDeskCommands } from '../common/commands';
import './review.css';

interface ReviewViewProps {
  db: GalleyDb;
  /** The page open in the editor, offered as the page scope. */
  pageId: string | null;
  onOpenArticle: (pageId: string, articleId: string) => void;
}

export function ReviewView({ db, pageId, onOpenArticle }: ReviewViewProps) {
  const { t } = useTranslation();
  const [corpus, setCorpus] = useState(pageId === null);
  const scope: ReviewScope = corpus || pageId === null ? { kind: 'corpus' } : { kind: 'page', pageId };
  const [status, setStatus] = useState<StatusFilter>('all');
  const [text, setText] = useState('');
  const searched = useTypingPause(text);
  const [sort, setSort] = useState<SortKey>('order');
  const { list, listed, counting, rowAt, want, work, current, currentIndex, show } = useReviewList(
    db,
    scope,
    {
      status,
      text: searched,
      sort,
    },
  );
  const currentId = current?.article.id ?? null;
  const [message, setMessage] = useState<string | null>(null);
  const reviewerInput = useRef<HTMLInputElement>(null);
  // Articles marked reviewed here, with the version the list showed when they were marked:
  // the queue skips them while the list still shows that version (the new status is on its
  // way), and no longer once a newer version shows (reviewed, or edited back to corrected).
  const marked = useRef(new Map<string, number>());
  /** The next unreviewed article in the list as it is now, after `id`. */
  const following = useCallback(
    async (id: string | null): Promise<PlacedRow | null> =>
      list === null ? null : work.next(list.token, id, [...marked.current]),
    [list, work],
  );
  // Drafts R has just corrected, with the version the list showed then: a second R counts
  // them as corrected even before the list shows the new status.
  const corrected = useRef(new Map<string, number>());
  const listRef = useRef<HTMLDivElement>(null);

  /** J was pressed before the list was in: the step is taken when it comes. */
  const queued = useRef(false);
  const next = useCallback(async () => {
    // Still reading or counting ("all reviewed" would be untrue yet, though the first rows
    // may show): the step waits for the list.
    if (list === null) {
      queued.current = true;
      return;
    }
    queued.current = false;
    const r = await following(currentId);
    if (r) {
      setMessage(null);
      show(r);
    } else setMessage(t('review.queueDone'));
  }, [list, following, currentId, show, t]);
  useEffect(() => {
    if (list !== null && queued.current) void next();
  }, [list, next]);

  const mark = useCallback(
    async (row: ReviewRow, to: ArticleStatus, advance: boolean) => {
      if (to === 'reviewed' && reviewerOf(db) === '') {
        setMessage(t('review.needReviewer'));
        reviewerInput.current?.focus();
        return;
      }
      setMessage(null);
      // Step on before the list refreshes, from the row's place in the list as it is now.
      if (to === 'reviewed') marked.current.set(row.article.id, row.article.updatedAt);
      else marked.current.delete(row.article.id);
      const after = advance ? await following(row.article.id) : null;
      await markArticle(db, row.article.pageId, row.article.id, to);
      if (advance) {
        if (after) {
          show(after);
          setMessage(t('review.markedReviewed'));
        } else setMessage(t('review.queueDone'));
      }
    },
    [db, following, show, t],
  );

  // R and the review's button take the same step of the status flow: a draft becomes
  // corrected and stays in view, so the archivist reads it once more before the next step
  // marks it reviewed and goes on. `shown` is the status on screen, when it is newer than the list's.
  const step = useCallback(
    (row: ReviewRow, shown?: ArticleStatus) => {
      const { id, status, updatedAt } = row.article;
      const to = nextInFlow(shown ?? (corrected.current.get(id) === updatedAt ? 'corrected' : status));
      if (to === 'corrected') {
        corrected.current.set(id, updatedAt);
        void mark(row, to, false).then(() => setMessage(t('review.markedCorrected')));
      } else if (to === 'reviewed') void mark(row, to, true);
      else setMessage(t('review.alreadyReviewed'));
    },
    [mark, t],
  );

  useReviewKeys(() => void next(), step, current);
  const reopen = (row: ReviewRow) =>
    void mark(row, 'corrected', false).then(() => setMessage(t('review.reopened')));
  useDeskCommands(() => [
    { id: 'review-next', label: 'palette.command.review-next', shortcut: 'J', run: () => void next() },
    {
      id: 'review-step',
      label: 'palette.command.review-step',
      shortcut: 'R',
      enabled: current !== null,
      run: () => current && step(current),
    },
    {
      id: 'review-open',
      label: 'palette.command.review-open',
      enabled: current !== null,
      run: () => current && onOpenArticle(current.article.pageId, current.article.id),
    },
    {
      id: 'review-reopen',
      label: 'palette.command.review-reopen',
      enabled: current?.article.status === 'reviewed',
      run: () => current && reopen(current),
    },
  ]);

  return (
    <section className="review-view" aria-label={t('review.title')}>
      <header className="review-bar">
        <div className="review-scope" role="radiogroup" aria-label={t('review.scope')}>
          <label>
            <input
              type="radio"
              checked={!corpus && pageId !== null}
              disabled={pageId === null}
              onChange={() => setCorpus(false)}
            />
            {t('review.scopePage')}
          </label>
          <label>
            <input type="radio" checked={corpus || pageId === null} onChange={() => setCorpus(true)} />
            {t('review.scopeCorpus')}
          </label>
        </div>
        <ReviewerName db={db} inputRef={reviewerInput} />
        <button type="button" className="button primary" onClick={() => void next()} title="J / N">
          {t('review.nextUnreviewed')}
        </button>
        <span className="review-keys">{t('review.keys')}</span>
      </header>
      <div className="review-summary">
        {/* Nothing said until something is known: the counts of no list would read as none. */}
        {counting ? (
          <p className="review-counts" data-testid="review-counting" role="status">
            {t('review.counting', { total: listed })}
          </p>
        ) : (
          list && (
            <p className="review-counts" data-testid="review-counts">
              {t('review.counts', { total: list.total, ...list.counts })}
            </p>
          )
        )}
        <FiguresList figures={list?.totals ?? null} label={t('review.totals')} />
      </div>
      <ReviewProblems
        db={db}
        scope={scope}
        problemKey={list?.problems ?? null}
        onOpenArticle={onOpenArticle}
      />
      {message && (
        <p className="review-message" role="status">
          {message}
        </p>
      )}
      <div className="review-split">
        <div className="review-list" ref={listRef}>
          <ReviewFilters
            text={text}
            status={status}
            sort={sort}
            onText={setText}
            onStatus={setStatus}
            onSort={setSort}
          />
          {/* The table stands (empty) while the first list is read: its head and the rows'
              place are laid out and measured by then, so the virtualiser places 100,000 rows
              once as they come, not a second time when it learns where they begin. */}
          {list !== null && list.total === 0 ? (
            <p className="review-muted">{t('review.noArticles')}</p>
          ) : (
            <ReviewTable
              count={listed}
              rowAt={rowAt}
              onRange={want}
              currentId={currentId}
              currentIndex={currentIndex}
              showPage={corpus}
              onShow={(row, index) => show({ row, index })}
              scrollRef={listRef}
            />
          )}
          {list === null && !counting && (
            <p className="review-muted" role="status">
              {t('page.loading')}
            </p>
          )}
          {list !== null && list.total > 0 && list.listed === 0 && (
            <p className="review-muted">{t('review.noMatch')}</p>
          )}
        </div>
        <div className="review-detail">
          {current ? (
            <ArticleReview
              db={db}
              row={current}
              onStep={(shown) => step(current, shown)}
              onReopen={() => reopen(current)}
              onOpen={() => onOpenArticle(current.article.pageId, current.article.id)}
            />
          ) : (
            <p className="review-muted">{t('review.pickArticle')}</p>
          )}
        </div>
      </div>
    </section>
  );
}
