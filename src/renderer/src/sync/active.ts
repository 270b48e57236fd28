// The one team connection of the window, so the dialog and the reconnect at start share it.

import type { GalleyDb } from '../db/db';
import { TeamSync, type TeamSettings } from './teamSync';

let current: TeamSync | null = null;

export function activeTeam(): TeamSync | null {
  return current;
}

export async function startTeam(db: GalleyDb, settings: TeamSettings): Promise<TeamSync> {
  current?.leave();
  current = new TeamSync(db, settings);
  await current.shareAll();
  return current;
}

export function stopTeam(): void {
  current?.leave();
  current = null;
}
