// The server's bundle of a project's page documents (GET /projects/<id>/documents), read
// as it arrives, and the change number it was made at, kept so the next catch-up asks only
// for what changed since (`?since=`): a member reconnecting downloads the documents written
// meanwhile and the others' state vectors, not the whole project.

import { z } from 'zod';
import { BundleReader, bundleAddress, CHANGES_HEADER, type DocumentState } from '../../../core/sync';
import type { GalleyDb } from '../db/db';
import type { TeamSettings } from './teamSync';

export interface Bundle {
  /** The entries, in pieces as the body arrives. */
  pieces: AsyncIterable<DocumentState[]>;
  /** The server's change number the bundle was made at (null: a server that gives none). */
  changes: number | null;
}

/** Asks for the bundle; null when the server cannot be reached or refuses (live sync still tells). */
export async function fetchBundle(settings: TeamSettings, since?: number): Promise<Bundle | null> {
  try {
    const response = await fetch(bundleAddress(settings.url, settings.project, since), {
      headers: { Authorization: `Bearer ${settings.token}` },
    });
    if (!response.ok || !response.body) return null;
    const changes = Number(response.headers.get(CHANGES_HEADER) ?? NaN);
    return { pieces: piecesOf(response.body), changes: Number.isSafeInteger(changes) ? changes : null };
  } catch {
    return null;
  }
}

async function* piecesOf(body: ReadableStream<Uint8Array>): AsyncIterable<DocumentState[]> {
  const reader = new BundleReader();
  const stream = body.getReader();
  for (;;) {
    const { done, value } = await stream.read();
    if (done) break;
    const entries = reader.push(value);
    if (entries.length > 0) yield entries;
  }
  reader.end();
}

const KEY = 'team.changes';
const kept = z.object({ url: z.string(), project: z.string(), changes: z.number() });

/** The change number of the last bundle merged from this server project, if any. */
export async function lastChanges(db: GalleyDb, settings: TeamSettings): Promise<number | undefined> {
  const parsed = kept.safeParse((await db.settings.get(KEY))?.value);
  const same = parsed.success && parsed.data.url === settings.url && parsed.data.project === settings.project;
  return same ? parsed.data.changes : undefined;
}

export async function keepChanges(db: GalleyDb, settings: TeamSettings, changes: number): Promise<void> {
  await db.settings.put({ key: KEY, value: { url: settings.url, project: settings.project, changes } });
}
