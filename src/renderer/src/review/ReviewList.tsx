// The review's article list: the text, status and sort filters above it, and the table,
// virtualised: whatever the corpus holds, only the rows on screen (and a few either side)
// are in the page, between two spacer rows that keep the scroll height.

import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { FILTER_KEY, SORT_KEY } from './labels';
import type { ReviewRow, SortKey, StatusFilter } from './reviewRows';
import { ReviewRowView } from './ReviewRowView';

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
  rows: readonly ReviewRow[];
  currentId: string | null;
  /** The corpus scope lists each article's page. */
  showPage: boolean;
  onShow: (articleId: string) => void;
  /** The element that scrolls the list (the table and the filters above it). */
  scrollRef: RefObject<HTMLElement | null>;
}

/** One row's height (review.css gives every row this height: one line, no wrapping). */
const ROW_PX = 28;
/** What is shown before the list is laid out, or where nothing is (a test's DOM). */
const UNMEASURED = { width: 0, height: 30 * ROW_PX };

export function ReviewTable({ rows, currentId, showPage, onShow, scrollRef }: ReviewTableProps) {
  const { t } = useTranslation();
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  // Where the rows begin inside the scrolling element (below the filters and the head).
  const [margin, setMargin] = useState(0);
  useLayoutEffect(() => {
    const body = bodyRef.current;
    const scroller = scrollRef.current;
    if (!body || !scroller) return;
    const top = body.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
    setMargin(Math.max(0, Math.round(top)));
  }, [scrollRef, showPage]);
  // The virtualiser's functions change with every scroll by design; this table is re-rendered by it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_PX,
    overscan: 12,
    scrollMargin: margin,
    getItemKey: (i) => rows[i].article.id,
    initialRect: UNMEASURED,
    observeElementRect: (instance, report) =>
      observeElementRect(instance, (rect) => report(rect.height > 0 ? rect : UNMEASURED)),
  });
  // The queue or a click chose an article: bring its row into view (only if it is not).
  const rowsRef = useRef(rows);
  rowsRef.current = rows;
  useEffect(() => {
    if (currentId === null) return;
    const index = rowsRef.current.findIndex((r) => r.article.id === currentId);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [currentId, virtualizer]);

  const items = virtualizer.getVirtualItems();
  const before = items.length > 0 ? items[0].start - margin : 0;
  const after = items.length > 0 ? virtualizer.getTotalSize() - (items[items.length - 1].end - margin) : 0;
  const columns = showPage ? 6 : 5;
  return (
    <table className="review-table review-articles" data-rows={rows.length}>
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
        {items.map((v) => {
          const r = rows[v.index];
          return (
            <ReviewRowView
              key={r.article.id}
              row={r}
              selected={r.article.id === currentId}
              showPage={showPage}
              onShow={onShow}
            />
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
