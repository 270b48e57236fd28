// The team settings (server address, project, token), kept in the settings table so the
// app reconnects on its next start.

import { z } from 'zod';
import { isProjectId } from '../../../core/sync';
import type { GalleyDb } from '../db/db';
import type { TeamSettings } from './teamSync';

const KEY = 'team';
const schema = z.object({ url: z.string(), project: z.string(), token: z.string() });

export async function readTeamSettings(db: GalleyDb): Promise<TeamSettings | null> {
  const parsed = schema.safeParse((await db.settings.get(KEY))?.value);
  return parsed.success ? parsed.data : null;
}

export async function writeTeamSettings(db: GalleyDb, settings: TeamSettings | null): Promise<void> {
  if (settings) await db.settings.put({ key: KEY, value: settings });
  else await db.settings.delete(KEY);
}

/** The key of the message saying what is wrong with the settings, or null when they will do. */
export function settingsProblem(s: TeamSettings): 'team.badUrl' | 'team.badProject' | 'team.noToken' | null {
  if (!/^wss?:\/\/[^\s]+$/.test(s.url.trim())) return 'team.badUrl';
  if (!isProjectId(s.project.trim())) return 'team.badProject';
  if (!s.token.trim()) return 'team.noToken';
  return null;
}
