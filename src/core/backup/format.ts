// The project backup: one JSON file, gzip-compressed unless asked otherwise, with a format
// marker and a version so a restore can tell a Galley backup from anything else and refuse
// one written by a newer Galley. Raw texts are stored as text; original bytes (kept when
// the encoding was a guess) as Base64.

import { gzipSync } from 'fflate';
import type { Page } from '../model';
import { toBase64 } from './base64';
import type { CleanupRule, ProjectData, Revision, Setting } from './types';
import type { Article } from '../model';

export const BACKUP_FORMAT = 'galley-backup';
export const BACKUP_VERSION = 1;
export const BACKUP_EXTENSION = 'galley-backup';

/** The JSON document of a backup, version 1. */
export interface BackupDocument {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
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
  const json = new TextEncoder().encode(JSON.stringify(backupDocument(data, options.createdAt)) + '\n');
  if (options.gzip === false) return json;
  // A fixed gzip time keeps the file a function of the project alone.
  return gzipSync(json, { level: 6, mtime: options.createdAt });
}
