import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Page } from '../../../core/model';
import { formatPercent, formatSize } from '../common/format';
import { PageFlags } from './PageFlags';
import '../problems/problems.css';

export const ROW_HEIGHT = 58;

interface PageRowProps {
  page: Page;
  top: number;
  selected: boolean;
  onSelect: (pageId: string) => void;
}

export const PageRow = memo(function PageRow({ page, top, selected, onSelect }: PageRowProps) {
  const { t, i18n } = useTranslation();
  return (
    <div
      id={`page-${page.id}`}
      className="page-row"
      role="option"
      aria-selected={selected}
      data-page-name={page.name}
      style={{ top, height: ROW_HEIGHT }}
      onClick={() => onSelect(page.id)}
    >
      <div className="page-row-name" title={page.relativePath}>
        <span className="page-row-title">{page.name}</span>
        <PageFlags page={page} />
      </div>
      <div className="page-row-meta">
        <span className="page-encoding">{page.encoding.toUpperCase()}</span>
        <span>{formatSize(t, page.byteLength, i18n.language)}</span>
        <span>{t('pageList.articles', { count: page.articleCount })}</span>
        <span className="page-coverage">
          {t('pageList.coverage', { percent: formatPercent(page.coverage) })}
        </span>
        {(page.problemCount ?? 0) > 0 && (
          <span className="page-problem-count" title={t('pageList.problemsHint')}>
            {t('pageList.problems', { count: page.problemCount })}
          </span>
        )}
      </div>
    </div>
  );
});
