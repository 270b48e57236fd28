// The review's article list: the text, status and sort filters above it, and the table,
// virtualised: whatever the corpus holds, only the rows on screen (and a few either side)
// are in the page, between two spacer rows that keep the scroll height.

import { elementScroll, useVirtualizer, type Rect, type Virtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { FILTER_KEY, SORT_KEY, STATUS_KEY } from './labels';
import type { ReviewRow, SortKey, StatusFilter } from './reviewRows';
import { ReviewRowView, type RowWords } from './ReviewRowView';

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

/**
 * Where the rows begin inside the scrolling element (below the filters and the head), read in
 * a ResizeObserver's callback, when the browser has laid out anyway. Read in an effect, it
 * forced the whole table's first layout inside React's task (opening the review is a click, and
 * React runs a click's effects before the browser paints).
 */
function useRowsOffset(scrollRef: RefObject<HTMLElement | null>, bodyRef: RefObject<HTMLElement | null>) {
  const [offset, setOffset] = useState(0);
  useEffect(() => {
    const scroller = scrollRef.current;
    const body = bodyRef.current;
    if (!scroller || !body || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      const top =
        body.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
      setOffset(Math.max(0, Math.round(top)));
    });
    // The scroller resized, or what stands above the rows did: the head, the table's place
    // (whatever comes before it in the scroller: the filters, wrapping to a second line).
    observer.observe(scroller);
    const head = body.previousElementSibling;
    if (head) observer.observe(head);
    for (let above = body.parentElement?.previousElementSibling; above; above = above.previousElementSibling)
      observer.observe(above);
    return () => observer.disconnect();
  }, [scrollRef, bodyRef]);
  return offset;
}

/** One row's height (review.css gives every row this height: one line, no wrapping). */
const ROW_PX = 28;
const rowHeight = () => ROW_PX;
/** What is shown before the list is laid out, or where nothing is (a test's DOM). */
const UNMEASURED = { width: 0, height: 30 * ROW_PX };

/**
 * The scroller's size for the virtualiser, first read in a ResizeObserver's callback (the
 * browser has laid out then), never as the virtualiser starts: its own first reading
 * (clientHeight, in React's commit) forced the new table's whole first layout, font loading
 * and shaping included, into the task that rendered it (the review's longest task).
 */
function scrollerRect(instance: Virtualizer<HTMLElement, Element>, report: (rect: Rect) => void) {
  const scroller = instance.scrollElement;
  if (!scroller || typeof ResizeObserver === 'undefined') return;
  const observer = new ResizeObserver(() => {
    const rect = { width: scroller.clientWidth, height: scroller.clientHeight };
    report(rect.height > 0 ? rect : UNMEASURED);
  });
  observer.observe(scroller);
  return () => observer.disconnect();
}

/** Virtualisers that have made their first scroll. */
const started = new WeakSet<object>();

/**
 * Scrolls the list, except for the virtualiser's first scroll, to where it starts, as it
 * mounts: writing scrollTop forced the new table's first layout in React's commit, and the
 * scroller is there already (before the table it held only the filters and a line).
 */
function scrollUnlessStarting(
  offset: number,
  options: { adjustments?: number; behavior?: ScrollBehavior },
  instance: Virtualizer<HTMLElement, Element>,
) {
  const first = !started.has(instance);
  started.add(instance);
  if (first && offset + (options.adjustments ?? 0) === 0) return;
  elementScroll(offset, options, instance);
}

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
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const words = useMemo<RowWords>(
    () => ({
      language,
      untitled: t('review.untitled'),
      status: {
        draft: t(STATUS_KEY.draft),
        corrected: t(STATUS_KEY.corrected),
        reviewed: t(STATUS_KEY.reviewed),
      },
    }),
    [t, language],
  );
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const margin = useRowsOffset(scrollRef, bodyRef);
  // The virtualiser's functions change with every scroll by design; this table is re-rendered by it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: rowHeight,
    overscan: 12,
    scrollMargin: margin,
    // Keyed by place (the default): every row is as high, and a key function made anew each
    // render would have the virtualiser lay out every one of 100,000 rows again each time.
    initialRect: UNMEASURED,
    observeElementRect: scrollerRect,
    scrollToFn: scrollUnlessStarting,
  });
  // The queue or a click chose an article: bring its row into view (only if it is not).
  useEffect(() => {
    if (currentIndex >= 0) virtualizer.scrollToIndex(currentIndex, { align: 'auto' });
  }, [currentIndex, virtualizer]);

  const items = virtualizer.getVirtualItems();
  const first = items.length > 0 ? items[0].index : 0;
  const last = items.length > 0 ? items[items.length - 1].index + 1 : 0;
  useEffect(() => onRange(first, last), [onRange, first, last]);
  const before = items.length > 0 ? items[0].start - margin : 0;
  const after = items.length > 0 ? virtualizer.getTotalSize() - (items[items.length - 1].end - margin) : 0;
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
        {items.map((v) => {
          const r = rowAt(v.index);
          return r ? (
            <ReviewRowView
              key={r.article.id}
              row={r}
              index={v.index}
              selected={r.article.id === currentId}
              showPage={showPage}
              words={words}
              onShow={onShow}
            />
          ) : (
            <tr key={`pending-${v.index}`} className="review-pending" aria-hidden="true">
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
