// After a restore: one button puts the project back exactly as it was before (the snapshot
// restoreBackup took in its transaction), for a merge the archivist did not want.

import { useState } from 'react';
import { useTranslation } from 'react-i18next';

type State = { kind: 'ready' } | { kind: 'working' } | { kind: 'done' } | { kind: 'failed'; detail: string };

export function UndoRestore({
  undo,
  onUndone,
}: {
  undo: () => Promise<void>;
  onUndone?: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ kind: 'ready' });
  if (state.kind === 'done') return <p role="status">{t('backup.undone')}</p>;
  return (
    <div className="restore-undo">
      <p className="modal-muted">{t('backup.undoHint')}</p>
      <button
        type="button"
        className="button"
        disabled={state.kind === 'working'}
        onClick={() => {
          setState({ kind: 'working' });
          undo().then(
            () => {
              setState({ kind: 'done' });
              onUndone?.();
            },
            (e: unknown) => setState({ kind: 'failed', detail: e instanceof Error ? e.message : String(e) }),
          );
        }}
      >
        {t('backup.undo')}
      </button>
      {state.kind === 'failed' ? (
        <p className="modal-error" role="alert">
          {t('backup.undoFailed', { detail: state.detail })}
        </p>
      ) : null}
    </div>
  );
}
