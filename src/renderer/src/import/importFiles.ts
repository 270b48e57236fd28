// Imports the files an archivist chose: decode a few at a time, then store pages and raw
// texts in one transaction per chunk. Duplicates and changed versions are decided inside
// that transaction, against what is stored, so two imports running at once cannot both
// keep the same bytes.

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

interface Decoded {
  page: DecodedPage;
  bytes?: Uint8Array;
}

export async function importFiles(db: GalleyDb, files: readonly SourceFile[], options: ImportOptions = {}): Promise<ImportReport> {
  const { onProgress, signal, chunkChars = 1_000_000, chunkPages = 100, concurrency = 4 } = options;
  const started = performance.now();
  const report: ImportReport = {
    total: files.length,
    done: 0,
    imported: 0,
    duplicates: 0,
    changed: 0,
    failed: 0,
    failures: [],
    cancelled: false,
    pageIds: [],
    elapsedMs: 0,
    storeMs: 0,
  };
  const progress = () => onProgress?.({ ...snapshot(report) });
  const fail = (failure: ImportFailure) => {
    report.failures.push(failure);
    report.failed++;
  };

  let chunk: Decoded[] = [];
  let chunkSize = 0;
  const flush = async () => {
    if (chunk.length === 0) return;
    const batch = chunk;
    chunk = [];
    chunkSize = 0;
    const t0 = performance.now();
    try {
      await storeChunk(db, batch, report);
    } catch (error) {
      for (const { page } of batch) {
        fail({ name: page.name, relativePath: page.relativePath, reason: 'storage', detail: describe(error) });
      }
    }
    report.storeMs += performance.now() - t0;
    progress();
  };

  progress();
  for (let next = 0; next < files.length; ) {
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
  report.elapsedMs = performance.now() - started;
  return report;
}

async function readOne(file: SourceFile): Promise<Decoded | { failure: ImportFailure }> {
  try {
    const result = await file.decode();
    if (!result.ok) {
      const { name, relativePath, reason, detail } = result;
      return { failure: { name, relativePath, reason, ...(detail === undefined ? {} : { detail }) } };
    }
    const bytes = result.encodingGuessed && file.readBytes ? await file.readBytes() : undefined;
    return bytes ? { page: result, bytes } : { page: result };
  } catch (error) {
    return { failure: { name: file.name, relativePath: file.relativePath, reason: 'unreadable', detail: describe(error) } };
  }
}

async function storeChunk(db: GalleyDb, batch: Decoded[], report: ImportReport): Promise<void> {
  const pages: Page[] = [];
  const texts: PageText[] = [];
  let duplicates = 0;
  let changed = 0;
  await db.transaction('rw', db.pages, db.texts, async () => {
    pages.length = 0;
    texts.length = 0;
    duplicates = 0;
    changed = 0;
    const shas = [...new Set(batch.map((d) => d.page.sha256))];
    const paths = [...new Set(batch.map((d) => d.page.relativePath))];
    const [sameBytes, samePath] = await Promise.all([
      db.pages.where('sha256').anyOf(shas).toArray(),
      db.pages.where('relativePath').anyOf(paths).toArray(),
    ]);
    const kept = new Set(sameBytes.map((p) => p.sha256));
    // The newest page under each path is the version a new one changes.
    const latest = new Map<string, Page>();
    for (const p of samePath) {
      const seen = latest.get(p.relativePath);
      if (!seen || seen.importedAt <= p.importedAt) latest.set(p.relativePath, p);
    }
    const now = Date.now();
    for (const { page: d, bytes } of batch) {
      if (kept.has(d.sha256)) {
        duplicates++;
        continue;
      }
      kept.add(d.sha256);
      const previous = latest.get(d.relativePath);
      const page = toPage(d, now, previous?.id);
      if (previous) changed++;
      latest.set(d.relativePath, page);
      pages.push(page);
      texts.push(bytes ? { pageId: page.id, raw: d.raw, bytes } : { pageId: page.id, raw: d.raw });
    }
    await db.pages.bulkPut(pages);
    await db.texts.bulkPut(texts);
  });
  // Counted only once the transaction committed.
  report.imported += pages.length;
  report.duplicates += duplicates;
  report.changed += changed;
  report.pageIds.push(...pages.map((p) => p.id));
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
  return { total: r.total, done: r.done, imported: r.imported, duplicates: r.duplicates, changed: r.changed, failed: r.failed };
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
