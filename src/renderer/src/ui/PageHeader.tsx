import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EncodingName, Page } from '../../../core/model';
import { formatPercent, formatSize } from '../common/format';
import { ReopenAs } from './ReopenAs';
import { PageFlags } from './PageFlags';
import { PagePresence } from '../sync/PagePresence';
import { PageConflicts } from '../sync/PageConflicts';

interface PageHeaderProps {
  page: Page;
  canReopen: boolean;
  softWrap: boolean;
  onSoftWrap: (on: boolean) => void;
  onReopen: (encoding: EncodingName) => Promise<string | null>;
}

export function PageHeader({ page, canReopen, softWrap, onSoftWrap, onReopen }: PageHeaderProps) {
  const { t, i18n } = useTranslation();
  // Kept with its page, so it does not follow the archivist to the next one.
  const [failure, setFailure] = useState<{ pageId: string; message: string } | null>(null);
  const error = failure?.pageId === page.id ? failure.message : null;
  return (
    <header className="page-header">
      <div className="page-title">
        <h1>{page.name}</h1>
        {page.relativePath !== page.name ? <span className="page-path">{page.relativePath}</span> : null}
        <PageFlags page={page} />
        <PagePresence pageId={page.id} />
      </div>
      <dl className="page-facts">
        <div>
          <dt>{t('page.encoding')}</dt>
          <dd className="page-encoding">{page.encoding.toUpperCase()}</dd>
        </div>
        <div>
          <dt>{t('page.size')}</dt>
          <dd>
            {formatSize(t, page.byteLength, i18n.language)} ·{' '}
            {t('page.characters', { count: page.charLength })}
          </dd>
        </div>
        <div>
          <dt>{t('page.lineEndings')}</dt>
          <dd>{page.lineEndings.toUpperCase()}</dd>
        </div>
        <div>
          <dt>{t('page.coverage')}</dt>
          <dd className="page-coverage">
            {t('page.percent', { percent: formatPercent(page.coverage) })} ·{' '}
            {t('pageList.articles', { count: page.articleCount })}
          </dd>
        </div>
      </dl>
      <div className="page-tools">
        {canReopen ? (
          <ReopenAs
            current={page.encoding}
            onChoose={(encoding) => {
              // A reopen that throws (the database failed) shows as this page's failure too.
              onReopen(encoding).then(
                (message) => setFailure(message ? { pageId: page.id, message } : null),
                (e: unknown) =>
                  setFailure({
                    pageId: page.id,
                    message: t('page.reopenFailed', { reason: e instanceof Error ? e.message : String(e) }),
                  }),
              );
            }}
          />
        ) : null}
        <label className="toggle">
          <input type="checkbox" checked={softWrap} onChange={(e) => onSoftWrap(e.target.checked)} />
          {t('page.softWrap')}
        </label>
      </div>
      <PageConflicts pageId={page.id} />
      {error ? (
        <p className="page-error" role="alert">
          {error}
        </p>
      ) : null}
    </header>
  );
}
