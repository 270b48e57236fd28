// A member's copy brought up to date in one request: the server's bundle of every page
// document (GET /projects/<id>/documents), merged into the documents kept in Dexie and
// projected into the article tables, 200 pages to a transaction. Live connections are then
// needed only for the pages in use, the pages another member changes (announced on the
// project document) and the pages this copy has that the server lacks: the ones this
// returns. Joining a 10,000-page project is one request, not 10,000 sync rounds.

import * as Y from 'yjs';
import type { Page } from '../../../core/model';
import { decodeBundle, docToPage, parseDocName, rawOf } from '../../../core/sync';
import type { GalleyDb } from '../db/db';
import { openDeletedEdited, writeJoinedPage, writeProjection } from './projection';
import type { TeamSettings } from './teamSync';

const BATCH = 25;

export interface BundleOutcome {
  /** Pages this copy has changes of that the server lacks, or the server lacks entirely. */
  toSend: string[];
  /** Pages the bundle brought something new for. */
  received: number;
}

/** The bundle's address beside the WebSocket one (ws → http, wss → https). */
export function bundleUrl(settings: TeamSettings): string {
  const base = settings.url.trim().replace(/^ws/, 'http').replace(/\/+$/, '');
  return `${base}/projects/${encodeURIComponent(settings.project)}/documents`;
}

/** Fetches the bundle; null when the server cannot be reached or refuses (live sync still tells). */
export async function fetchBundle(settings: TeamSettings): Promise<Uint8Array | null> {
  try {
    const response = await fetch(bundleUrl(settings), {
      headers: { Authorization: `Bearer ${settings.token}` },
    });
    return response.ok ? new Uint8Array(await response.arrayBuffer()) : null;
  } catch {
    return null;
  }
}

/**
 * Merges the bundle into this copy. `listed` is the project's list of pages (what a page
 * this copy lacks is called); `localPages` the ids of the pages this copy has; `live` the
 * pages with a live connection (it brings their changes, into their open session too).
 */
export async function mergeBundle(
  db: GalleyDb,
  project: string,
  bundle: Uint8Array,
  listed: ReadonlyMap<string, Page>,
  localPages: readonly string[],
  live: ReadonlySet<string>,
): Promise<BundleOutcome> {
  const entries = decodeBundle(bundle).flatMap(({ name, state }) => {
    const doc = parseDocName(name);
    return doc?.kind === 'page' && doc.projectId === project ? [{ name, pageId: doc.pageId, state }] : [];
  });
  const onServer = new Set(entries.map((p) => p.pageId));
  const here = new Set(localPages);
  const pages = entries.filter((p) => !live.has(p.pageId));
  const outcome: BundleOutcome = { toSend: localPages.filter((id) => !onServer.has(id)), received: 0 };
  for (let i = 0; i < pages.length; i += BATCH) {
    const batch = pages.slice(i, i + BATCH);
    const rows = await db.syncUpdates
      .where('docName')
      .anyOf(batch.map((p) => p.name))
      .toArray();
    const kept = new Map<string, Uint8Array[]>();
    for (const row of rows) kept.set(row.docName, [...(kept.get(row.docName) ?? []), row.update]);
    const unshared = await markedHere(
      db,
      batch.filter((p) => !kept.has(p.name) && here.has(p.pageId)).map((p) => p.pageId),
    );
    const changed = batch.flatMap((entry) => {
      // Marks made here before the page was ever shared are in no document yet: the server's
      // copy must not replace them. The page goes live, is seeded from them and merged.
      if (unshared.has(entry.pageId)) {
        outcome.toSend.push(entry.pageId);
        return [];
      }
      const local = kept.get(entry.name);
      const localState = local ? Y.mergeUpdates(local) : null;
      const [theirs, mine] = [entry.state, localState].map((s) =>
        s ? clocks(s) : new Map<number, number>(),
      );
      if (ahead(mine, theirs)) outcome.toSend.push(entry.pageId);
      if (local && !ahead(theirs, mine)) return [];
      const doc = new Y.Doc();
      if (localState) Y.applyUpdate(doc, localState);
      Y.applyUpdate(doc, entry.state);
      return [{ ...entry, doc }];
    });
    if (changed.length === 0) continue;
    outcome.received += changed.length;
    await db.transaction('rw', [db.syncUpdates, db.pages, db.texts, db.articles, db.settings], async () => {
      // Each its own copy: a view into the bundle would store the whole bundle in every row.
      const rows = changed.map(({ name, state }) => ({ docName: name, update: state.slice() }));
      await db.syncUpdates.bulkAdd(rows);
      for (const { pageId, doc } of changed) {
        const raw = rawOf(doc);
        const page = listed.get(pageId);
        if (raw === undefined) continue;
        if (page) await writeJoinedPage(db, page, raw);
        const { state } = docToPage(doc);
        await writeProjection(db, raw, state, openDeletedEdited(pageId, doc));
      }
    });
  }
  return outcome;
}

/** Each client's next clock in an update: every change here sets a map key, so it moves. */
function clocks(update: Uint8Array): Map<number, number> {
  return Y.decodeStateVector(Y.encodeStateVectorFromUpdate(update));
}

function ahead(a: Map<number, number>, b: Map<number, number>): boolean {
  for (const [client, clock] of a) if (clock > (b.get(client) ?? 0)) return true;
  return false;
}

/** Of these pages of this copy, the ones with articles or furniture marked here. */
async function markedHere(db: GalleyDb, pageIds: string[]): Promise<Set<string>> {
  if (pageIds.length === 0) return new Set();
  const [articles, pages] = await Promise.all([
    db.articles.where('pageId').anyOf(pageIds).toArray(),
    db.pages.bulkGet(pageIds),
  ]);
  return new Set([
    ...articles.map((a) => a.pageId),
    ...pages.flatMap((p) => (p && (p.furniture?.length ?? 0) > 0 ? [p.id] : [])),
  ]);
}
