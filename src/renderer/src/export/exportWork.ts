// An export made off the window's thread, the same code in the export worker
// (export.worker.ts) and, where there is no worker (unit tests), in the window. The worker
// reads the project over its own connection, with the review figures it keeps (keptFigures),
// and makes the files with the function `galley export` calls (core exportFiles), one at a time: for a zip download each file goes
// straight into a streaming zip (fflate Zip) and is dropped, so only the compressed pieces
// are kept and the window receives one Blob; for a folder the files wait here and the window
// takes them a batch at a time to write them. It pauses between files now and then, so a
// Stop from the window is heard.

import { Zip } from 'fflate';
import { projectSnapshot } from '../../../core/backup';
import { exportFiles, pagesWithoutArticles, selectForExport } from '../../../core/export/exportProject';
import type { ExportFile } from '../../../core/export/files';
import type { ExportOptions, ProjectSnapshot } from '../../../core/export/snapshot';
import { skippedVersions, type SkippedVersion } from '../../../core/export/superseded';
import type { GalleyDb } from '../db/db';
import { keptFigures } from './keptFigures';
import { zipEntry } from './zipEntry';

export interface ExportReach {
  articles: number;
  /** Earlier versions of pages left out: a newer version of each was imported. */
  skipped: SkippedVersion[];
  /** Relative paths of pages in the scope left out because they have no articles in it. */
  empty: string[];
}

export type Made = (count: number) => void;

export type ZipMade =
  ({ ok: true; zip: Blob; written: number; bytes: number } & ExportReach) | { ok: false; cancelled: true };

export type FilesMade =
  ({ ok: true; token: number; total: number } & ExportReach) | { ok: false; cancelled: true };

export interface ExportWork {
  /** Makes the export as one zip (a download). */
  zip(dbName: string, options: ExportOptions, onMade: Made): Promise<ZipMade>;
  /** Makes the export's files; they wait under the token for `take`. */
  files(dbName: string, options: ExportOptions, onMade: Made): Promise<FilesMade>;
  /** The next `count` files made under the token ([] when all are taken; then they are gone). */
  take(token: number, count: number): Promise<ExportFile[]>;
  /** Stops the export being made at its next file. */
  cancel(): Promise<void>;
}

/** The most time spent making files before a pause that lets messages (Stop) in. */
const SLICE_MS = 50;

class Cancelled extends Error {}

async function readSnapshot(db: GalleyDb): Promise<ProjectSnapshot> {
  return db.transaction('r', db.pages, db.texts, db.articles, db.pageFigures, async () => {
    const [pages, texts, articles, packed] = await Promise.all([
      db.pages.toArray(),
      db.texts.toArray(),
      db.articles.toArray(),
      db.pageFigures.toArray(),
    ]);
    const project = projectSnapshot({ pages, texts, articles, revisions: [], rules: [], settings: [] });
    return { ...project, figures: keptFigures(packed, articles) };
  });
}

function reachOf(project: ProjectSnapshot, options: ExportOptions): ExportReach {
  return {
    articles: selectForExport(project, options.scope).reduce((n, p) => n + p.articles.length, 0),
    skipped: skippedVersions(project.pages, options.scope),
    empty: pagesWithoutArticles(project, options.scope),
  };
}

export function exportWork(dbOf: (name: string) => GalleyDb): ExportWork {
  let cancelled = false;
  let next = 1;
  const waiting = new Map<number, ExportFile[]>();

  /** Each file of the export, with a pause every SLICE_MS and progress told at each. */
  async function each(
    project: ProjectSnapshot,
    options: ExportOptions,
    onMade: Made,
    take: (f: ExportFile) => void,
  ) {
    let made = 0;
    let pause = performance.now() + SLICE_MS;
    for (const file of exportFiles(project, options)) {
      take(file);
      made++;
      if (performance.now() > pause) {
        onMade(made);
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (cancelled) throw new Cancelled();
        pause = performance.now() + SLICE_MS;
      }
    }
    onMade(made);
    return made;
  }

  return {
    async zip(dbName, options, onMade) {
      cancelled = false;
      const project = await readSnapshot(dbOf(dbName));
      const parts: Uint8Array[] = [];
      const zip = new Zip((error, chunk) => {
        if (error) throw error;
        parts.push(chunk);
      });
      const encoder = new TextEncoder();
      let bytes = 0;
      try {
        const written = await each(project, options, onMade, (file) => {
          const data = typeof file.data === 'string' ? encoder.encode(file.data) : file.data;
          bytes += data.byteLength;
          zipEntry(zip, file.path, data);
        });
        zip.end();
        return {
          ok: true,
          zip: new Blob(parts as BlobPart[], { type: 'application/zip' }),
          written,
          bytes,
          ...reachOf(project, options),
        };
      } catch (e) {
        if (e instanceof Cancelled) return { ok: false, cancelled: true };
        throw e;
      }
    },
    async files(dbName, options, onMade) {
      cancelled = false;
      const project = await readSnapshot(dbOf(dbName));
      const files: ExportFile[] = [];
      try {
        await each(project, options, onMade, (file) => files.push(file));
      } catch (e) {
        if (e instanceof Cancelled) return { ok: false, cancelled: true };
        throw e;
      }
      const token = next++;
      waiting.set(token, files);
      return { ok: true, token, total: files.length, ...reachOf(project, options) };
    },
    async take(token, count) {
      const files = waiting.get(token) ?? [];
      const batch = files.splice(0, count);
      if (batch.length === 0) waiting.delete(token);
      return batch;
    },
    async cancel() {
      cancelled = true;
      waiting.clear();
    },
  };
}
