// The project backup, version 2: JSON Lines inside gzip, written a batch of records at a
// time, so a project of any size is backed up without its whole document ever being one
// string. Line 1 is the header, then one line per record (`{"<table>":{…}}`, tables in
// BACKUP_TABLES order, each sorted by its key), then the end line with every table's count
// and the SHA-256 of all the bytes before it: a reader knows the file is whole and unaltered.

import { Gzip } from 'fflate';
import type { Article, Page, PageText } from '../model';
import { toBase64 } from './base64';
import type { CarriedFigures } from './figures';
import { BACKUP_FORMAT } from './format';
import { concatBytes } from './gunzip';
import { Sha256 } from './sha256';
import type { CleanupRule, ProjectData, Revision, Setting } from './types';

export const BACKUP_STREAM_VERSION = 2;
/** Every version-2 backup (uncompressed) begins with these bytes. */
export const STREAM_PREFIX = `{"format":"${BACKUP_FORMAT}","version":${BACKUP_STREAM_VERSION},`;

/** The tables a backup holds, in the order they are written. */
export const BACKUP_TABLES = ['pages', 'texts', 'articles', 'revisions', 'rules', 'settings'] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

export interface TableRecords {
  pages: Page;
  texts: PageText;
  articles: Article;
  revisions: Revision;
  rules: CleanupRule;
  settings: Setting;
}

export type BackupCounts = Record<BackupTable, number>;

export const zeroCounts = (): BackupCounts => ({
  pages: 0,
  texts: 0,
  articles: 0,
  revisions: 0,
  rules: 0,
  settings: 0,
});

/** Characters of JSON Lines gathered before they are encoded, hashed and compressed. */
const PIECE = 64 * 1024;

/** A text's line: its original bytes (kept when the encoding was a guess) as Base64. */
function textRecord(t: PageText): object {
  return t.bytes
    ? { pageId: t.pageId, raw: t.raw, bytes: toBase64(t.bytes) }
    : { pageId: t.pageId, raw: t.raw };
}

/**
 * Writes one backup: `add` batches of records table by table, then `finish`. Every piece
 * of the file goes to `emit` as it is made (gzip output, or the JSON Lines themselves when
 * `gzip` is false); nothing is kept here but the running hash and counts.
 */
export class BackupWriter {
  private readonly sha = new Sha256();
  private readonly encoder = new TextEncoder();
  private readonly gzip: Gzip | null;
  readonly counts = zeroCounts();
  /** `figures` lines written (after the tables; none in a backup that carries none). */
  figures = 0;
  /** Uncompressed bytes written so far. */
  size = 0;

  constructor(
    createdAt: number,
    private readonly emit: (chunk: Uint8Array) => void,
    options: { gzip?: boolean; level?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 } = {},
  ) {
    // A fixed gzip time keeps the file a function of the project alone.
    this.gzip =
      options.gzip === false
        ? null
        : new Gzip({ level: options.level ?? 6, mtime: createdAt }, (chunk) => emit(chunk));
    const header = `${STREAM_PREFIX}"createdAt":${JSON.stringify(new Date(createdAt).toISOString())}}\n`;
    this.write(header, true);
  }

  add<T extends BackupTable>(table: T, records: readonly TableRecords[T][]): void {
    if (records.length === 0) return;
    // Handed on every PIECE characters: a whole table added at once (streamBackup) must not
    // become one string, and its bytes one array, the size of the table.
    let lines = '';
    for (const r of records) {
      const record = table === 'texts' ? textRecord(r as PageText) : r;
      lines += `{"${table}":${JSON.stringify(record)}}\n`;
      if (lines.length >= PIECE) {
        this.write(lines, true);
        lines = '';
      }
    }
    this.counts[table] += records.length;
    if (lines !== '') this.write(lines, true);
  }

  /** Each article's review figures (./figures.ts), after every table's records. */
  addFigures(rows: readonly CarriedFigures[]): void {
    if (rows.length === 0) return;
    let lines = '';
    for (const r of rows) {
      lines += `{"figures":${JSON.stringify(r)}}\n`;
      if (lines.length >= PIECE) {
        this.write(lines, true);
        lines = '';
      }
    }
    this.figures += rows.length;
    if (lines !== '') this.write(lines, true);
  }

  finish(): void {
    // A backup without figures keeps the end line it always had.
    const carried = this.figures > 0 ? { figures: this.figures } : {};
    const end = { ...this.counts, ...carried, sha256: this.sha.hex() };
    this.write(`{"end":${JSON.stringify(end)}}\n`, false, true);
  }

  /**
   * Text encoded into one buffer used again for every piece when it is gzipped (the hash and
   * gzip copy what they keep): a fresh array a piece was as much garbage as the backup's
   * whole text. Uncompressed pieces are handed out, so each is its own.
   */
  private encoded = new Uint8Array(0);

  private encode(text: string): Uint8Array {
    if (!this.gzip) return this.encoder.encode(text);
    // UTF-8 takes at most three bytes for each UTF-16 code unit.
    if (this.encoded.length < text.length * 3) this.encoded = new Uint8Array(text.length * 3);
    return this.encoded.subarray(0, this.encoder.encodeInto(text, this.encoded).written);
  }

  private write(text: string, hashed: boolean, final = false): void {
    const bytes = this.encode(text);
    if (hashed) this.sha.update(bytes);
    this.size += bytes.length;
    if (this.gzip) this.gzip.push(bytes, final);
    else this.emit(bytes);
  }
}

const byKey =
  <T>(key: (t: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

/** The version-2 backup file of a project held in memory (the app streams from its tables instead). */
export function streamBackup(
  data: ProjectData,
  options: { createdAt: number; gzip?: boolean; figures?: readonly CarriedFigures[] },
): Uint8Array {
  const chunks: Uint8Array[] = [];
  const writer = new BackupWriter(options.createdAt, (c) => chunks.push(c), { gzip: options.gzip !== false });
  const byId = byKey<{ id: string }>((r) => r.id);
  writer.add('pages', [...data.pages].sort(byId));
  writer.add('texts', [...data.texts].sort(byKey((t) => t.pageId)));
  writer.add('articles', [...data.articles].sort(byId));
  writer.add('revisions', [...data.revisions].sort(byId));
  writer.add('rules', [...data.rules].sort(byId));
  writer.add('settings', [...data.settings].sort(byKey((s) => s.key)));
  writer.addFigures([...(options.figures ?? [])].sort(byKey((f) => f.articleId)));
  writer.finish();
  return concatBytes(chunks);
}
