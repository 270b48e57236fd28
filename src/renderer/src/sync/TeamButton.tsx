// The Team button in the project tools: opens the team dialog, shows the connection's
// state, and reconnects at start when the project was shared before.

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GalleyDb } from '../db/db';
import { useDeskCommands } from '../common/commands';
import { activeTeam, startTeam } from './active';
import { readTeamSettings } from './settings';
import { TeamDialog } from './TeamDialog';
import type { TeamStatus } from './teamSync';

export function TeamButton({ db }: { db: GalleyDb }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<TeamStatus | 'idle'>(() => activeTeam()?.status ?? 'idle');

  useEffect(() => {
    let unlisten = (): void => undefined;
    let gone = false;
    const follow = (team: NonNullable<ReturnType<typeof activeTeam>>): void => {
      unlisten();
      setStatus(team.status);
      unlisten = team.onStatus(setStatus);
    };
    const running = activeTeam();
    if (running) follow(running);
    else
      void readTeamSettings(db).then(async (settings) => {
        if (settings && !gone) follow(await startTeam(db, settings));
      });
    return () => {
      gone = true;
      unlisten();
    };
  }, [db, open]);

  useDeskCommands(() => [{ id: 'team', label: 'palette.command.team', run: () => setOpen(true) }]);

  return (
    <>
      <button
        type="button"
        className="button"
        data-team-status={status}
        title={t(`team.status.${status}`)}
        onClick={() => setOpen(true)}
      >
        {t('team.button')}
        {status === 'idle' ? '' : status === 'connected' ? ' ●' : ' ○'}
      </button>
      {open && <TeamDialog db={db} status={status} onClose={() => setOpen(false)} />}
    </>
  );
}
