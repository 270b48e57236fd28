// What a backup or a restore did, in words: where the backup went, or what the restore
// added and kept, with every conflict listed; or why the file was refused.

import { useTranslation } from 'react-i18next';
import type { RestoreConflict, RestoreTable } from '../../../core/backup';
import type { Key } from '../i18n/keys';
import { problemText } from '../problems/problemText';
import type { BackupSummary } from './makeProjectBackup';
import type { RestoreOutcome } from './restoreBackup';
import { Modal } from '../common/Modal';
import { UndoRestore } from './UndoRestore';
import './backup.css';

export type BackupResult =
  | { kind: 'working'; what: 'backup' | 'restore' }
  | { kind: 'backup'; summary: BackupSummary }
  | { kind: 'backup-failed'; detail: string }
  | { kind: 'restore'; name: string; outcome: RestoreOutcome };

const TABLES: RestoreTable[] = ['pages', 'articles', 'revisions', 'rules', 'settings'];

const TABLE_KEY = {
  pages: 'backup.table.pages',
  articles: 'backup.table.articles',
  revisions: 'backup.table.revisions',
  rules: 'backup.table.rules',
  settings: 'backup.table.settings',
} as const satisfies Record<RestoreTable, Key>;

const WORKING_KEY = {
  backup: 'backup.working.backup',
  restore: 'backup.working.restore',
} as const satisfies Record<'backup' | 'restore', Key>;

const REFUSED_KEY = {
  foreign: 'backup.refused.foreign',
  corrupt: 'backup.refused.corrupt',
  'newer-version': 'backup.refused.newer-version',
  invalid: 'backup.refused.invalid',
  storage: 'backup.refused.storage',
} as const satisfies Record<Extract<RestoreOutcome, { ok: false }>['error']['kind'], Key>;

const CONFLICT_KEY = {
  'both-changed': 'backup.conflict.both-changed',
  'different-source': 'backup.conflict.different-source',
  'different-value': 'backup.conflict.different-value',
  'owned-elsewhere': 'backup.conflict.owned-elsewhere',
} as const satisfies Record<RestoreConflict['reason'], Key>;

const KEPT_KEY = {
  existing: 'backup.kept.existing',
  incoming: 'backup.kept.incoming',
} as const satisfies Record<RestoreConflict['kept'], Key>;

export function BackupDialog({
  result,
  onClose,
  onUndone,
}: {
  result: BackupResult;
  onClose: () => void;
  /** A restore was undone: the views reload what the database holds. */
  onUndone?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const working = result.kind === 'working';
  return (
    <Modal labelledBy="backup-title" onClose={onClose} canClose={!working} className="backup-dialog">
      <h2 id="backup-title">
        {result.kind === 'working'
          ? t(WORKING_KEY[result.what])
          : result.kind === 'restore'
            ? t('backup.restoreTitle')
            : t('backup.title')}
      </h2>
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
      {result.kind === 'restore' && <RestoreReport name={result.name} outcome={result.outcome} />}
      {result.kind === 'restore' && result.outcome.ok && (
        <UndoRestore undo={result.outcome.undo} onUndone={onUndone} />
      )}
      <div className="modal-buttons">
        <button type="button" className="button primary" onClick={onClose} disabled={working} autoFocus>
          {t('backup.close')}
        </button>
      </div>
    </Modal>
  );
}

function RestoreReport({ name, outcome }: { name: string; outcome: RestoreOutcome }) {
  const { t } = useTranslation();
  if (!outcome.ok) {
    return (
      <div className="modal-error" role="alert" data-refused={outcome.error.kind}>
        <p>{t(REFUSED_KEY[outcome.error.kind], { name })}</p>
        <p>{t('backup.nothingChanged')}</p>
        {/* The technical detail helps with a damaged file; for a foreign one it only repeats. */}
        {outcome.error.kind === 'storage' ? (
          <p className="modal-muted">{outcome.error.detail}</p>
        ) : outcome.error.kind !== 'foreign' ? (
          <p className="modal-muted">{problemText(t, outcome.error)}</p>
        ) : null}
      </div>
    );
  }
  const { plan } = outcome;
  return (
    <div className="restore-report" role="status">
      <p className="backup-summary">{t('backup.restored', { name })}</p>
      <table className="restore-counts">
        <thead>
          <tr>
            <th />
            <th className="num">{t('backup.count.added')}</th>
            <th className="num">{t('backup.count.updated')}</th>
            <th className="num">{t('backup.count.unchanged')}</th>
            <th className="num">{t('backup.count.keptExisting')}</th>
          </tr>
        </thead>
        <tbody>
          {TABLES.map((table) => (
            <tr key={table} data-table={table}>
              <th>{t(TABLE_KEY[table])}</th>
              <td className="num" data-count="added">
                {plan.counts[table].added}
              </td>
              <td className="num" data-count="updated">
                {plan.counts[table].updated}
              </td>
              <td className="num" data-count="unchanged">
                {plan.counts[table].unchanged}
              </td>
              <td className="num" data-count="keptExisting">
                {plan.counts[table].keptExisting}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {plan.skippedArticles > 0 && (
        <p className="modal-error">{t('backup.skippedArticles', { count: plan.skippedArticles })}</p>
      )}
      {plan.conflicts.length === 0 ? (
        <p>{t('backup.noConflicts')}</p>
      ) : (
        <>
          <p>{t('backup.conflicts', { count: plan.conflicts.length })}</p>
          <ul className="restore-conflicts">
            {plan.conflicts.map((c) => (
              <li key={`${c.table}/${c.id}`}>
                <strong>{t(TABLE_KEY[c.table])}</strong> · {c.label || t('review.untitled')} —{' '}
                {t(CONFLICT_KEY[c.reason])} {t(KEPT_KEY[c.kept])}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
