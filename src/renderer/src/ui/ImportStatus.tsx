import { useTranslation } from 'react-i18next';
import type { ImportFailureReason, ImportProgress, ImportReport } from '../import/types';
import type { Key } from '../i18n/keys';

const REASON_KEY = {
  binary: 'import.reason.binary',
  'too-large': 'import.reason.too-large',
  unreadable: 'import.reason.unreadable',
  undecodable: 'import.reason.undecodable',
  storage: 'import.reason.storage',
} as const satisfies Record<ImportFailureReason, Key>;

export function ImportProgressBar({
  progress,
  onCancel,
}: {
  progress: ImportProgress;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const label = t('import.progress', { done: progress.done, total: progress.total });
  return (
    <div className="import-progress">
      <progress value={progress.done} max={Math.max(1, progress.total)} aria-label={label} />
      <span className="import-progress-text">{label}</span>
      <button type="button" className="button small" onClick={onCancel}>
        {t('import.cancel')}
      </button>
    </div>
  );
}

export function ImportSummary({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const parts = [
    report.cancelled ? t('import.cancelled') : null,
    t('import.summary', { imported: report.imported, total: report.total }),
  ];
  if (report.duplicates) parts.push(t('import.summaryDuplicates', { count: report.duplicates }));
  if (report.changed) parts.push(t('import.summaryChanged', { count: report.changed }));
  if (report.failed) parts.push(t('import.summaryFailed', { count: report.failed }));
  return <span className="import-summary">{parts.filter(Boolean).join(' · ')}</span>;
}

/** Files that were refused, each with its name and the reason in words. */
export function ImportErrors({ report, onDismiss }: { report: ImportReport; onDismiss: () => void }) {
  const { t } = useTranslation();
  if (report.failures.length === 0) return null;
  return (
    <section className="import-errors" role="alert" aria-label={t('import.errorsTitle')}>
      <header>
        <h2>{t('import.errorsTitle')}</h2>
        <button type="button" className="button small" onClick={onDismiss}>
          {t('import.dismiss')}
        </button>
      </header>
      <ul>
        {report.failures.map((f, i) => (
          <li key={`${f.relativePath}-${i}`} title={f.detail}>
            <span className="file-name">{f.relativePath}</span>
            <span className="reason">{t(REASON_KEY[f.reason])}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
