// Writing an export into a folder all or nothing, the way `galley export` promises.
//
// 1. Stage: every file is written into `<out>/.galley-export-<id>/` (a folder of our own,
//    made fresh, so no link or old file is written through), then the marker file
//    `.galley-complete` is written there, last.
// 2. Swap: file by file, an existing target is renamed aside into
//    `<out>/.galley-replaced-<id>/` and the staged file renamed into its place; a folder
//    that did not exist when the targets were checked is renamed into place whole.
// 3. Done: the replaced files and the staging folder are removed.
//
// A failure (or Ctrl-C, SIGTERM) while staging removes the staging folder; one while
// swapping deletes the marker and puts every replaced file back. A process killed outright
// leaves the folders behind, and the next export to the same folder recognises them: with
// the marker, the staged export was complete and its swap is finished; without it, the
// replaced files are put back and the staging folder removed.
//
// Nothing is written through a symbolic link inside `<out>`: a link on the way to a target
// (or at the target) is refused before anything is written.

import { randomBytes } from 'node:crypto';
import { lstatSync, mkdirSync, writeFileSync } from 'node:fs';
import { lstat, mkdir, readdir, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ExportFile } from '../core/export/files';
import { flushToDisk, type Flush } from './flush';

export const STAGE_PREFIX = '.galley-export-';
export const REPLACED_PREFIX = '.galley-replaced-';
export const MARKER = '.galley-complete';

/** A refusal with its own words (not an operating system error). */
export class ExportRefusal extends Error {}

/** Raised when a signal asked the export to stop. */
export class Interrupted extends Error {
  constructor(readonly signal: NodeJS.Signals) {
    super(`stopped by ${signal}`);
  }
}

/** A swap that failed and could not be undone: `cause` is the failure, `message` where things are. */
export class HalfDone extends Error {
  constructor(
    readonly failure: unknown,
    message: string,
  ) {
    super(message);
  }
}

export interface SwapOutcome {
  files: number;
  bytes: number;
  replaced: number;
}

/**
 * Staged files are written synchronously, one after another: for many small files a blocking
 * open/write/close costs a fraction of a promise-based write's round trips through libuv's
 * thread pool (bench/export.bench.ts). After each megabyte the loop lets the event loop
 * turn, so a signal is seen and the worker's next batch arrives.
 */
const TURN_BYTES = 1024 * 1024;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Test hooks (GALLEY_TEST_EXPORT=pause-stage:MS | pause-swap:MS | fail-swap:N); unset for users. */
function testHook(): { kind: string; value: number } | null {
  const hook = process.env.GALLEY_TEST_EXPORT;
  if (!hook) return null;
  const [kind, value] = hook.split(':');
  return { kind, value: Number(value) };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function exists(p: string): Promise<boolean> {
  try {
    await lstat(p);
    return true;
  } catch {
    return false;
  }
}

/** Every file under `dir` (relative paths with `/`), folders not listed. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => !e.isDirectory())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as { code?: string }).code === 'EPERM';
  }
}

/**
 * Finishes or undoes what an export killed outright left in `out`; returns one line per
 * folder it dealt with (for standard error). Folders of an export still running are left.
 */
export async function recoverInterrupted(out: string): Promise<string[]> {
  const notes: string[] = [];
  let entries: string[];
  try {
    entries = await readdir(out);
  } catch {
    return notes;
  }
  const ids = new Set<string>();
  for (const name of entries) {
    if (name.startsWith(STAGE_PREFIX)) ids.add(name.slice(STAGE_PREFIX.length));
    else if (name.startsWith(REPLACED_PREFIX)) ids.add(name.slice(REPLACED_PREFIX.length));
  }
  for (const id of [...ids].sort()) {
    if (isAlive(Number(id.split('-')[0]))) continue;
    const stage = path.join(out, STAGE_PREFIX + id);
    const replaced = path.join(out, REPLACED_PREFIX + id);
    if (await exists(path.join(stage, MARKER))) {
      // The staged export was complete: finish its swap.
      for (const file of await filesUnder(stage)) {
        if (file === MARKER) continue;
        const target = path.join(out, ...file.split('/'));
        await mkdir(path.dirname(target), { recursive: true });
        await rename(path.join(stage, ...file.split('/')), target);
      }
      notes.push(`finished the export that was interrupted while it replaced files (${STAGE_PREFIX}${id})`);
    } else {
      // Staging never finished, or a swap was being undone: put replaced files back.
      let restored = 0;
      if (await exists(replaced)) {
        for (const file of await filesUnder(replaced)) {
          const target = path.join(out, ...file.split('/'));
          await mkdir(path.dirname(target), { recursive: true });
          await rename(path.join(replaced, ...file.split('/')), target);
          restored++;
        }
      }
      notes.push(
        `removed the unfinished export left by an interrupted run (${STAGE_PREFIX}${id})` +
          (restored > 0 ? `, putting back ${restored} file${restored === 1 ? '' : 's'} it had replaced` : ''),
      );
    }
    await rm(stage, { recursive: true, force: true });
    await rm(replaced, { recursive: true, force: true });
  }
  return notes;
}

/**
 * Checks that writing `file` (relative, `/`-separated) into `out` follows no symbolic link
 * and finds no file where a folder must be (or a folder where the file must be); true when
 * a file is there already (one the export would replace). Synchronous, as the staged
 * writes are: mostly answered from `known`.
 */
function checkTarget(out: string, file: string, known: Map<string, 'dir' | 'none'>): boolean {
  const parts = file.split('/');
  let at = out;
  for (let i = 0; i < parts.length; i++) {
    at = path.join(at, parts[i]);
    const last = i === parts.length - 1;
    const cached = known.get(at);
    if (cached === 'none') return false; // nothing below a missing folder exists either
    if (cached === 'dir' && !last) continue;
    const info = lstatSync(at, { throwIfNoEntry: false });
    if (info === undefined) {
      known.set(at, 'none');
      return false;
    }
    if (info.isSymbolicLink())
      throw new ExportRefusal(
        `${at} is a symbolic link; Galley does not write through links in the export folder`,
      );
    if (last) {
      if (info.isDirectory())
        throw Object.assign(new Error(`${at} is a folder`), { code: 'EISDIR', path: at });
      return true;
    }
    if (!info.isDirectory())
      throw Object.assign(new Error(`${at} is not a folder`), { code: 'ENOTDIR', path: at });
    known.set(at, 'dir');
  }
  return false;
}

export interface WriteOptions {
  /** Called for each file already there before anything is replaced; throwing refuses the whole export (raw pages). */
  mayReplace?: (target: string) => Promise<void>;
  /** Set when a signal asks the export to stop. */
  stopped?: () => NodeJS.Signals | null;
  /** A line of progress for standard error. */
  progress?: (line: string) => void;
  /** Puts written files on the disk (flush.ts; tests watch the order). */
  flush?: Flush;
}

/**
 * Writes `files` into the real folder `out` all or nothing (see the top of this file).
 * Throws on failure after undoing everything; an error whose `halfDone` is set could not
 * be undone and says where the files are.
 */
export async function writeExport(
  out: string,
  files: Iterable<ExportFile> | AsyncIterable<ExportFile>,
  options: WriteOptions = {},
): Promise<SwapOutcome> {
  const hook = testHook();
  const flush = options.flush ?? flushToDisk;
  const id = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const stage = path.join(out, STAGE_PREFIX + id);
  const replacedDir = path.join(out, REPLACED_PREFIX + id);
  const known = new Map<string, 'dir' | 'none'>();
  const paths: string[] = [];
  let bytes = 0;
  const checkStop = () => {
    const signal = options.stopped?.() ?? null;
    if (signal) throw new Interrupted(signal);
  };

  // 1. Stage.
  await mkdir(stage);
  try {
    const madeDirs = new Set<string>();
    const existing: string[] = [];
    let sinceTurn = 0;
    for await (const file of files) {
      checkStop();
      const parts = file.path.split('/');
      if (parts.some((p) => p === '' || p === '.' || p === '..'))
        throw new ExportRefusal(`refusing to write outside the folder: ${file.path}`);
      if (checkTarget(out, file.path, known)) existing.push(file.path);
      const temp = path.join(stage, ...parts);
      const dir = path.dirname(temp);
      if (!madeDirs.has(dir)) {
        mkdirSync(dir, { recursive: true });
        madeDirs.add(dir);
      }
      paths.push(file.path);
      writeFileSync(temp, file.data, { flag: 'wx' });
      const size =
        typeof file.data === 'string' ? Buffer.byteLength(file.data, 'utf8') : file.data.byteLength;
      bytes += size;
      sinceTurn += size;
      if (sinceTurn >= TURN_BYTES) {
        sinceTurn = 0;
        await nextTurn();
      }
      if (hook?.kind === 'pause-stage') await sleep(hook.value);
    }
    checkStop();
    if (options.mayReplace) {
      for (const p of existing) await options.mayReplace(path.join(out, ...p.split('/')));
    }
    // Every staged file is on the disk before the marker says the export is complete, and
    // the marker before any file is swapped in.
    const staged = paths.map((p) => path.join(stage, ...p.split('/')));
    await flush(stage, staged);
    const marker = path.join(stage, MARKER);
    await writeFile(marker, `${paths.length}\n`, { flag: 'wx' });
    await flush(stage, [marker]);
  } catch (e) {
    await rm(stage, { recursive: true, force: true });
    throw e;
  }

  // 2. Swap.
  options.progress?.(`replacing ${paths.length} files in ${out}`);
  const done: Swapped[] = [];
  const createdDirs: string[] = [];
  const movedFolders = new Set<string>();
  try {
    paths.sort();
    for (const [i, p] of paths.entries()) {
      checkStop();
      if (hook?.kind === 'fail-swap' && i === hook.value)
        throw Object.assign(new Error('test: rename failed'), { code: 'EIO' });
      // A folder that did not exist when the export was checked goes in with one rename,
      // all its files at once: a fresh export of 100,000 articles is not 100,000 renames.
      const folder = newFolderOf(out, p, known);
      if (folder !== null) {
        if (movedFolders.has(folder)) continue;
        movedFolders.add(folder);
        const target = path.join(out, ...folder.split('/'));
        await rename(path.join(stage, ...folder.split('/')), target);
        done.push({ target, aside: null, folder: true });
        continue;
      }
      const target = path.join(out, ...p.split('/'));
      const created = await mkdir(path.dirname(target), { recursive: true });
      if (created) createdDirs.push(created);
      let aside: string | null = null;
      if (await exists(target)) {
        aside = path.join(replacedDir, ...p.split('/'));
        await mkdir(path.dirname(aside), { recursive: true });
        await rename(target, aside);
      }
      done.push({ target, aside, folder: false });
      await rename(path.join(stage, ...p.split('/')), target);
      if (hook?.kind === 'pause-swap') await sleep(hook.value);
    }
  } catch (e) {
    const undone = await undoSwap(stage, done, createdDirs);
    if (!undone) {
      throw new HalfDone(
        e,
        `${done.length} of ${paths.length} files were replaced and could not all be put back; the replaced ones are in ${replacedDir}, and the next galley export to this folder puts them back`,
      );
    }
    await rm(stage, { recursive: true, force: true });
    await rm(replacedDir, { recursive: true, force: true });
    throw e;
  }

  // 3. Done: the renames on the disk before the export is reported.
  await flush(
    out,
    paths.map((p) => path.join(out, ...p.split('/'))),
  );
  const replaced = done.filter((d) => d.aside !== null).length;
  await rm(replacedDir, { recursive: true, force: true });
  await rm(stage, { recursive: true, force: true });
  return { files: paths.length, bytes, replaced };
}

/** What the swap put in place: a file (and the one it replaced, set aside), or a whole new folder. */
type Swapped = { target: string; aside: string | null; folder: boolean };

/**
 * The first folder on the way to `file` (relative, `/`-separated) that did not exist when
 * the targets were checked (checkTarget marks it 'none'), or null when they all did.
 */
function newFolderOf(out: string, file: string, known: ReadonlyMap<string, 'dir' | 'none'>): string | null {
  const parts = file.split('/');
  let at = out;
  for (let i = 0; i < parts.length - 1; i++) {
    at = path.join(at, parts[i]);
    if (known.get(at) === 'none') return parts.slice(0, i + 1).join('/');
  }
  return null;
}

/** Puts the replaced files back and removes the new ones; false when that failed somewhere. */
async function undoSwap(stage: string, done: Swapped[], createdDirs: string[]): Promise<boolean> {
  let ok = true;
  try {
    // Without the marker, an interrupted undo is finished by rolling back, not forward.
    await rm(path.join(stage, MARKER), { force: true });
  } catch {
    ok = false;
  }
  for (const { target, aside, folder } of [...done].reverse()) {
    try {
      if (aside) await rename(aside, target);
      else await rm(target, { force: true, recursive: folder });
    } catch {
      ok = false;
    }
  }
  for (const dir of createdDirs.reverse()) {
    // Empty now unless something else wrote there meanwhile, which is then left alone.
    await removeEmptyTree(dir);
  }
  return ok;
}

async function removeEmptyTree(dir: string): Promise<void> {
  try {
    for (const entry of await readdir(dir, { withFileTypes: true }))
      if (entry.isDirectory()) await removeEmptyTree(path.join(dir, entry.name));
    await rmdir(dir);
  } catch {
    // not empty or gone: leave it
  }
}
