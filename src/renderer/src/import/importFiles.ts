// Imports the files an archivist chose: decode a few at a time, then store pages and raw
// texts in one transaction per chunk, writing one chunk while the next is read.
// Duplicates (same bytes) are skipped, and so are files whose decoded text a kept page
// already has (another encoding, BOM or line endings: reported as the same text); changed
// versions (same path, other text) are flagged against what was kept when the import
// began plus what it has kept since.

import type { DecodedPage } from '../../../core/decode/types';
import type { Page, PageText } from '../../../core/model';
import type { GalleyDb } from '../db/db';
import type { SourceFile } from '../host/Host';
import type { ImportFailure, ImportProgress, ImportReport } from './types';

export interface ImportOptions {
  onProgress?: (progress: ImportProgress) => void;
  /** Stops before the next file; what was read by then is still stored. */
  signal?: AbortSignal;
  /** A chunk is written once it holds this many UTF-16 code units of raw text… */
  chunkChars?: number;
  /** …or this many pages. */
  chunkPages?: number;
  /** Files read and decoded at the same time. */
  concurrency?: number;
}

export interface Decoded {
  page: DecodedPage;
  bytes?: Uint8Array;
}

export async function importFiles(
  db: GalleyDb,
  files: readonly SourceFile[],
  options: ImportOptions = {},
): Promise<ImportReport> {
  const { onProgress, signal, chunkChars = 1_000_000, chunkPages = 100, concurrency = 16 } = options;
  const started = performance.now();
  const report: ImportReport = {
    total: files.length,
    done: 0,
    imported: 0,
    duplicates: 0,
    changed: 0,
    sameTextCount: 0,
    failed: 0,
    failures: [],
    sameText: [],
    changedPages: [],
    warnings: [],
    cancelled: false,
    pageIds: [],
    startedAt: started,
    elapsedMs: 0,
    storeMs: 0,
  };
  const progress = () => onProgress?.({ ...snapshot(report) });
  const fail = (failure: ImportFailure) => {
    report.failures.push(failure);
    report.failed++;
  };

  const known = await knownPages(db);
  const store = async (batch: Decoded[]) => {
    const t0 = performance.now();
    try {
      await storeChunk(db, batch, report, known);
    } catch (error) {
      for (const { page } of batch) {
        fail({
          name: page.name,
          relativePath: page.relativePath,
          reason: 'storage',
          detail: describe(error),
        });
      }
    }
    report.storeMs += performance.now() - t0;
    progress();
  };

  // One chunk is written while the next is read: at most one transaction in flight, so
  // chunks commit in order and memory stays at about two chunks.
  let writing: Promise<void> = Promise.resolve();
  let chunk: Decoded[] = [];
  let chunkSize = 0;
  const flush = async () => {
    await writing;
    if (chunk.length === 0) return;
    writing = store(chunk);
    chunk = [];
    chunkSize = 0;
  };

  progress();
  for (let next = 0; next < files.length;) {
    if (signal?.aborted) {
      report.cancelled = true;
      break;
    }
    const group = files.slice(next, next + concurrency);
    next += group.length;
    const results = await Promise.all(group.map((file) => readOne(file)));
    for (const result of results) {
      report.done++;
      if ('failure' in result) {
        fail(result.failure);
        continue;
      }
      chunk.push(result);
      chunkSize += result.page.raw.length;
    }
    if (chunk.length >= chunkPages || chunkSize >= chunkChars) await flush();
    else progress();
  }
  await flush();
  await writing;
  report.elapsedMs = performance.now() - started;
  return report;
}

async function readOne(file: SourceFile): Promise<Decoded | { failure: ImportFailure }> {
  try {
    const result = await file.decode();
    if (!result.ok) {
      const { name, relativePath, reason, detail, problem } = result;
      return {
        failure: {
          name,
          relativePath,
          reason,
          ...(detail === undefined ? {} : { detail }),
          ...(problem === undefined ? {} : { problem }),
        },
      };
    }
    const bytes = result.encodingGuessed && file.readBytes ? await file.readBytes() : undefined;
    return bytes ? { page: result, bytes } : { page: result };
  } catch (error) {
    return {
      failure: {
        name: file.name,
        relativePath: file.relativePath,
        reason: 'unreadable',
        detail: describe(error),
      },
    };
  }
}

/** What is already kept, for telling duplicates and changed versions apart. */
export interface KnownPages {
  shas: Set<string>;
  /** Page ids by the length of their raw text: the only pages whose text a new one can equal. */
  byLength: Map<number, string[]>;
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
  const known: KnownPages = { shas: new Set(), latest: new Map(), byLength: new Map() };
  for (const page of await db.pages.toArray()) {
    known.shas.add(page.sha256);
    addByLength(known, page.charLength, page.id);
    const seen = known.latest.get(page.relativePath);
    if (!seen || seen.importedAt <= page.importedAt) known.latest.set(page.relativePath, page);
  }
  return known;
}

function addByLength(known: KnownPages, length: number, id: string): void {
  const ids = known.byLength.get(length);
  if (ids) ids.push(id);
  else known.byLength.set(length, [id]);
}

/**
 * The kept page (by id) whose raw text equals each decoded text, if any: only pages of the
 * same length are read, before the chunk's write transaction.
 */
async function sameTextAs(
  db: GalleyDb,
  batch: Decoded[],
  known: KnownPages,
): Promise<(string | undefined)[]> {
  const candidates = [...new Set(batch.flatMap(({ page }) => known.byLength.get(page.raw.length) ?? []))];
  if (candidates.length === 0) return batch.map(() => undefined);
  const texts = new Map<string, string>();
  for (const t of await db.texts.bulkGet(candidates)) if (t) texts.set(t.pageId, t.raw);
  return batch.map(({ page }) =>
    (known.byLength.get(page.raw.length) ?? []).find((id) => texts.get(id) === page.raw),
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
  const same = await sameTextAs(db, batch, known);
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
      Promise.all([db.pages.bulkPut(pages), db.texts.bulkPut(texts)]),
    );
  }
  // Counted and remembered only once the transaction committed.
  for (const sha of shas) known.shas.add(sha);
  for (const [path, page] of latest) known.latest.set(path, page);
  for (const page of pages) addByLength(known, page.charLength, page.id);
  report.imported += pages.length;
  report.duplicates += duplicates;
  report.changed += changed;
  report.sameTextCount += sameText.length;
  report.sameText.push(...sameText);
  report.changedPages.push(...changedPages);
  report.pageIds.push(...pages.map((p) => p.id));
  report.warnings.push(...warnings);
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

function snapshot(r: ImportReport): ImportProgress {
  return {
    total: r.total,
    done: r.done,
    imported: r.imported,
    duplicates: r.duplicates,
    changed: r.changed,
    sameTextCount: r.sameTextCount,
    failed: r.failed,
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
