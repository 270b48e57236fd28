// The cleanup preview: each changed article as a character diff (the first SHOWN of them)
// and what the transforms reported but left alone.

import { useTranslation } from 'react-i18next';
import type { DiffChunk } from '../../../core/diff';
import { DiffView } from '../common/DiffView';
import { REPORT_KEY } from './labels';
import type { ArticleChange, Scope } from './plan';
import { displayHeadline } from '../common/headline';

export const SHOWN = 60;

export interface PreviewItem {
  pageId: string;
  pageName: string;
  change: ArticleChange;
  chunks: DiffChunk[];
}

export interface Preview {
  scope: Scope;
  items: PreviewItem[];
}

export function CleanupPreview({ preview }: { preview: Preview }) {
  const { t } = useTranslation();
  const reports = preview.items.flatMap((i) => i.change.reports);
  return (
    <div className="cleanup-preview">
      <p className="tool-summary">
        {t('clean.changes', { count: preview.items.length })}
        {reports.length > 0 ? ` · ${t('clean.reports', { count: reports.length })}` : ''}
      </p>
      {preview.items.slice(0, SHOWN).map((item) => (
        <section key={`${item.pageId}/${item.change.articleId}`} className="preview-item">
          <h4>
            {t('clean.articleOn', {
              page: item.pageName,
              n: item.change.before.order + 1,
              title: displayHeadline(item.change.before),
            })}
          </h4>
          <DiffView mode="compact" chunks={item.chunks} />
        </section>
      ))}
      {preview.items.length > SHOWN ? (
        <p className="tool-hint">{t('clean.moreChanges', { count: preview.items.length - SHOWN })}</p>
      ) : null}
      {reports.length > 0 ? (
        <ul className="cleanup-reports">
          {reports.slice(0, 20).map((r, i) => (
            <li key={i}>
              {t(REPORT_KEY[r.kind])}: <q>{r.text}</q>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
