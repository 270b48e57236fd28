// The renderer's sync tests: an archivist's app (its own IndexedDB) joining a server
// project through TeamSync over `ws`, left again when the suite ends.

import WebSocket from 'ws';
import type { GalleyDb } from '../../../src/renderer/src/db/db';
import { TeamSync } from '../../../src/renderer/src/sync/teamSync';
import { token } from '../../server/support';

export interface Team {
  url: string;
  project: string;
  /** Every TeamSync started, for the suite to leave. */
  syncs: TeamSync[];
}

/** Shares `db` with the project as `user`; with `caughtUp`, resolves once the first bundle is merged. */
export async function joinTeam(
  team: Team,
  db: GalleyDb,
  user: string,
  role: 'owner' | 'editor',
  caughtUp = false,
): Promise<TeamSync> {
  const sync = new TeamSync(
    db,
    { url: team.url, project: team.project, token: await token({ project: team.project, user, role }) },
    WebSocket,
  );
  team.syncs.push(sync);
  await sync.shareAll();
  if (caughtUp) await sync.loaded;
  return sync;
}
