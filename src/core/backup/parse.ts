// Reading a backup back. Anything that is not a complete, consistent Galley backup is
// refused with a reason the UI can word (and nothing is restored from it).

import type { PageText } from '../model';
import type { BackupProblem } from '../problems';
import { fromBase64 } from './base64';
import { sourceOf, type ByteSource } from './byteSource';
import { BACKUP_FORMAT, BACKUP_PREFIX, unpackLimit } from './format';
import { inconsistency } from './consistency';
import { concatBytes, gunzipEach, gunzipSteps, isGzip, type GunzipFailure } from './gunzip';
import { BackupLinesReader, type RecordSink } from './readStream';
import { BACKUP_STREAM_VERSION, BACKUP_TABLES, STREAM_PREFIX, type BackupCounts } from './stream';
import { Sha256 } from './sha256';
import { backupSchema } from './schema';
import type { CarriedFigures } from './figures';
import type { ProjectData } from './types';

/**
 * Why a file was refused: `foreign` is not a Galley backup at all; `corrupt` was one but is
 * damaged (truncated, bad compression); `newer-version` was written by a newer Galley;
 * `invalid` parses but its records are incomplete or contradict each other.
 */
export type BackupErrorKind = 'foreign' | 'corrupt' | 'newer-version' | 'invalid';

/** The kind of refusal and what exactly is wrong (a code with its data: the CLI and the UI word it). */
export type BackupError = BackupProblem & { kind: BackupErrorKind };

export type BackupReadResult =
  | {
      ok: true;
      data: ProjectData;
      createdAt: string;
      /** The articles' review figures a version-2 backup carries (none in older files). */
      figures: CarriedFigures[];
    }
  | { ok: false; error: BackupError };

const fail = (kind: BackupErrorKind, problem: BackupProblem): BackupReadResult => ({
  ok: false,
  error: { ...problem, kind },
});

export interface ParseOptions {
  /** The most the backup may unpack to (default: unpackLimit of its size). */
  maxUnpacked?: number;
  /**
   * The same bytes passed every check before, in this process (a restore reads the backup
   * it planned a second time to write it): a version-2 file's records are parsed without the
   * schema, SHA-256 and consistency checks; gzip's checks and the counts still hold.
   */
  checked?: boolean;
}

const HASH_MEMBER = /^"sha256":"([0-9a-f]{64})",/;

/**
 * Whether the document's `sha256` member (written right after BACKUP_PREFIX) matches the
 * rest: null when it has none there, else true or false.
 */
function contentHashMatches(body: Uint8Array): boolean | null {
  const prefix = new TextEncoder().encode(BACKUP_PREFIX);
  const memberLength = '"sha256":"'.length + 64 + '",'.length;
  if (body.length < prefix.length + memberLength) return null;
  for (let i = 0; i < prefix.length; i++) if (body[i] !== prefix[i]) return null;
  const member = new TextDecoder().decode(body.subarray(prefix.length, prefix.length + memberLength));
  const match = HASH_MEMBER.exec(member);
  if (!match) return null;
  let end = body.length;
  if (body[end - 1] === 0x0a) end--;
  const hash = new Sha256()
    .update(prefix)
    .update(body.subarray(prefix.length + memberLength, end))
    .hex();
  return hash === match[1];
}

/**
 * Reads a backup of either version: version 2 (JSON Lines, ./stream.ts) line by line as it
 * is unpacked, version 1 (one JSON document, ./format.ts) whole.
 */
export function parseBackup(bytes: Uint8Array, options: ParseOptions = {}): BackupReadResult {
  const gzipped = isGzip(bytes);
  const body = new BodyReader(null);
  if (!gzipped) {
    body.push(bytes);
    return body.finish(false);
  }
  const failure = gunzipEach(bytes, options.maxUnpacked ?? unpackLimit(bytes.length), (chunk) =>
    body.push(chunk),
  );
  return failure ? unpackFailure(failure) : body.finish(true);
}

export type StreamedRead = { ok: true; createdAt: string } | { ok: false; error: BackupError };

/**
 * Reads a backup of either version as parseBackup does, with every check, but hands each
 * record to `sink` as it is read (tables in backup order, then the carried figures) and
 * keeps none; an error may come after some records were handed on. A generator that pauses
 * after each piece of the file unpacked, so the sink's records can be written (awaited)
 * before more are read; readBackupRecords runs it through.
 */
export function* backupRecordSteps(
  bytes: Uint8Array | ByteSource,
  sink: RecordSink,
  options: ParseOptions = {},
): Generator<void, StreamedRead> {
  const source = sourceOf(bytes);
  const gzipped = isGzip(source.read(0, Math.min(2, source.size)));
  const body = new BodyReader(sink, options.checked ?? false);
  let failure: GunzipFailure | null = null;
  if (gzipped)
    failure = yield* gunzipSteps(source, options.maxUnpacked ?? unpackLimit(source.size), (chunk) =>
      body.push(chunk),
    );
  else body.push(source.read(0, source.size));
  const read = failure ? unpackFailure(failure) : body.finish(gzipped);
  return read.ok ? { ok: true, createdAt: read.createdAt } : read;
}

/**
 * A backup's unpacked bytes read as they are pushed (by an unpacker of the caller's: the
 * app's worker uses the platform's own), each record handed to `sink` as backupRecordSteps
 * hands it. The unpacker checks gzip's CRC32 and length; this checks the rest.
 */
export function unpackedBackupReader(
  sink: RecordSink,
  options: Pick<ParseOptions, 'checked'> = {},
): { push(chunk: Uint8Array): void; finish(gzipped: boolean): StreamedRead } {
  const body = new BodyReader(sink, options.checked ?? false);
  return {
    push: (chunk) => body.push(chunk),
    finish(gzipped) {
      const read = body.finish(gzipped);
      return read.ok ? { ok: true, createdAt: read.createdAt } : read;
    },
  };
}

/** backupRecordSteps run to its end in one go. */
export function readBackupRecords(
  bytes: Uint8Array | ByteSource,
  sink: RecordSink,
  options: ParseOptions = {},
): StreamedRead {
  const steps = backupRecordSteps(bytes, sink, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

function unpackFailure(failure: GunzipFailure): { ok: false; error: BackupError } {
  switch (failure.reason) {
    case 'too-large':
      return { ok: false, error: { kind: 'corrupt', code: 'backup.too-large', limit: failure.limit } };
    case 'crc32':
    case 'length':
      return { ok: false, error: { kind: 'corrupt', code: 'backup.corrupt', check: failure.reason } };
    case 'cut-short':
      return {
        ok: false,
        error: {
          kind: 'corrupt',
          code: 'backup.truncated',
          detail: 'neither the CRC32 nor the length of what it holds match',
        },
      };
    case 'compression':
      return {
        ok: false,
        error: { kind: 'corrupt', code: 'backup.bad-compression', detail: failure.detail },
      };
  }
}

/**
 * Checks a gzipped version-2 backup as parseBackup reads it (unpacked with gzip's checks,
 * every line parsed and checked against the schema, the end line's counts and SHA-256) but
 * keeps no record: a backup just written is read back with this, so the check never holds a
 * second copy of the project. Consistency between records is not checked here (the records
 * came from the project's own tables).
 */
export function checkBackupLines(bytes: Uint8Array): LinesCheck {
  const check = backupLinesCheck();
  const failure = gunzipEach(bytes, unpackLimit(bytes.length), (chunk) => check.push(chunk));
  return failure ? unpackFailure(failure) : check.finish();
}

export type LinesCheck = { ok: true; counts: BackupCounts } | { ok: false; error: BackupError };

/** checkBackupLines over unpacked bytes pushed as they come (the caller's unpacker checks gzip's CRC32 and length). */
export function backupLinesCheck(): { push(chunk: Uint8Array): void; finish(): LinesCheck } {
  const lines = new BackupLinesReader({ keep: false });
  return {
    push: (chunk) => lines.push(chunk),
    finish() {
      const problem = lines.finish();
      return problem ? { ok: false, error: problem } : { ok: true, counts: { ...lines.recordCounts } };
    },
  };
}

const STREAM_PREFIX_BYTES = new TextEncoder().encode(STREAM_PREFIX);

/**
 * Tells the versions apart by the first bytes, then reads lines as they come or gathers the
 * document; with a sink, each record goes there instead of being kept.
 */
class BodyReader {
  constructor(
    private readonly sink: RecordSink | null,
    private readonly checked = false,
  ) {}
  private head: Uint8Array[] = [];
  private headLength = 0;
  private lines: BackupLinesReader | null = null;
  private whole: Uint8Array[] | null = null;

  push(chunk: Uint8Array): void {
    if (this.lines) this.lines.push(chunk);
    else if (this.whole) this.whole.push(chunk.slice());
    else {
      // A copy: the unpacker may reuse or release its piece once pushed.
      this.head.push(chunk.slice());
      this.headLength += chunk.length;
      if (this.headLength >= STREAM_PREFIX_BYTES.length) this.decide();
    }
  }

  finish(gzipped: boolean): BackupReadResult {
    if (!this.lines && !this.whole) this.decide();
    if (this.lines) {
      const problem = this.lines.finish();
      if (problem) return { ok: false, error: problem };
      const { data, createdAt, figures } = this.lines;
      return { ok: true, data, createdAt, figures };
    }
    const read = parseDocument(concatBytes(this.whole ?? []), gzipped);
    if (read.ok && this.sink) handOn(read.data, this.sink);
    return read;
  }

  private decide(): void {
    const head = concatBytes(this.head);
    this.head = [];
    if (STREAM_PREFIX_BYTES.every((b, i) => head[i] === b)) {
      // Bytes checked before need no consistency check either.
      const { sink, checked } = this;
      this.lines = new BackupLinesReader({ keep: !sink, sink, checked, consistent: !checked });
      this.lines.push(head);
    } else this.whole = [head];
  }
}

/** A version-1 backup: one JSON document (or anything else, refused with its reason). */
function parseDocument(body: Uint8Array, gzipped: boolean): BackupReadResult {
  const hashed = contentHashMatches(body);
  if (hashed === false) return fail('corrupt', { code: 'backup.corrupt', check: 'sha256' });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return gzipped
      ? fail('corrupt', { code: 'backup.not-utf8' })
      : fail('foreign', { code: 'backup.not-text' });
  }
  text = text.replace(/^\ufeff/, '');
  // A later version's lines cannot parse as one document: say it is newer, not damaged.
  const later = /^\{"format":"galley-backup","version":(\d+),/.exec(text);
  if (later && Number(later[1]) > BACKUP_STREAM_VERSION)
    return fail('newer-version', {
      code: 'backup.newer-version',
      version: Number(later[1]),
      reads: BACKUP_STREAM_VERSION,
    });
  const looksOurs = /^\s*\{\s*"format"\s*:\s*"galley-backup"/.test(text);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return looksOurs
      ? fail('corrupt', { code: 'backup.truncated', detail: (e as Error).message })
      : fail('foreign', { code: 'backup.not-backup' });
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== BACKUP_FORMAT) {
    return fail('foreign', { code: 'backup.not-backup' });
  }
  // A sha256 member anywhere but where makeBackup writes it cannot have been checked.
  if (hashed === null && (json as { sha256?: unknown }).sha256 !== undefined)
    return fail('corrupt', { code: 'backup.corrupt', check: 'sha256' });
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && version > BACKUP_STREAM_VERSION) {
    return fail('newer-version', { code: 'backup.newer-version', version, reads: BACKUP_STREAM_VERSION });
  }
  const parsed = backupSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail('invalid', { code: 'backup.schema', path: issue.path.join('.'), detail: issue.message });
  }
  const doc = parsed.data;
  const texts: PageText[] = [];
  for (const t of doc.texts) {
    if (t.bytes === undefined) {
      texts.push({ pageId: t.pageId, raw: t.raw });
      continue;
    }
    const original = fromBase64(t.bytes);
    if (!original) return fail('invalid', { code: 'backup.bytes-not-base64', page: t.pageId });
    texts.push({ pageId: t.pageId, raw: t.raw, bytes: original });
  }
  const data: ProjectData = {
    pages: doc.pages,
    texts,
    articles: doc.articles,
    revisions: doc.revisions,
    rules: doc.rules,
    settings: doc.settings,
  };
  const problem = inconsistency(data);
  return problem ? fail('invalid', problem) : { ok: true, data, createdAt: doc.createdAt, figures: [] };
}

/** Records in hand, handed to a sink in backup order (a version-1 backup read whole). */
function handOn(data: ProjectData, sink: RecordSink): void {
  for (const table of BACKUP_TABLES) for (const record of data[table]) sink.record(table, record);
}
