// The project backup: one JSON file, gzip-compressed unless asked otherwise, with a format
// marker and a version so a restore can tell a Galley backup from anything else and refuse
// one written by a newer Galley. Raw texts are stored as text; original bytes (kept when
// the encoding was a guess) as Base64.

import { gzipSync } from 'fflate';
import type { Page } from '../model';
import { toBase64 } from './base64';
import { Sha256 } from './sha256';
import type { CleanupRule, ProjectData, Revision, Setting } from './types';
import type { Article } from '../model';

export const BACKUP_FORMAT = 'galley-backup';
export const BACKUP_VERSION = 1;
export const BACKUP_EXTENSION = 'galley-backup';

/** The largest backup file read at all (compressed, as it is on disk). */
export const MAX_BACKUP_FILE_BYTES = 256 * 1024 * 1024;
/**
 * The most a backup may unpack to: 50 times its size on disk (Galley's backups compress
 * some 5–10 times), at least 32 MiB, never more than 512 MiB (JSON past that cannot be
 * held as one string, and its records would not fit in memory).
 */
export const MAX_BACKUP_UNPACKED_BYTES = 512 * 1024 * 1024;
export function unpackLimit(fileBytes: number): number {
  return Math.min(MAX_BACKUP_UNPACKED_BYTES, Math.max(32 * 1024 * 1024, 50 * fileBytes));
}

/**
 * Every backup written begins with these bytes, then `"sha256":"<64 hex>",`: the SHA-256 of
 * the document without that member (this prefix followed by the rest), so a reader can
 * check the text it restores is the text that was written.
 */
export const BACKUP_PREFIX = `{"format":"${'galley-backup'}","version":1,`;

/** The JSON document of a backup, version 1. */
export interface BackupDocument {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** SHA-256 (hex) of the document without this member; written by makeBackup, checked when present. */
  sha256?: string;
  /** ISO 8601: when the backup was made. */
  createdAt: string;
  pages: Page[];
  texts: { pageId: string; raw: string; bytes?: string }[];
  articles: Article[];
  revisions: Revision[];
  rules: CleanupRule[];
  settings: Setting[];
}

export interface BackupOptions {
  /** Epoch milliseconds; passed in so the same project always makes the same file. */
  createdAt: number;
  /** Gzip the JSON (default true). */
  gzip?: boolean;
}

const byKey =
  <T>(key: (t: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

export function backupDocument(data: ProjectData, createdAt: number): BackupDocument {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: new Date(createdAt).toISOString(),
    pages: [...data.pages].sort(byKey((p) => p.id)),
    texts: [...data.texts]
      .sort(byKey((t) => t.pageId))
      .map((t) =>
        t.bytes
          ? { pageId: t.pageId, raw: t.raw, bytes: toBase64(t.bytes) }
          : { pageId: t.pageId, raw: t.raw },
      ),
    articles: [...data.articles].sort(byKey((a) => a.id)),
    revisions: [...data.revisions].sort(byKey((r) => r.id)),
    rules: [...data.rules].sort(byKey((r) => r.id)),
    settings: [...data.settings].sort(byKey((s) => s.key)),
  };
}

/** The backup file of a project. */
export function makeBackup(data: ProjectData, options: BackupOptions): Uint8Array {
  const encoder = new TextEncoder();
  const body = JSON.stringify(backupDocument(data, options.createdAt));
  if (!body.startsWith(BACKUP_PREFIX)) throw new Error('backup document does not start with its prefix');
  const sha256 = new Sha256().update(encoder.encode(body)).hex();
  const json = encoder.encode(`${BACKUP_PREFIX}"sha256":"${sha256}",${body.slice(BACKUP_PREFIX.length)}\n`);
  if (options.gzip === false) return json;
  // A fixed gzip time keeps the file a function of the project alone.
  return gzipSync(json, { level: 6, mtime: options.createdAt });
}
