// A member's copy brought up to date in one request: the server's bundle of every page
// document (bundleFetch.ts), merged into the documents kept in Dexie and projected into the
// article tables, CHUNK pages to a transaction as the body arrives, each table written in
// bulk. Live connections are then needed only for the pages in use, the pages another
// member changes (announced on the project document) and the pages this copy has that the
// server lacks: the ones this returns. Joining a 10,000-page project is one request, not
// 10,000 sync rounds.

import * as Y from 'yjs';
import type { Page } from '../../../core/model';
import { docToPage, parseDocName, rawOf, type DocumentState } from '../../../core/sync';
import type { GalleyDb } from '../db/db';
import { openDeletedEdited, writeProjections, type Projected } from './projection';

const CHUNK = 200;

export interface BundleOutcome {
  /** Pages this copy has changes of that the server lacks, or the server lacks entirely. */
  toSend: string[];
  /** Pages the bundle brought something new for. */
  received: number;
  /** Pages the bundle gave only a state vector of (unchanged) that this copy does not keep. */
  missing: number;
}

interface Entry {
  name: string;
  pageId: string;
  state: Uint8Array;
  vector: boolean;
}

/**
 * Merges the bundle into this copy. `listed` is the project's list of pages (what a page
 * this copy lacks is called); `localPages` the ids of the pages this copy has; `live` the
 * pages with a live connection (it brings their changes, into their open session too).
 */
export async function mergeBundle(
  db: GalleyDb,
  project: string,
  pieces: AsyncIterable<DocumentState[]>,
  listed: ReadonlyMap<string, Page>,
  localPages: readonly string[],
  live: ReadonlySet<string>,
): Promise<BundleOutcome> {
  const onServer = new Set<string>();
  const here = new Set(localPages);
  const outcome: BundleOutcome = { toSend: [], received: 0, missing: 0 };
  let chunk: Entry[] = [];
  for await (const piece of pieces) {
    for (const { name, state, vector } of piece) {
      const doc = parseDocName(name);
      if (doc?.kind !== 'page' || doc.projectId !== project) continue;
      onServer.add(doc.pageId);
      if (!live.has(doc.pageId)) chunk.push({ name, pageId: doc.pageId, state, vector: vector === true });
    }
    if (chunk.length < CHUNK) continue;
    await mergeChunk(db, chunk, listed, here, outcome);
    chunk = [];
  }
  if (chunk.length > 0) await mergeChunk(db, chunk, listed, here, outcome);
  outcome.toSend.push(...localPages.filter((id) => !onServer.has(id)));
  return outcome;
}

async function mergeChunk(
  db: GalleyDb,
  chunk: readonly Entry[],
  listed: ReadonlyMap<string, Page>,
  here: ReadonlySet<string>,
  outcome: BundleOutcome,
): Promise<void> {
  const rows = await db.syncUpdates
    .where('docName')
    .anyOf(chunk.map((p) => p.name))
    .toArray();
  const kept = new Map<string, Uint8Array[]>();
  for (const row of rows) kept.set(row.docName, [...(kept.get(row.docName) ?? []), row.update]);
  const unshared = await markedHere(
    db,
    chunk.filter((p) => !kept.has(p.name) && here.has(p.pageId)).map((p) => p.pageId),
  );
  const changed = chunk.flatMap((entry) => {
    // Marks made here before the page was ever shared are in no document yet: the server's
    // copy must not replace them. The page goes live, is seeded from them and merged.
    if (unshared.has(entry.pageId)) {
      outcome.toSend.push(entry.pageId);
      return [];
    }
    const local = kept.get(entry.name);
    const localState = local ? Y.mergeUpdates(local) : null;
    const mine = localState ? clocks(localState) : new Map<number, number>();
    if (entry.vector) {
      // Unchanged on the server since the last catch-up: only this copy can be ahead.
      if (!local) outcome.missing++;
      else if (ahead(mine, Y.decodeStateVector(entry.state))) outcome.toSend.push(entry.pageId);
      return [];
    }
    if (local) {
      const theirs = clocks(entry.state);
      if (ahead(mine, theirs)) outcome.toSend.push(entry.pageId);
      if (!ahead(theirs, mine)) return [];
    }
    // Named: an unnamed document draws a random id of 32 random numbers (a tenth of a join).
    const doc = new Y.Doc({ guid: entry.name });
    if (localState) Y.applyUpdate(doc, localState);
    Y.applyUpdate(doc, entry.state);
    return [{ ...entry, doc }];
  });
  if (changed.length === 0) return;
  outcome.received += changed.length;
  const projected = changed.flatMap(({ pageId, doc }): Projected[] => {
    const raw = rawOf(doc);
    if (raw === undefined) return [];
    const { state } = docToPage(doc);
    return [{ raw, state, open: openDeletedEdited(pageId, doc), joined: listed.get(pageId) }];
  });
  await db.transaction('rw', [db.syncUpdates, db.pages, db.texts, db.articles, db.settings], async () => {
    // Each its own copy: a view into the bundle would store the whole bundle in every row.
    await db.syncUpdates.bulkAdd(
      changed.map(({ name, state }) => ({ docName: name, update: state.slice() })),
    );
    await writeProjections(db, projected);
  });
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
