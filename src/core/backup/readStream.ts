// Reading a version-2 backup (JSON Lines, ./stream.ts) as its bytes are unpacked: each line
// is decoded, parsed and checked on its own and its record kept, so nothing but the records
// themselves is held (never the whole document as bytes or as one string), or, handed to a
// sink, not even those. Tables come in backup order. The end line's counts and SHA-256 say
// the file is whole and unaltered; consistency between records is checked as they come
// (./consistency.ts).

import type { PageText } from '../model';
import type { BackupProblem } from '../problems';
import { fromBase64 } from './base64';
import { Sha256 } from './sha256';
import { ConsistencyCheck } from './consistency';
import type { CarriedFigures } from './figures';
import { carriedFiguresSchema, recordSchemas } from './schema';
import { BACKUP_TABLES, zeroCounts, type BackupCounts, type BackupTable, type TableRecords } from './stream';
import { emptyProjectData, type ProjectData } from './types';

const NEWLINE = new Uint8Array([0x0a]);
/** Where each table's lines stand in a backup: its records' figures come after them all. */
const PLACE = new Map<string, number>([
  ...BACKUP_TABLES.map((t, i) => [t, i] as const),
  ['figures', BACKUP_TABLES.length],
]);

export type LinesProblem = BackupProblem & { kind: 'corrupt' | 'invalid' };

/** Takes each record as it is read and checked (a restore's plan, or its writes). */
export interface RecordSink {
  record<T extends BackupTable>(table: T, record: TableRecords[T]): void;
  figures(row: CarriedFigures): void;
}

export interface LinesOptions {
  /**
   * False checks every line as it comes but keeps no record (`data` stays empty): reading
   * back a backup just written need not hold a second copy of the project.
   */
  keep?: boolean;
  /** Hands each record on as it is read (`keep` false then, or it is kept too). */
  sink?: RecordSink | null;
  /** Checks consistency between records as they come (duplicates, dangling references, spans). */
  consistent?: boolean;
  /** Read and checked whole before (ParseOptions.checked): no schema or SHA-256 check. */
  checked?: boolean;
}

export class BackupLinesReader {
  readonly data: ProjectData = emptyProjectData();
  /** The articles' carried review figures, when the backup has them (./figures.ts). */
  readonly figures: CarriedFigures[] = [];
  private readonly keep: boolean;
  private readonly sink: RecordSink | null;
  private readonly consistency: ConsistencyCheck | null;
  private readonly checked: boolean;

  constructor(options: LinesOptions = {}) {
    this.checked = options.checked ?? false;
    this.keep = options.keep ?? true;
    this.sink = options.sink ?? null;
    this.consistency = options.consistent ? new ConsistencyCheck() : null;
  }

  /** Records read so far, per table. */
  get recordCounts(): Readonly<BackupCounts> {
    return this.counts;
  }

  createdAt = '';
  /** The first problem met; later lines are not looked at. */
  problem: LinesProblem | null = null;
  private readonly sha = new Sha256();
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private readonly counts = zeroCounts();
  private figuresRead = 0;
  /** PLACE of the last record's table. */
  private place = 0;
  /**
   * The bytes so far of a line begun in an earlier chunk, in one buffer kept and reused: a
   * page's text can span many chunks, and a copy of each chunk joined into yet another copy
   * made twice the text in dead buffers a read (at 100,000 articles, much of a restore
   * worker's memory at its peak). Nothing taken from a line keeps its bytes.
   */
  private carry = new Uint8Array(0);
  private carryLength = 0;
  private line = 0;
  private end: Record<string, unknown> | null = null;

  push(chunk: Uint8Array): void {
    let from = 0;
    if (this.carryLength > 0) {
      const at = chunk.indexOf(0x0a);
      if (at < 0) {
        this.keepPart(chunk);
        return;
      }
      this.keepPart(chunk.subarray(0, at));
      const line = this.carry.subarray(0, this.carryLength);
      this.carryLength = 0;
      this.take(line);
      from = at + 1;
    }
    const last = chunk.lastIndexOf(0x0a);
    if (this.problem === null && last >= from) {
      // The chunk's whole lines decoded in one call, not one a line: in Chromium a decode
      // costs far more per call than per byte (a third of a backup's read-back check).
      const texts = this.decodeLines(chunk.subarray(from, last));
      for (let i = 0; this.problem === null && from <= last; i++) {
        const at = chunk.indexOf(0x0a, from);
        this.take(chunk.subarray(from, at), texts?.[i]);
        from = at + 1;
      }
    }
    if (this.problem === null && from < chunk.length) this.keepPart(chunk.subarray(from));
  }

  /** Part of an unfinished line, copied (the unpacker may reuse or release its chunk). */
  private keepPart(bytes: Uint8Array): void {
    const needed = this.carryLength + bytes.length;
    if (needed > this.carry.length) {
      const grown = new Uint8Array(Math.max(needed, this.carry.length * 2, 1 << 16));
      grown.set(this.carry.subarray(0, this.carryLength));
      this.carry = grown;
    }
    this.carry.set(bytes, this.carryLength);
    this.carryLength = needed;
  }

  /**
   * Lines separated by newlines, each decoded as a line of its own would be (a leading BOM
   * dropped), or null when they are not all UTF-8: each is then decoded alone, so the first
   * bad line is the one reported.
   */
  private decodeLines(bytes: Uint8Array): string[] | null {
    let text: string;
    try {
      text = this.decoder.decode(bytes);
    } catch {
      return null;
    }
    const lines = text.split('\n');
    for (let i = 1; i < lines.length; i++)
      if (lines[i].charCodeAt(0) === 0xfeff) lines[i] = lines[i].slice(1);
    return lines;
  }

  /** Everything was pushed: the records, or the first problem. */
  finish(): LinesProblem | null {
    if (this.problem === null && this.carryLength > 0) {
      const last = this.carry.subarray(0, this.carryLength);
      this.carryLength = 0;
      this.take(last);
    }
    if (this.problem) return this.problem;
    if (this.end === null) return corrupt('the end line is missing');
    for (const table of BACKUP_TABLES)
      if (this.end[table] !== this.counts[table]) return corrupt(`${table}: records missing`);
    if ((this.end.figures ?? 0) !== this.figuresRead) return corrupt('figures: records missing');
    if (!this.checked && this.end.sha256 !== this.sha.hex())
      return { kind: 'corrupt', code: 'backup.corrupt', check: 'sha256' };
    const contradiction = this.consistency?.finish();
    return contradiction ? { ...contradiction, kind: 'invalid' } : null;
  }

  /** One line: its bytes, and their text when decoded already. */
  private take(bytes: Uint8Array, decoded?: string): void {
    this.line++;
    if (this.end !== null) {
      this.problem = invalid(`line ${this.line}`, 'nothing after the end line');
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(decoded ?? this.decoder.decode(bytes));
    } catch (e) {
      this.problem =
        e instanceof SyntaxError
          ? corrupt(`line ${this.line}: ${e.message}`)
          : { kind: 'corrupt', code: 'backup.not-utf8' };
      return;
    }
    if (this.line === 1) {
      const createdAt = (json as { createdAt?: unknown }).createdAt;
      if (typeof createdAt !== 'string') this.problem = invalid('createdAt', 'a time');
      else this.createdAt = createdAt;
      this.hash(bytes);
      return;
    }
    const keys = typeof json === 'object' && json !== null ? Object.keys(json) : [];
    const table = keys.length === 1 ? keys[0] : '';
    const value = (json as Record<string, unknown>)[table];
    if (table === 'end' && typeof value === 'object' && value !== null) {
      this.end = value as Record<string, unknown>;
      return;
    }
    this.hash(bytes);
    const place = PLACE.get(table);
    if (place === undefined) {
      this.problem = invalid(`line ${this.line}`, 'one record of a known table');
      return;
    }
    if (place < this.place) {
      this.problem = invalid(`line ${this.line}`, 'tables in backup order');
      return;
    }
    this.place = place;
    if (table === 'figures') this.carried(value);
    else this.record(table as BackupTable, value);
  }

  private record(table: BackupTable, value: unknown): void {
    const index = this.counts[table]++;
    const parsed = this.checked
      ? { success: true as const, data: value }
      : recordSchemas[table].safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      this.problem = invalid([table, index, ...issue.path].join('.'), issue.message);
      return;
    }
    if (table === 'texts') {
      const t = parsed.data as { pageId: string; raw: string; bytes?: string };
      const text: PageText = { pageId: t.pageId, raw: t.raw };
      if (t.bytes !== undefined) {
        const original = fromBase64(t.bytes);
        if (!original) {
          this.problem = { kind: 'invalid', code: 'backup.bytes-not-base64', page: t.pageId };
          return;
        }
        text.bytes = original;
      }
      this.hand('texts', text);
      return;
    }
    this.hand(table, parsed.data as TableRecords[typeof table]);
  }

  private hand<T extends BackupTable>(table: T, record: TableRecords[T]): void {
    // A contradiction is told only once the file is known whole: damage comes first.
    this.consistency?.record(table, record);
    if (this.keep) (this.data[table] as TableRecords[T][]).push(record);
    this.sink?.record(table, record);
  }

  private carried(value: unknown): void {
    const index = this.figuresRead++;
    const parsed = this.checked
      ? { success: true as const, data: value as CarriedFigures }
      : carriedFiguresSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      this.problem = invalid(['figures', index, ...issue.path].join('.'), issue.message);
      return;
    }
    if (this.keep) this.figures.push(parsed.data);
    this.sink?.figures(parsed.data);
  }

  private hash(bytes: Uint8Array): void {
    if (!this.checked) this.sha.update(bytes).update(NEWLINE);
  }
}

const corrupt = (detail: string): LinesProblem => ({ kind: 'corrupt', code: 'backup.truncated', detail });
const invalid = (path: string, detail: string): LinesProblem => ({
  kind: 'invalid',
  code: 'backup.schema',
  path,
  detail,
});
