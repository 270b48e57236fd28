// What a finished export reports: how much it wrote and where, and every page it left out
// with the reason (an earlier version, or no articles in the scope), so nothing is skipped
// without the archivist being told.

import { useTranslation } from 'react-i18next';
import type { SkippedVersion } from '../../../core/export/superseded';

export interface ExportDone {
  written: number;
  bytes: number;
  articles: number;
  location: string;
  skipped: SkippedVersion[];
  empty: string[];
}

export function ExportResult({ done }: { done: ExportDone }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <p className="export-summary" role="status" data-written={done.written}>
        {t('export.summary', {
          files: done.written,
          count: done.articles,
          size: (done.bytes / 1024).toLocaleString(i18n.language, { maximumFractionDigits: 1 }),
          location: done.location,
        })}
      </p>
      {done.skipped.length > 0 && (
        <p className="export-skipped" role="status">
          {t('export.skipped', {
            count: done.skipped.length,
            pages: done.skipped.map((s) => s.relativePath).join(', '),
          })}
        </p>
      )}
      {done.empty.length > 0 && (
        <p className="export-skipped export-empty">
          {t('export.skippedEmpty', { count: done.empty.length, pages: done.empty.join(', ') })}
        </p>
      )}
      {done.written === 0 && <p className="modal-error">{t('export.nothing')}</p>}
    </>
  );
}
