// The project-wide commands in the top bar: export, back up, restore (after the Review
// toggle, passed in as `leading`). Also answers the desktop app's menu commands for the same.
// It lives in the shell because it brings two features together: export and backup.

import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { GalleyDb } from '../db/db';
import type { Host, ChosenFile } from '../host/Host';
import { ExportDialog } from '../export/ExportDialog';
import { BACKUP_EXTENSION } from '../../../core/backup';
import { BackupDialog, type BackupResult } from '../backup/BackupDialog';
import { backUpProject, cancelBackup } from '../backup/makeProjectBackup';
import { forgetPreview, previewRestore, restoreBackup } from '../backup/restoreBackup';
import { useDeskCommands } from '../common/commands';
import { PopoverMenu } from '../common/PopoverMenu';
import { TeamButton } from '../sync/TeamButton';

interface ProjectToolsProps {
  db: GalleyDb;
  host: Host;
  /** Shown first in the group (the Review toggle). */
  leading?: ReactNode;
  currentPageId: string | null;
  /** The database changed under the open views: they must load again. */
  onRestored: () => void;
}

export function ProjectTools({ db, host, leading, currentPageId, onRestored }: ProjectToolsProps) {
  const { t } = useTranslation();
  const [exporting, setExporting] = useState(false);
  const [result, setResult] = useState<BackupResult | null>(null);
  const pending = useRef<ChosenFile | null>(null);

  const backUp = useCallback(async () => {
    setResult({ kind: 'working', what: 'backup' });
    try {
      const summary = await backUpProject(db, host, new Date(), (done, total) =>
        setResult({ kind: 'working', what: 'backup', done, total }),
      );
      setResult({ kind: 'backup', summary });
    } catch (e) {
      setResult({ kind: 'backup-failed', detail: e instanceof Error ? e.message : String(e) });
    }
  }, [db, host]);

  const restore = useCallback(async () => {
    let file: ChosenFile | null;
    try {
      file = await host.openFile([BACKUP_EXTENSION]);
    } catch (e) {
      setResult({ kind: 'backup-failed', detail: e instanceof Error ? e.message : String(e) });
      return;
    }
    if (!file) return;
    setResult({ kind: 'working', what: 'restore' });
    // Shown first, written only when the archivist says yes (confirmRestore).
    const preview = await previewRestore(db, file.file);
    if (preview.ok) {
      pending.current = file;
      setResult({ kind: 'restore-plan', name: file.name, plan: preview.plan });
    } else setResult({ kind: 'restore', name: file.name, outcome: preview });
  }, [db, host]);

  const confirmRestore = useCallback(async () => {
    const file = pending.current;
    pending.current = null;
    if (!file) return;
    setResult({ kind: 'working', what: 'restore' });
    const outcome = await restoreBackup(db, file.file, (done, total) =>
      setResult({ kind: 'working', what: 'restore', done, total }),
    );
    setResult({ kind: 'restore', name: file.name, outcome });
    if (outcome.ok) onRestored();
  }, [db, onRestored]);

  useEffect(
    () =>
      host.onMenuCommand((command) => {
        if (command === 'export') setExporting(true);
        if (command === 'backup') void backUp();
        if (command === 'restore') void restore();
      }),
    [host, backUp, restore],
  );

  useDeskCommands(() => [
    { id: 'export', label: 'palette.command.export', run: () => setExporting(true) },
    { id: 'backup', label: 'palette.command.backup', run: () => void backUp() },
    { id: 'restore', label: 'palette.command.restore', run: () => void restore() },
  ]);

  return (
    <div className="project-tools">
      {leading}
      <button type="button" className="button" onClick={() => setExporting(true)}>
        {t('export.button')}
      </button>
      <TeamButton db={db} />
      <button type="button" className="button wide-only" onClick={() => void backUp()}>
        {t('backup.button')}
      </button>
      <button type="button" className="button wide-only" onClick={() => void restore()}>
        {t('backup.restoreButton')}
      </button>
      {/* A narrow window has no room for both: they go into a menu. */}
      <PopoverMenu label={t('desk.more')} menuLabel={t('desk.more')} className="narrow-only">
        <button type="button" className="button" onClick={() => void backUp()}>
          {t('backup.button')}
        </button>
        <button type="button" className="button" onClick={() => void restore()}>
          {t('backup.restoreButton')}
        </button>
      </PopoverMenu>
      {exporting && (
        <ExportDialog db={db} host={host} currentPageId={currentPageId} onClose={() => setExporting(false)} />
      )}
      {result && (
        <BackupDialog
          result={result}
          onClose={() => {
            // What the dialog offered (a plan to confirm, an undo) goes with it.
            if (result.kind === 'restore-plan') forgetPreview();
            if (result.kind === 'restore' && result.outcome.ok) result.outcome.release();
            setResult(null);
          }}
          onUndone={onRestored}
          onConfirm={() => void confirmRestore()}
          onStop={() => void cancelBackup(db)}
        />
      )}
    </div>
  );
}
