// The team dialog: the server's address, the project and this archivist's token; sharing
// (uploads what the server lacks, then syncs live), leaving (the local copy stays), and
// the conflicts a merge left that need the archivist's choice.

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../common/Modal';
import type { GalleyDb } from '../db/db';
import { activeTeam, startTeam, stopTeam } from './active';
import { deletedEditedIn, settle } from './conflictList';
import { readTeamSettings, settingsProblem, writeTeamSettings } from './settings';
import type { TeamSettings, TeamStatus } from './teamSync';
import { uploadBackupFile } from './uploadBackup';

interface TeamDialogProps {
  db: GalleyDb;
  status: TeamStatus | 'idle';
  onClose: () => void;
}

export function TeamDialog({ db, status, onClose }: TeamDialogProps) {
  const { t } = useTranslation();
  const [settings, setSettings] = useState<TeamSettings>({ url: '', project: '', token: '' });
  const [problem, setProblem] = useState<string | null>(null);
  const [uploadNote, setUploadNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [conflicts, setConflicts] = useState(() => deletedEditedIn(activeTeam()?.docs() ?? []));

  useEffect(() => {
    void readTeamSettings(db).then((s) => s && setSettings(s));
    const timer = setInterval(() => setConflicts(deletedEditedIn(activeTeam()?.docs() ?? [])), 500);
    return () => clearInterval(timer);
  }, [db]);

  const checked = (): TeamSettings | null => {
    const trimmed = {
      url: settings.url.trim(),
      project: settings.project.trim(),
      token: settings.token.trim(),
    };
    const wrong = settingsProblem(trimmed);
    setProblem(wrong);
    return wrong ? null : trimmed;
  };

  const upload = async (file: File | undefined): Promise<void> => {
    const target = checked();
    if (!file || !target) return;
    setBusy(true);
    setUploadNote(null);
    try {
      const done = await uploadBackupFile(target, new Uint8Array(await file.arrayBuffer()));
      setUploadNote(done.ok ? t('team.uploaded', { ...done, project: target.project }) : t(done.problem));
    } finally {
      setBusy(false);
    }
  };

  const share = async (): Promise<void> => {
    const trimmed = checked();
    if (!trimmed) return;
    setBusy(true);
    try {
      await writeTeamSettings(db, trimmed);
      await startTeam(db, trimmed);
      onClose();
    } finally {
      setBusy(false);
    }
  };

  const leave = async (): Promise<void> => {
    stopTeam();
    await writeTeamSettings(db, null);
    onClose();
  };

  const field = (key: keyof TeamSettings, label: string) => (
    <label className="team-field">
      <span>{label}</span>
      <input
        value={settings[key]}
        name={`team-${key}`}
        onChange={(e) => setSettings({ ...settings, [key]: e.target.value })}
        spellCheck={false}
      />
    </label>
  );

  return (
    <Modal labelledBy="team-title" onClose={onClose} canClose={!busy} className="team-dialog">
      <h2 id="team-title">{t('team.title')}</h2>
      <p>{t('team.intro')}</p>
      <p role="status" data-testid="team-status">
        {t(`team.status.${status}`)}
      </p>
      {field('url', t('team.url'))}
      {field('project', t('team.project'))}
      {field('token', t('team.token'))}
      {problem && <p role="alert">{t(problem as 'team.badUrl')}</p>}
      <p className="team-upload">
        <label className="button">
          {t('team.upload')}
          <input
            type="file"
            name="team-upload"
            hidden
            disabled={busy}
            onChange={(e) => void upload(e.target.files?.[0]).finally(() => (e.target.value = ''))}
          />
        </label>{' '}
        <span>{t('team.uploadHint')}</span>
      </p>
      {uploadNote && (
        <p role="status" data-testid="team-upload-note">
          {uploadNote}
        </p>
      )}
      <h3>{t('team.conflicts')}</h3>
      {conflicts.length === 0 ? (
        <p>{t('team.noConflicts')}</p>
      ) : (
        <ul className="team-conflicts">
          {conflicts.map((c) => (
            <li key={`${c.pageId}/${c.articleId}`}>
              {t('team.deletedEdited', { page: c.pageId, title: c.title })}{' '}
              <button
                type="button"
                className="button"
                onClick={() => settle(activeTeam()?.docs() ?? [], c.pageId, c.articleId, 'keep')}
              >
                {t('team.keep')}
              </button>{' '}
              <button
                type="button"
                className="button"
                onClick={() => settle(activeTeam()?.docs() ?? [], c.pageId, c.articleId, 'delete')}
              >
                {t('team.delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="modal-actions">
        {status !== 'idle' && (
          <button type="button" className="button" disabled={busy} onClick={() => void leave()}>
            {t('team.leave')}
          </button>
        )}
        <button type="button" className="button" disabled={busy} onClick={onClose}>
          {t('team.close')}
        </button>
        <button type="button" className="button primary" disabled={busy} onClick={() => void share()}>
          {t('team.share')}
        </button>
      </div>
    </Modal>
  );
}
