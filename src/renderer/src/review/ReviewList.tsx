// The review's article list: the text, status and sort filters above it, and the table,
// virtualised: whatever the corpus holds, only the rows on screen (and a few either side)
// are in the page, between two spacer rows that keep the scroll height.

import { useEffect, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { FILTER_KEY, SORT_KEY } from './labels';
import type { ReviewRow, SortKey, StatusFilter } from './reviewRows';
import { ReviewRowView } from './ReviewRowView';
import { useFixedRows } from './useFixedRows';

const STATUS_FILTERS: StatusFilter[] = ['all', 'unreviewed', 'draft', 'corrected', 'reviewed'];
const SORTS: SortKey[] = ['order', 'ratio-desc', 'ratio-asc', 'status'];

interface ReviewFiltersProps {
  text: string;
  status: StatusFilter;
  sort: SortKey;
  onText: (text: string) => void;
  onStatus: (status: StatusFilter) => void;
  onSort: (sort: SortKey) => void;
}

export function ReviewFilters({ text, status, sort, onText, onStatus, onSort }: ReviewFiltersProps) {
  const { t } = useTranslation();
  return (
    <div className="review-filters">
      <input
        type="search"
        value={text}
        placeholder={t('review.filterText')}
        aria-label={t('review.filterText')}
        onChange={(e) => onText(e.target.value)}
      />
      <select
        value={status}
        aria-label={t('review.filterStatus')}
        onChange={(e) => onStatus(e.target.value as StatusFilter)}
      >
        {STATUS_FILTERS.map((s) => (
          <option key={s} value={s}>
            {t(FILTER_KEY[s])}
          </option>
        ))}
      </select>
      <select value={sort} aria-label={t('review.sort')} onChange={(e) => onSort(e.target.value as SortKey)}>
        {SORTS.map((s) => (
          <option key={s} value={s}>
            {t(SORT_KEY[s])}
          </option>
        ))}
      </select>
    </div>
  );
}

interface ReviewTableProps {
  /** Rows listed; those not taken from the review worker yet are drawn empty. */
  count: number;
  rowAt: (index: number) => ReviewRow | undefined;
  /** The places on screen, so their rows are taken. */
  onRange: (from: number, to: number) => void;
  currentId: string | null;
  /** The chosen article's place in the list (-1: not listed). */
  currentIndex: number;
  /** The corpus scope lists each article's page. */
  showPage: boolean;
  onShow: (row: ReviewRow, index: number) => void;
  /** The element that scrolls the list (the table and the filters above it). */
  scrollRef: RefObject<HTMLElement | null>;
}

/** One row's height (review.css gives every row this height: one line, no wrapping). */
const ROW_PX = 28;
/** What is shown before the list is laid out, or where nothing is (a test's DOM). */
const UNMEASURED_PX = 30 * ROW_PX;
/** Rows drawn beyond the screen either side, so a short scroll shows drawn rows. */
const OVERSCAN = 12;

export function ReviewTable({
  count,
  rowAt,
  onRange,
  currentId,
  currentIndex,
  showPage,
  onShow,
  scrollRef,
}: ReviewTableProps) {
  const { t } = useTranslation();
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const { first, last, before, after, scrollToIndex } = useFixedRows(
    count,
    ROW_PX,
    OVERSCAN,
    UNMEASURED_PX,
    scrollRef,
    bodyRef,
  );
  // The queue or a click chose an article: bring its row into view (only if it is not).
  useEffect(() => {
    if (currentIndex >= 0) scrollToIndex(currentIndex);
  }, [currentIndex, scrollToIndex]);
  useEffect(() => onRange(first, last), [onRange, first, last]);
  const places = Array.from({ length: last - first }, (_, i) => first + i);
  const columns = showPage ? 6 : 5;
  return (
    <table className="review-table review-articles" data-rows={count}>
      <colgroup>
        {showPage && <col className="col-page" />}
        <col className="col-order" />
        <col />
        <col className="col-status" />
        <col className="col-num" />
        <col className="col-num" />
      </colgroup>
      <thead>
        <tr>
          {showPage && <th>{t('review.col.page')}</th>}
          <th>{t('review.col.order')}</th>
          <th>{t('review.col.title')}</th>
          <th>{t('review.col.status')}</th>
          <th className="num">{t('review.col.chars')}</th>
          <th className="num">{t('review.col.ratio')}</th>
        </tr>
      </thead>
      <tbody ref={bodyRef}>
        {before > 0 && (
          <tr className="review-spacer" aria-hidden="true">
            <td colSpan={columns} style={{ height: before }} />
          </tr>
        )}
        {places.map((index) => {
          const r = rowAt(index);
          return r ? (
            <ReviewRowView
              key={r.article.id}
              row={r}
              index={index}
              selected={r.article.id === currentId}
              showPage={showPage}
              onShow={onShow}
            />
          ) : (
            <tr key={`pending-${index}`} className="review-pending" aria-hidden="true">
              <td colSpan={columns} />
            </tr>
          );
        })}
        {after > 0 && (
          <tr className="review-spacer" aria-hidden="true">
            <td colSpan={columns} style={{ height: after }} />
          </tr>
        )}
      </tbody>
    </table>
  );
}
