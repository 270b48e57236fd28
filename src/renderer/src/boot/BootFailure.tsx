// What the archivist sees instead of a blank window when the project's database will not
// open, or the window's code failed: what happened, that nothing was deleted, and a way to
// save a backup of what can still be read before reloading.

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import './boot.css';

export interface RescueResult {
  saved: boolean;
  name: string;
  pages: number;
  articles: number;
}

interface BootFailureProps {
  error: unknown;
  /** 'open': the database did not open; 'crash': the window's code failed while running. */
  cause: 'open' | 'crash';
  /** Reads what the database holds and saves it as a backup file. */
  rescue: () => Promise<RescueResult>;
  reload?: () => void;
}

const KNOWN = ['VersionError', 'QuotaExceededError', 'MissingAPIError'] as const;

function errorParts(error: unknown): { name: string; detail: string } {
  if (error instanceof Error) return { name: error.name, detail: error.message || error.name };
  return { name: 'Error', detail: String(error) };
}

export function BootFailure({ error, cause, rescue, reload = () => location.reload() }: BootFailureProps) {
  const { t } = useTranslation();
  const [rescued, setRescued] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { name, detail } = errorParts(error);
  const known = KNOWN.find((k) => name === k || detail.includes(k));

  const save = () => {
    setBusy(true);
    rescue()
      .then(
        (r) =>
          setRescued(
            r.saved
              ? t('boot.backupSaved', { name: r.name, pages: r.pages, articles: r.articles })
              : t('boot.backupNotSaved'),
          ),
        (e: unknown) => setRescued(t('boot.backupFailed', { detail: errorParts(e).detail })),
      )
      .finally(() => setBusy(false));
  };

  return (
    <main className="boot-failure" role="alert">
      <h1>{t(cause === 'open' ? 'boot.failedTitle' : 'boot.crashedTitle')}</h1>
      <p>{t(cause === 'open' ? 'boot.failedBody' : 'boot.crashedBody')}</p>
      <p className="boot-reason">{known ? t(`boot.reason.${known}`) : t('boot.reason.other', { detail })}</p>
      <p>{t('boot.recover')}</p>
      <div className="boot-actions">
        <button type="button" className="button primary" onClick={save} disabled={busy}>
          {t('boot.saveBackup')}
        </button>
        <button type="button" className="button" onClick={reload}>
          {t('boot.reload')}
        </button>
      </div>
      {rescued ? <p role="status">{rescued}</p> : null}
    </main>
  );
}
