// `galley export` makes its files in a worker thread while the main thread writes them: the
// machine's second core builds page after page (core/export, the code the app runs in its
// own worker) while the first waits on the disk, so an export takes about as long as the
// longer of the two instead of both added up.
//
// The worker encodes each batch of files as UTF-8 into one buffer it hands over without a
// copy (a transfer), and builds at most AHEAD batches before the writer has taken them, so
// a fast build never holds a whole export in memory waiting for a slow disk.
//
// This module is both sides. The worker loads it again (the bundle `out/cli/galley.mjs`, or
// this file where a loader runs TypeScript) and starts serving when `workerData` asks.

import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { exportFiles } from '../core/export/exportProject';
import type { ExportFile } from '../core/export/files';
import type { ExportOptions, ProjectSnapshot } from '../core/export/snapshot';

const ROLE = 'galley-export';
/** A batch is posted once it holds this many bytes (or the export ends). */
const BATCH_BYTES = 2 * 1024 * 1024;
/** Batches the worker may build ahead of the writer. */
const AHEAD = 4;

interface Job {
  role: typeof ROLE;
  snapshot: ProjectSnapshot;
  options: ExportOptions;
}

/** Files of one batch: their paths and where each one's bytes end in `bytes`. */
interface Batch {
  paths: string[];
  ends: number[];
  bytes: ArrayBuffer;
}

type Reply = { batch: Batch } | { done: true };

/** Starts the worker for a job; the bench and tests pass their own (a TypeScript loader). */
export type StartWorker = (job: Job) => Worker;

const startBundled: StartWorker = (job) => new Worker(new URL(import.meta.url), { workerData: job });

/**
 * The files `exportFiles(snapshot, options)` makes, byte for byte, made in a worker thread.
 * Returning early (a `for await` left by an error or a stop) ends the worker.
 */
export async function* exportFilesInWorker(
  snapshot: ProjectSnapshot,
  options: ExportOptions,
  start: StartWorker = startBundled,
): AsyncGenerator<ExportFile> {
  const worker = start({ role: ROLE, snapshot, options });
  const batches: Batch[] = [];
  // Set by the worker's events (an object, so the loop below reads them afresh).
  const state: { finished: boolean; failure: Error | null } = { finished: false, failure: null };
  let wake: (() => void) | null = null;
  const woken = () => {
    wake?.();
    wake = null;
  };
  worker.on('message', (reply: Reply) => {
    if ('done' in reply) state.finished = true;
    else batches.push(reply.batch);
    woken();
  });
  worker.on('error', (error) => {
    state.failure ??= error;
    woken();
  });
  worker.on('exit', (code) => {
    if (!state.finished) state.failure ??= new Error(`the export worker stopped (exit code ${code})`);
    woken();
  });
  try {
    for (;;) {
      while (batches.length === 0 && !state.finished && state.failure === null)
        await new Promise<void>((resolve) => (wake = resolve));
      if (state.failure !== null) throw state.failure;
      const batch = batches.shift();
      if (batch === undefined) return;
      worker.postMessage('more');
      let start = 0;
      for (const [i, path] of batch.paths.entries()) {
        const end = batch.ends[i];
        yield { path, data: new Uint8Array(batch.bytes, start, end - start) };
        start = end;
      }
    }
  } finally {
    await worker.terminate();
  }
}

/** Gathers files into batches of UTF-8 bytes. */
class BatchMaker {
  private files: { path: string; data: string | Uint8Array; size: number }[] = [];
  size = 0;

  add(file: ExportFile): void {
    const size = typeof file.data === 'string' ? Buffer.byteLength(file.data, 'utf8') : file.data.byteLength;
    this.files.push({ ...file, size });
    this.size += size;
  }

  get empty(): boolean {
    return this.files.length === 0;
  }

  take(): Batch {
    // Its own memory (not Node's shared pool), so it can be transferred.
    const bytes = Buffer.allocUnsafeSlow(this.size);
    const paths: string[] = [];
    const ends: number[] = [];
    let at = 0;
    for (const f of this.files) {
      if (typeof f.data === 'string') bytes.write(f.data, at, f.size, 'utf8');
      else bytes.set(f.data, at);
      at += f.size;
      paths.push(f.path);
      ends.push(at);
    }
    this.files = [];
    this.size = 0;
    return { paths, ends, bytes: bytes.buffer };
  }
}

async function serve(job: Job): Promise<void> {
  const port = parentPort!;
  let credit = AHEAD;
  let resume: (() => void) | null = null;
  port.on('message', () => {
    credit++;
    resume?.();
    resume = null;
  });
  const post = async (maker: BatchMaker) => {
    while (credit === 0) await new Promise<void>((r) => (resume = r));
    credit--;
    const batch = maker.take();
    port.postMessage({ batch } satisfies Reply, [batch.bytes]);
  };
  const maker = new BatchMaker();
  for (const file of exportFiles(job.snapshot, job.options)) {
    maker.add(file);
    if (maker.size >= BATCH_BYTES) await post(maker);
  }
  if (!maker.empty) await post(maker);
  port.postMessage({ done: true } satisfies Reply);
  port.close();
}

if (!isMainThread && (workerData as Partial<Job> | null)?.role === ROLE) void serve(workerData as Job);
