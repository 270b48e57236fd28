import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgressSource } from '../import/progressStore';
import type { ImportFailureReason, ImportProgress, ImportReport } from '../import/types';
import type { Key } from '../i18n/keys';
import { problemText } from '../problems/problemText';
import { useDeskCommands } from '../common/commands';
import './importStatus.css';

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
  // Offered by the palette for as long as the bar (and the import) is there.
  useDeskCommands(() => [{ id: 'import-cancel', label: 'palette.command.import-cancel', run: onCancel }]);
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

/** The progress bar drawn from the import's live counts (import/progressStore.ts). */
export function LiveImportProgress({ source, onCancel }: { source: ProgressSource; onCancel: () => void }) {
  const progress = useSyncExternalStore(source.subscribe, source.get);
  return progress ? <ImportProgressBar progress={progress} onCancel={onCancel} /> : null;
}

export function ImportSummary({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const parts = [
    report.cancelled ? t('import.cancelled') : null,
    t('import.summary', { imported: report.imported, total: report.total }),
  ];
  if (report.duplicates) parts.push(t('import.summaryDuplicates', { count: report.duplicates }));
  if (report.changed) parts.push(t('import.summaryChanged', { count: report.changed }));
  if (report.sameTextCount) parts.push(t('import.summarySameText', { count: report.sameTextCount }));
  if (report.failed) parts.push(t('import.summaryFailed', { count: report.failed }));
  if (report.warnings.length) parts.push(t('importWarnings.summary', { count: report.warnings.length }));
  const text = parts.filter(Boolean).join(' · ');
  // A narrow top bar may cut it (with an ellipsis): the whole sentence stays in the tooltip.
  return (
    <span className="import-summary" title={text}>
      {text}
    </span>
  );
}

/**
 * Files that were refused, each with its name and the reason in words; then pages kept with
 * warnings (a guessed encoding, replacement characters at line:column), folded away.
 */
export function ImportErrors({ report, onDismiss }: { report: ImportReport; onDismiss: () => void }) {
  const { t } = useTranslation();
  if (report.failures.length === 0 && report.warnings.length === 0) return null;
  const dismiss = (
    <button type="button" className="button small" onClick={onDismiss}>
      {t('import.dismiss')}
    </button>
  );
  return (
    <>
      {report.failures.length > 0 ? (
        <section className="import-errors" role="alert" aria-label={t('import.errorsTitle')}>
          <header>
            <h2>{t('import.errorsTitle')}</h2>
            {dismiss}
          </header>
          <ul>
            {report.failures.map((f, i) => (
              <li key={`${f.relativePath}-${i}`} title={f.detail}>
                <span className="file-name">{f.relativePath}</span>
                <span className="reason">
                  {t(REASON_KEY[f.reason])}
                  {f.problem ? ` (${problemText(t, f.problem)})` : null}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {report.warnings.length > 0 ? (
        <section className="import-warnings" role="status">
          <details>
            <summary>
              {t('importWarnings.title', { count: report.warnings.length })}
              {report.failures.length === 0 ? dismiss : null}
            </summary>
            <p className="hint">{t('importWarnings.hint')}</p>
            <ul>
              {report.warnings.map((w, i) => (
                <li key={`${w.relativePath}-${i}`}>
                  <span className="file-name">{w.relativePath}</span>
                  <span className="reason">{w.warnings.map((p) => problemText(t, p)).join('; ')}</span>
                </li>
              ))}
            </ul>
          </details>
        </section>
      ) : null}
    </>
  );
}
