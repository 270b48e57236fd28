// The review's article list: the text, status and sort filters above it, and the table.

import type { RefObject } from 'react';
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
  bodyRef: RefObject<HTMLTableSectionElement | null>;
}

export function ReviewTable({ rows, currentId, showPage, onShow, bodyRef }: ReviewTableProps) {
  const { t } = useTranslation();
  return (
    <table className="review-table review-articles">
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
        {rows.map((r) => (
          <ReviewRowView
            key={r.article.id}
            row={r}
            selected={r.article.id === currentId}
            showPage={showPage}
            onShow={onShow}
          />
        ))}
      </tbody>
    </table>
  );
}
