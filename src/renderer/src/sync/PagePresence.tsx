// In the page header of a shared project: who else has this page open, who it is assigned
// to, and for the project's owner a way to assign it.

import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { activeTeam, onTeamChange } from './active';
import type { TeamPresence } from './teamPresence';
import './team.css';

export function PagePresence({ pageId }: { pageId: string }) {
  const presence = useSyncExternalStore(onTeamChange, () => activeTeam()?.presence);
  const [, setTick] = useState(0);
  useEffect(() => {
    if (!presence) return;
    presence.show(pageId);
    const off = presence.subscribe(() => setTick((n) => n + 1));
    return () => {
      off();
      presence.show(null);
    };
  }, [presence, pageId]);
  if (!presence) return null;
  return <PresenceLine presence={presence} pageId={pageId} />;
}

function PresenceLine({ presence, pageId }: { presence: TeamPresence; pageId: string }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const others = presence.others(pageId);
  const assignee = presence.assignee(pageId);
  return (
    <div className="page-presence" data-testid="page-presence">
      {others.length > 0 && (
        <span data-testid="open-elsewhere">{t('team.openBy', { names: others.join(', ') })}</span>
      )}
      {assignee && <span data-testid="assigned-to">{t('team.assignedTo', { name: assignee })}</span>}
      {presence.member.role === 'owner' && (
        <form
          className="page-assign"
          onSubmit={(e) => {
            e.preventDefault();
            presence.assign(pageId, name);
            setName('');
          }}
        >
          <input
            name="assign-page"
            value={name}
            placeholder={t('team.assignTo')}
            aria-label={t('team.assignTo')}
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit" className="button">
            {t('team.assign')}
          </button>
        </form>
      )}
    </div>
  );
}
