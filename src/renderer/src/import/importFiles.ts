// Imports the files an archivist chose: decode a few at a time, then store pages and raw
// texts in one transaction per chunk, writing one chunk while the next is read.
// Duplicates (same bytes) are skipped, and so are files whose decoded text a kept page
// already has (another encoding, BOM or line endings: reported as the same text); changed
// versions (same path, other text) are flagged against what was kept when the import
// began plus what it has kept since.

import type { GalleyDb } from '../db/db';
import { whileImporting } from '../db/importLock';
import { handOver } from '../host/decodeWorkers';
import type { SourceFile } from '../host/Host';
import { knownPages, storeChunk, type Decoded } from './storeChunk';
import { progressAtStart, type ImportFailure, type ImportProgress, type ImportReport } from './types';

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

/** Imports under the import lock: the learn index waits for it (db/importLock.ts). */
export function importFiles(
  db: GalleyDb,
  files: readonly SourceFile[],
  options: ImportOptions = {},
): Promise<ImportReport> {
  return whileImporting(() => importAll(db, files, options));
}

async function importAll(
  db: GalleyDb,
  files: readonly SourceFile[],
  options: ImportOptions,
): Promise<ImportReport> {
  const { onProgress, signal, chunkChars = 500_000, chunkPages = 50, concurrency = 16 } = options;
  const started = performance.now();
  const report: ImportReport = {
    ...progressAtStart(files.length),
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

  // Every chosen file goes to the decode workers before the first write: handed over while
  // the import writes, each file held the window for milliseconds (host/decodeWorkers.ts).
  const handing = handOver(files);
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
    await Promise.all([writing, handing]);
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
