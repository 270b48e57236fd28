// What a backup or a restore did, in words: where the backup went, or what the restore
// added and kept, with every conflict listed; or why the file was refused.

import { useTranslation } from 'react-i18next';
import type { Key } from '../i18n/keys';
import type { RestoreSummary } from './backupWork';
import type { BackupSummary } from './makeProjectBackup';
import type { RestoreOutcome } from './restoreBackup';
import { RestoreRefused, RestoreReport } from './RestoreReport';
import { Modal } from '../common/Modal';
import { UndoRestore } from './UndoRestore';
import './backup.css';

export type BackupResult =
  /** Under way; `done` of `total` records once the worker has counted them. */
  | { kind: 'working'; what: 'backup' | 'restore'; done?: number; total?: number }
  | { kind: 'backup'; summary: BackupSummary }
  | { kind: 'backup-failed'; detail: string }
  | { kind: 'restore'; name: string; outcome: RestoreOutcome }
  /** What the restore would change, asked before anything is written. */
  | { kind: 'restore-plan'; name: string; plan: RestoreSummary };

const WORKING_KEY = {
  backup: 'backup.working.backup',
  restore: 'backup.working.restore',
} as const satisfies Record<'backup' | 'restore', Key>;

export function BackupDialog({
  result,
  onClose,
  onUndone,
  onConfirm,
  onStop,
}: {
  result: BackupResult;
  onClose: () => void;
  /** A restore was undone: the views reload what the database holds. */
  onUndone?: () => void;
  /** The archivist said yes to the restore-plan shown. */
  onConfirm?: () => void;
  /** Stops the backup under way (nothing is saved). */
  onStop?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const working = result.kind === 'working';
  return (
    <Modal labelledBy="backup-title" onClose={onClose} canClose={!working} className="backup-dialog">
      <h2 id="backup-title">
        {result.kind === 'working'
          ? t(WORKING_KEY[result.what])
          : result.kind === 'restore' || result.kind === 'restore-plan'
            ? t('backup.restoreTitle')
            : t('backup.title')}
      </h2>
      {result.kind === 'working' && <WorkingProgress result={result} onStop={onStop} />}
      {result.kind === 'backup' &&
        (result.summary.saved ? (
          <p role="status" className="backup-summary">
            {t('backup.saved', {
              name: result.summary.name,
              pages: result.summary.pages,
              articles: result.summary.articles,
              size: (result.summary.bytes / 1024).toLocaleString(i18n.language, {
                maximumFractionDigits: 1,
              }),
            })}
          </p>
        ) : (
          <p role="status">{t('backup.notSaved')}</p>
        ))}
      {result.kind === 'backup-failed' && (
        <div className="modal-error" role="alert">
          <p>{t('backup.failed')}</p>
          <p className="modal-muted">{result.detail}</p>
        </div>
      )}
      {result.kind === 'restore' &&
        (result.outcome.ok ? (
          <RestoreReport plan={result.outcome.plan} intro={t('backup.restored', { name: result.name })} />
        ) : (
          <RestoreRefused name={result.name} error={result.outcome.error} />
        ))}
      {result.kind === 'restore-plan' && (
        <RestoreReport plan={result.plan} intro={t('backup.willRestore', { name: result.name })} />
      )}
      {result.kind === 'restore' && result.outcome.ok && (
        <UndoRestore undo={result.outcome.undo} onUndone={onUndone} />
      )}
      {result.kind === 'restore-plan' ? (
        <div className="modal-buttons">
          <button type="button" className="button" onClick={onClose} autoFocus>
            {t('backup.cancel')}
          </button>
          <button type="button" className="button primary" onClick={onConfirm}>
            {t('backup.confirmRestore')}
          </button>
        </div>
      ) : (
        <div className="modal-buttons">
          <button type="button" className="button primary" onClick={onClose} disabled={working} autoFocus>
            {t('backup.close')}
          </button>
        </div>
      )}
    </Modal>
  );
}

function WorkingProgress({
  result,
  onStop,
}: {
  result: Extract<BackupResult, { kind: 'working' }>;
  onStop: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  const { done, total } = result;
  return (
    <div className="backup-progress" role="status">
      {total === undefined ? (
        <progress aria-label={t('backup.progressLabel')} />
      ) : (
        <>
          <progress max={total || 1} value={done ?? 0} aria-label={t('backup.progressLabel')} />
          <span>{t('backup.progress', { done: done ?? 0, total })}</span>
        </>
      )}
      {result.what === 'backup' && onStop && (
        <button type="button" className="button" onClick={onStop}>
          {t('backup.stop')}
        </button>
      )}
    </div>
  );
}
