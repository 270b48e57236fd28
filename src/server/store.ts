// Where the server keeps each document's Yjs state: one row per document in PostgreSQL,
// either embedded (PGlite, a folder on disk: nothing to install) or a real server (`pg`).
// `pg_dump` of a real server backs up everything; the table is the whole of it.
// Every write takes the next number of one counter (`changed`), so a member reconnecting
// asks only for the documents written since the number it last saw; beside the state the
// row keeps its state vector, which is all such a member needs of the unchanged ones.

import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/** One document as listed: its state, or only its state vector when unchanged since `since`. */
export interface ListedDocument {
  name: string;
  state: Uint8Array;
  vector: boolean;
}

export interface DocumentStore {
  fetch(name: string): Promise<Uint8Array | null>;
  store(name: string, state: Uint8Array, vector?: Uint8Array): Promise<void>;
  /**
   * Every document whose name starts with `prefix`, in pages of `PAGE_ROWS` by name; those
   * not written since the change number `since` (when given) as their state vector.
   */
  list(prefix: string, after: string, since?: number): Promise<ListedDocument[]>;
  /** The number of the latest write (0 when none): what a member gives as `since` next time. */
  changes(): Promise<number>;
  /** How many documents are kept (the server's start line; tests). */
  count(): Promise<number>;
  close(): Promise<void>;
}

// The counter and vector columns came after the first servers: added in place when missing.
const SCHEMA = `CREATE TABLE IF NOT EXISTS galley_documents (
  name text PRIMARY KEY,
  state bytea NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE SEQUENCE IF NOT EXISTS galley_changes;
ALTER TABLE galley_documents ADD COLUMN IF NOT EXISTS changed bigint NOT NULL DEFAULT nextval('galley_changes');
ALTER TABLE galley_documents ADD COLUMN IF NOT EXISTS vector bytea`;
const FETCH = 'SELECT state FROM galley_documents WHERE name = $1';
const UPSERT = `INSERT INTO galley_documents (name, state, vector) VALUES ($1, $2, $3)
  ON CONFLICT (name) DO UPDATE SET state = excluded.state, vector = excluded.vector,
  updated_at = now(), changed = nextval('galley_changes')`;
export const PAGE_ROWS = 500;
const CHANGES = 'SELECT coalesce(max(changed), 0)::float8 AS n FROM galley_documents';
const COUNT = 'SELECT count(*)::int AS n FROM galley_documents';

/**
 * A page of the listing. The names are picked first and only their rows read: reading the
 * states in the same select as the sort made PostgreSQL encode every row of the project
 * for each page of 500 (10,000 pages: 20 passes over all of them).
 */
function listing(state: (column: string) => string): string {
  const sent = `d.vector IS NOT NULL AND d.changed <= $3`;
  return `SELECT d.name, ${state(`CASE WHEN ${sent} THEN d.vector ELSE d.state END`)} AS state,
    (${sent}) AS vector
  FROM (SELECT name FROM galley_documents WHERE starts_with(name, $1) AND name > $2
        ORDER BY name LIMIT ${PAGE_ROWS}) AS k
  JOIN galley_documents AS d USING (name) ORDER BY d.name`;
}

// PGlite hands bytea over slowly (about 3 MB/s here: 4.5 s for 1,000 pages of 12 KB); the
// same bytes as base64 text come over nine times faster and Node decodes them natively.
const FETCH_BASE64 = "SELECT encode(state, 'base64') AS state FROM galley_documents WHERE name = $1";
const LIST_BASE64 = listing((column) => `encode(${column}, 'base64')`);
const LIST = listing((column) => column);

function fromBase64(text: string): Uint8Array {
  const bytes = Buffer.from(text, 'base64');
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function fromBuffer(bytes: Buffer): Uint8Array {
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** -1: every document is listed whole. */
const sinceParam = (since: number | undefined): number => since ?? -1;

/**
 * PostgreSQL's page cache lives in the server process's own memory with PGlite, and a
 * WebAssembly memory never shrinks: at the default 128 MB, reading 10,000 documents once
 * kept the server above 500 MB, and at 32 MB just over it (502 MB; 466 MB at 16 MB). The
 * disk cache of the system serves the rest.
 */
const PGLITE_SHARED_BUFFERS = '16MB';

/** Embedded PostgreSQL in `dataDir` (created when missing); `memory://` keeps nothing. */
export async function pgliteStore(dataDir: string): Promise<DocumentStore> {
  const db = await PGlite.create(dataDir, {
    startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${PGLITE_SHARED_BUFFERS}`],
  });
  await db.exec(SCHEMA);
  return {
    async fetch(name) {
      const { rows } = await db.query<{ state: string }>(FETCH_BASE64, [name]);
      const state = rows[0]?.state;
      return state === undefined ? null : fromBase64(state);
    },
    async store(name, state, vector) {
      await db.query(UPSERT, [name, state, vector ?? null]);
    },
    async list(prefix, after, since) {
      const { rows } = await db.query<{ name: string; state: string; vector: boolean }>(LIST_BASE64, [
        prefix,
        after,
        sinceParam(since),
      ]);
      return rows.map((r) => ({ name: r.name, state: fromBase64(r.state), vector: r.vector }));
    },
    async changes() {
      const { rows } = await db.query<{ n: number }>(CHANGES);
      return rows[0]?.n ?? 0;
    },
    async count() {
      const { rows } = await db.query<{ n: number }>(COUNT);
      return rows[0]?.n ?? 0;
    },
    close: () => db.close(),
  };
}

/** A PostgreSQL server by connection string (postgres://user:password@host:port/db). */
export async function postgresStore(connectionString: string): Promise<DocumentStore> {
  const pool = new pg.Pool({ connectionString, max: 8 });
  await pool.query(SCHEMA);
  const bytes = (b: Uint8Array): Buffer => Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  return {
    async fetch(name) {
      const { rows } = await pool.query<{ state: Buffer }>(FETCH, [name]);
      const state = rows[0]?.state;
      return state ? fromBuffer(state) : null;
    },
    async store(name, state, vector) {
      await pool.query(UPSERT, [name, bytes(state), vector ? bytes(vector) : null]);
    },
    async list(prefix, after, since) {
      const { rows } = await pool.query<{ name: string; state: Buffer; vector: boolean }>(LIST, [
        prefix,
        after,
        sinceParam(since),
      ]);
      return rows.map((r) => ({ name: r.name, state: fromBuffer(r.state), vector: r.vector }));
    },
    async changes() {
      const { rows } = await pool.query<{ n: number }>(CHANGES);
      return rows[0]?.n ?? 0;
    },
    async count() {
      const { rows } = await pool.query<{ n: number }>(COUNT);
      return rows[0]?.n ?? 0;
    },
    close: () => pool.end(),
  };
}
