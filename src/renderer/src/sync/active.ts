// The one team connection of the window, so the dialog, the page header and the reconnect
// at start share it.

import type { GalleyDb } from '../db/db';
import { TeamSync, type TeamSettings } from './teamSync';

let current: TeamSync | null = null;
const listeners = new Set<() => void>();

export function activeTeam(): TeamSync | null {
  return current;
}

/** Told when the window starts, has shared, or stops syncing (for useSyncExternalStore). */
export function onTeamChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function changed(team: TeamSync | null): void {
  current = team;
  for (const l of listeners) l();
}

export async function startTeam(db: GalleyDb, settings: TeamSettings): Promise<TeamSync> {
  current?.leave();
  const team = new TeamSync(db, settings);
  changed(team);
  await team.shareAll();
  // Its presence (on the project document) exists now: the page header shows it.
  if (current === team) changed(team);
  return team;
}

export function stopTeam(): void {
  current?.leave();
  changed(null);
}
