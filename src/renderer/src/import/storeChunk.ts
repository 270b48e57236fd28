// Storing a chunk of decoded pages: what is already kept (by hash, by text and by path),
// and one transaction per chunk that keeps what is new. Duplicates (same bytes) and pages
// whose text a kept page already has are skipped; changed versions are flagged.

import type { DecodedPage } from '../../../core/decode/types';
import type { Page, PageText } from '../../../core/model';
import type { GalleyDb } from '../db/db';
import { textFingerprint } from '../../../core/decode/fingerprint';
import type { ImportReport } from './types';

export interface Decoded {
  page: DecodedPage;
  bytes?: Uint8Array;
}

/** What is already kept, for telling duplicates and changed versions apart. */
export interface KnownPages {
  shas: Set<string>;
  /**
   * Kept pages not yet fingerprinted, by the length of their raw text: the only ones whose
   * text a new page of that length can equal. Each is read at most once per import, then
   * moves to `byText`.
   */
  byLength: Map<number, string[]>;
  /**
   * Page ids by a fingerprint of their raw text. Looking up by length alone read every kept
   * page of the same length again for every chunk, so the import slowed as the project grew
   * (pages of one edition are often the same length).
   */
  byText: Map<string, string[]>;
  /** The newest page under each relative path. */
  latest: Map<string, { id: string; importedAt: number }>;
}

/**
 * Reads what is kept once per import (one getAll of page metadata, which the page list
 * reads anyway). Looking each file up inside every chunk's transaction cost more than
 * the writes themselves; the price is that two windows importing the same bytes at the
 * same moment could both keep them.
 */
export async function knownPages(db: GalleyDb): Promise<KnownPages> {
  const known: KnownPages = { shas: new Set(), latest: new Map(), byLength: new Map(), byText: new Map() };
  const pages = await db.pages.toArray();
  // Two imports in the same millisecond stamp their versions alike: a version another one
  // replaced is then the older, whatever order the ids put them in.
  const replaced = new Set<string>();
  for (const page of pages) if (page.changedVersionOf !== undefined) replaced.add(page.changedVersionOf);
  for (const page of pages) {
    known.shas.add(page.sha256);
    addByLength(known, page.charLength, page.id);
    const seen = known.latest.get(page.relativePath);
    const newer =
      !seen ||
      seen.importedAt < page.importedAt ||
      (seen.importedAt === page.importedAt && !replaced.has(page.id));
    if (newer) known.latest.set(page.relativePath, page);
  }
  return known;
}

function addByLength(known: KnownPages, length: number, id: string): void {
  const ids = known.byLength.get(length);
  if (ids) ids.push(id);
  else known.byLength.set(length, [id]);
}

function addByText(known: KnownPages, fingerprint: string, id: string): void {
  const ids = known.byText.get(fingerprint);
  if (ids) ids.push(id);
  else known.byText.set(fingerprint, [id]);
}

/**
 * The kept page (by id) whose raw text equals each decoded text, if any, read before the
 * chunk's write transaction: kept pages of the same length not yet fingerprinted are read
 * once and fingerprinted; a page whose fingerprint matches is read to be sure.
 */
async function sameTextAs(
  db: GalleyDb,
  batch: Decoded[],
  known: KnownPages,
  fingerprints: string[],
): Promise<(string | undefined)[]> {
  const unread = [...new Set(batch.flatMap(({ page }) => known.byLength.get(page.raw.length) ?? []))];
  if (unread.length > 0) {
    for (const t of await db.texts.bulkGet(unread)) if (t) addByText(known, textFingerprint(t.raw), t.pageId);
    for (const { page } of batch) known.byLength.delete(page.raw.length);
  }
  const candidates = [...new Set(fingerprints.flatMap((f) => known.byText.get(f) ?? []))];
  if (candidates.length === 0) return batch.map(() => undefined);
  const texts = new Map<string, string>();
  for (const t of await db.texts.bulkGet(candidates)) if (t) texts.set(t.pageId, t.raw);
  return batch.map(({ page }, k) =>
    (known.byText.get(fingerprints[k]) ?? []).find((id) => texts.get(id) === page.raw),
  );
}

/** Writes one chunk of decoded pages in one transaction; `known` learns them once committed. */
export async function storeChunk(
  db: GalleyDb,
  batch: Decoded[],
  report: ImportReport,
  known: KnownPages,
): Promise<void> {
  const pages: Page[] = [];
  const texts: PageText[] = [];
  const shas = new Set<string>();
  const latest = new Map<string, Page>();
  const warnings: ImportReport['warnings'] = [];
  let duplicates = 0;
  let changed = 0;
  const now = Date.now();
  const fingerprints = batch.map(({ page }) => page.fingerprint ?? textFingerprint(page.raw));
  const same = await sameTextAs(db, batch, known, fingerprints);
  const fingerprintOf = new Map<string, string>();
  const sameText: ImportReport['sameText'] = [];
  const changedPages: ImportReport['changedPages'] = [];
  const chunkTexts = new Map<string, string>();
  for (const [k, { page: d, bytes }] of batch.entries()) {
    if (known.shas.has(d.sha256) || shas.has(d.sha256)) {
      duplicates++;
      continue;
    }
    const sameAs = same[k] ?? chunkTexts.get(d.raw);
    if (sameAs !== undefined) {
      sameText.push({ name: d.name, relativePath: d.relativePath, pageId: sameAs });
      // The same bytes again are a plain duplicate.
      shas.add(d.sha256);
      continue;
    }
    shas.add(d.sha256);
    const previous = latest.get(d.relativePath) ?? known.latest.get(d.relativePath);
    const page = toPage(d, now, previous?.id);
    chunkTexts.set(d.raw, page.id);
    fingerprintOf.set(page.id, fingerprints[k]);
    if (previous) {
      changed++;
      changedPages.push({ pageId: page.id, previousId: previous.id });
    }
    latest.set(d.relativePath, page);
    pages.push(page);
    texts.push(bytes ? { pageId: page.id, raw: d.raw, bytes } : { pageId: page.id, raw: d.raw });
    if (d.warnings) warnings.push({ name: d.name, relativePath: d.relativePath, warnings: d.warnings });
  }
  if (pages.length > 0) {
    // Both tables at once: their requests go out together, not one table after the other.
    await db.transaction('rw', db.pages, db.texts, () =>
      Promise.all([...namedPuts(db.pages, pages), ...namedPuts(db.texts, texts)]),
    );
  }
  // Counted and remembered only once the transaction committed.
  for (const sha of shas) known.shas.add(sha);
  for (const [path, page] of latest) known.latest.set(path, page);
  for (const page of pages) addByText(known, fingerprintOf.get(page.id)!, page.id);
  report.imported += pages.length;
  report.duplicates += duplicates;
  report.changed += changed;
  report.sameTextCount += sameText.length;
  report.sameText.push(...sameText);
  report.changedPages.push(...changedPages);
  report.pageIds.push(...pages.map((p) => p.id));
  report.warnings.push(...warnings);
}

/**
 * Dexie names the rows a bulkPut changed only when it holds fewer than 50 (its
 * observability middleware); a larger one is told to every listener as "the whole table
 * changed", so the page list read all its rows again, and every live query over pages ran
 * again, after each chunk: work that grew with the project.
 */
const NAMED_PUT = 49;

function namedPuts<T, K>(
  table: { bulkPut: (rows: readonly T[]) => Promise<K> },
  rows: readonly T[],
): Promise<K>[] {
  const puts: Promise<K>[] = [];
  for (let i = 0; i < rows.length; i += NAMED_PUT) puts.push(table.bulkPut(rows.slice(i, i + NAMED_PUT)));
  return puts;
}

export function toPage(d: DecodedPage, importedAt: number, changedVersionOf?: string): Page {
  return {
    id: crypto.randomUUID(),
    name: d.name,
    relativePath: d.relativePath,
    sha256: d.sha256,
    encoding: d.encoding,
    bom: d.bom,
    lineEndings: d.lineEndings,
    byteLength: d.byteLength,
    charLength: d.raw.length,
    importedAt,
    empty: d.empty,
    ...(changedVersionOf === undefined ? {} : { changedVersionOf }),
    furniture: [],
    articleCount: 0,
    coverage: 0,
  };
}
