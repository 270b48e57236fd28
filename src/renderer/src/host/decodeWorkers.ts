// Chosen and dropped files are read and decoded in a few workers, not in the window.
// Chromium holds the thread that first touches a chosen file (to read it, or to send it to
// a worker) for a round trip to the disk, and while an import writes, that round trip waits
// behind the writes: 2 to 5 ms of the window's thread per file, most of an import's time in
// the window and its longest tasks. So an import hands every file to the workers before it
// writes anything (handOver), and the workers read them. Each file goes in a message of its
// own and the window is let go every SLICE_MS: a message of 50 files was one task of 0.15
// to 0.3 ms a file on a quiet machine, which load stretched to 500 ms. A worker is held by
// each read the same way, so two read at once: two workers read 1,000 files in a third of
// the time one takes. Unit tests (no module workers in happy-dom) decode in the window.

import { wrap, type Remote } from 'comlink';
import type { DecodeResult } from '../../../core/decode/types';
import type { EncodingName } from '../../../core/model';
import type { DecodeWork } from './decode.worker';
import type { SourceFile } from './Host';
import { yieldToWindow } from './yieldToWindow';
import { readChosenFile } from './readChosenFile';

/** Workers reading at once. */
const READERS = 2;
/** Consecutive files handed to one reader (they are read in order, so each reads its own run). */
const RUN = 50;
/** The window's time handing files over before it is let go to paint and answer input. */
const SLICE_MS = 8;
/** Workers are let go once nothing was asked of them for this long (each holds a heap). */
const IDLE_MS = 10_000;

interface Reader {
  worker: Worker;
  work: Remote<DecodeWork>;
  pending: number;
}

let readers: Reader[] = [];
let idleTimer: ReturnType<typeof setTimeout> | undefined;
let nextId = 0;
/** Files handed to a reader ahead of reading: which one, under what number, once there. */
const handed = new WeakMap<File, { reader: Reader; id: number; there: Promise<void> }>();
/** The browser File behind each SourceFile made by sourceFileFromFile. */
const fileBehind = new WeakMap<SourceFile, File>();

function inWindow(): boolean {
  return typeof Worker === 'undefined' || import.meta.env.MODE === 'test';
}

export function rememberFile(file: File, source: SourceFile): SourceFile {
  fileBehind.set(source, file);
  return source;
}

/**
 * Hands the files behind `sources` to the readers, in the order they will be read, a file a
 * message, letting the window go every SLICE_MS. Files from elsewhere (the desktop's
 * dialog) are left alone.
 */
export async function handOver(sources: readonly SourceFile[]): Promise<void> {
  if (inWindow()) return;
  clearTimeout(idleTimer);
  const files = sources.flatMap((s) => fileBehind.get(s) ?? []);
  const sent: Promise<void>[] = [];
  let pause = performance.now() + SLICE_MS;
  for (let i = 0; i < files.length; i++) {
    const reader = readerAt(Math.floor(i / RUN) % READERS);
    const id = nextId++;
    const there = reader.work.hold([[id, files[i]]]);
    handed.set(files[i], { reader, id, there });
    sent.push(there);
    if (performance.now() > pause) {
      await yieldToWindow();
      pause = performance.now() + SLICE_MS;
    }
  }
  await Promise.all(sent);
}

export async function decodeOffWindow(
  file: File,
  relativePath: string,
  encoding?: EncodingName,
): Promise<DecodeResult> {
  if (inWindow()) return readChosenFile(file, relativePath, encoding);
  clearTimeout(idleTimer);
  const held = handed.get(file);
  handed.delete(file);
  const reader = held && readers.includes(held.reader) ? held.reader : leastBusy();
  reader.pending++;
  try {
    if (held?.reader !== reader) return await reader.work.decode(file, relativePath, encoding);
    await held.there;
    return await reader.work.decodeHeld(held.id, relativePath, encoding);
  } finally {
    reader.pending--;
    if (readers.every((r) => r.pending === 0)) idleTimer = setTimeout(letGo, IDLE_MS);
  }
}

function readerAt(index: number): Reader {
  while (readers.length <= index) {
    const worker = new Worker(new URL('./decode.worker.ts', import.meta.url), { type: 'module' });
    readers.push({ worker, work: wrap<DecodeWork>(worker), pending: 0 });
  }
  return readers[index];
}

function leastBusy(): Reader {
  if (readers.length < READERS) return readerAt(readers.length);
  return readers.reduce((a, b) => (b.pending < a.pending ? b : a));
}

function letGo(): void {
  for (const r of readers) r.worker.terminate();
  readers = [];
}
