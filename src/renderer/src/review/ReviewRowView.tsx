// One article in the review list. Memoised: a list of thousands re-renders only the rows
// whose article, figures or selection changed.

import { memo } from 'react';
import type { ArticleStatus } from '../../../core/model';
import { formatCount, formatPercent, formatRatio } from './FiguresList';
import type { ReviewRow } from './reviewRows';

/**
 * The words every row shows, translated once by the table: a `useTranslation` in each row
 * subscribed every row mounted while scrolling to the language's changes.
 */
export interface RowWords {
  language: string;
  untitled: string;
  status: Record<ArticleStatus, string>;
}

interface ReviewRowViewProps {
  row: ReviewRow;
  /** Its place in the list. */
  index: number;
  selected: boolean;
  showPage: boolean;
  words: RowWords;
  onShow: (row: ReviewRow, index: number) => void;
}

export const ReviewRowView = memo(function ReviewRowView({
  row,
  index,
  selected,
  showPage,
  words,
  onShow,
}: ReviewRowViewProps) {
  const { article, page, figures } = row;
  const { language } = words;
  return (
    <tr data-article-id={article.id} aria-selected={selected} onClick={() => onShow(row, index)}>
      {showPage && (
        <td className="review-page" title={page.relativePath}>
          {page.name}
        </td>
      )}
      <td className="num">{article.order + 1}</td>
      <td className="review-title" title={article.title || undefined}>
        {article.headline || words.untitled}
      </td>
      <td>
        <span className={`status-badge status-${article.status}`}>{words.status[article.status]}</span>
      </td>
      <td className="num">{formatCount(figures.reference_chars, language)}</td>
      <td className="num" data-ratio={figures.cer ?? ''} title={formatRatio(figures.cer, language)}>
        {formatPercent(figures.cer, language)}
      </td>
    </tr>
  );
});
