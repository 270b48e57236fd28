// One article in the review list. Memoised: a list of thousands re-renders only the rows
// whose article, figures or selection changed.

import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount, formatPercent, formatRatio } from './FiguresList';
import { STATUS_KEY } from './labels';
import type { ReviewRow } from './reviewRows';

interface ReviewRowViewProps {
  row: ReviewRow;
  /** Its place in the list. */
  index: number;
  selected: boolean;
  showPage: boolean;
  onShow: (row: ReviewRow, index: number) => void;
}

export const ReviewRowView = memo(function ReviewRowView({
  row,
  index,
  selected,
  showPage,
  onShow,
}: ReviewRowViewProps) {
  const { t, i18n } = useTranslation();
  const { article, page, figures } = row;
  return (
    <tr data-article-id={article.id} aria-selected={selected} onClick={() => onShow(row, index)}>
      {showPage && (
        <td className="review-page" title={page.relativePath}>
          {page.name}
        </td>
      )}
      <td className="num">{article.order + 1}</td>
      <td className="review-title" title={article.title || undefined}>
        {article.headline || t('review.untitled')}
      </td>
      <td>
        <span className={`status-badge status-${article.status}`}>{t(STATUS_KEY[article.status])}</span>
      </td>
      <td className="num">{formatCount(figures.reference_chars, i18n.language)}</td>
      <td className="num" data-ratio={figures.cer ?? ''} title={formatRatio(figures.cer, i18n.language)}>
        {formatPercent(figures.cer, i18n.language)}
      </td>
    </tr>
  );
});
