// `galley export BACKUP --format txt,md,jsonl,tei,annotations,csv --out DIR`: the files the
// app exports for the same project, from one of its backups (the same core function makes
// them, so they are byte-identical). Every file is first written to a temporary name beside
// its target; only when all are written are they renamed into place, so a failure (no
// permission, disk full) leaves no half-written or partial export behind.

import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseBackup } from '../../core/backup/parse';
import { fileProblem } from '../../core/errno';
import { projectSnapshot } from '../../core/backup/snapshot';
import { exportFiles } from '../../core/export/exportProject';
import type { ExportFile } from '../../core/export/files';
import type { Page } from '../../core/model';
import { EXPORT_FORMATS, type ExportFormat } from '../../core/export/snapshot';
import { backupMessage, problemMessage } from '../messages';

export const exportUsage =
  'galley export BACKUP --out DIR [--format txt,md,jsonl,tei,annotations,csv] [--pages PAGE,…] [--reviewed-only]';

function reason(e: unknown): string {
  if (e instanceof RawSourceError) return e.message;
  return problemMessage(fileProblem(e));
}

/** Page ids for `--pages`, which names pages by id, relative path or file name. */
function chosenPages(pages: readonly Page[], list: string): string[] {
  const wanted = new Set(list.split(',').map((p) => p.trim()));
  return pages
    .filter((p) => wanted.has(p.id) || wanted.has(p.relativePath) || wanted.has(p.name))
    .map((p) => p.id);
}

export async function exportCommand(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        format: { type: 'string', short: 'f' },
        pages: { type: 'string' },
        'reviewed-only': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    process.stderr.write(`galley export: ${(e as Error).message}\nusage: ${exportUsage}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`usage: ${exportUsage}\n`);
    return 0;
  }
  if (positionals.length !== 1 || !values.out) {
    process.stderr.write(`usage: ${exportUsage}\n`);
    return 2;
  }
  const formats = (values.format ?? EXPORT_FORMATS.join(','))
    .split(',')
    .map((f) => f.trim())
    .filter((f) => f !== '');
  const unknown = formats.filter((f) => !(EXPORT_FORMATS as readonly string[]).includes(f));
  if (unknown.length > 0 || formats.length === 0) {
    process.stderr.write(
      `galley export: unknown format ${unknown.join(', ') || '(none)'}; choose from ${EXPORT_FORMATS.join(',')}\n`,
    );
    return 2;
  }

  const backupPath = positionals[0];
  let bytes: Uint8Array;
  try {
    bytes = await readFile(backupPath);
  } catch (e) {
    process.stderr.write(`galley export: ${backupPath}: ${reason(e)}\n`);
    return 1;
  }
  const backup = parseBackup(bytes);
  if (!backup.ok) {
    process.stderr.write(`galley export: ${backupPath}: ${backupMessage(backup.error)}\n`);
    return 1;
  }
  const files = exportFiles(projectSnapshot(backup.data), {
    scope: {
      pages: values.pages ? chosenPages(backup.data.pages, values.pages) : 'all',
      reviewedOnly: values['reviewed-only'] ?? false,
    },
    formats: formats as ExportFormat[],
  });
  const first = files.next();
  if (first.done) {
    process.stderr.write('galley export: nothing to export (no articles in the chosen pages)\n');
    return 1;
  }
  try {
    const sources = new Set(backup.data.pages.map((p) => p.sha256.toLowerCase()));
    let count = 0;
    const all = (function* (): Generator<ExportFile> {
      let next: IteratorResult<ExportFile> = first;
      for (; !next.done; next = files.next()) {
        count++;
        yield next.value;
      }
    })();
    const written = await writeAtomically(path.resolve(values.out), all, sources);
    process.stderr.write(`galley export: wrote ${count} files (${written} bytes) to ${values.out}\n`);
    return 0;
  } catch (e) {
    process.stderr.write(
      `galley export: could not write to ${values.out}: ${reason(e)}; nothing was exported\n`,
    );
    return 1;
  }
}

class RawSourceError extends Error {
  constructor(readonly target: string) {
    super(`${target} is a raw page of this project and is never overwritten`);
  }
}

/** Whether an existing file at `target` has the bytes of one of the project's raw pages. */
async function isRawSource(target: string, rawSources: Set<string>): Promise<boolean> {
  if (rawSources.size === 0) return false;
  let bytes: Buffer;
  try {
    bytes = await readFile(target);
  } catch {
    return false;
  }
  return rawSources.has(createHash('sha256').update(bytes).digest('hex'));
}

/** Files in flight at once: enough to hide the file system's latency, few enough for any OS limit. */
const PARALLEL = 16;

async function inParallel<T>(
  items: readonly T[],
  work: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  // A list, so that a thrown null or undefined still counts as a failure; the first is thrown.
  const failures: unknown[] = [];
  const worker = async (): Promise<void> => {
    while (failures.length === 0 && next < items.length) {
      const i = next++;
      try {
        await work(items[i], i);
      } catch (error) {
        failures.push(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, items.length) }, worker));
  if (failures.length > 0) throw failures[0];
}

/**
 * Writes every file to a temporary name beside its target, then (when all are written and
 * none would replace a raw page) renames them into place; on failure removes the temporaries
 * and the folders it created. Files are written while the next ones are being made.
 */
export async function writeAtomically(
  outDir: string,
  files: Iterable<ExportFile>,
  rawSources = new Set<string>(),
): Promise<number> {
  const staged: { temp: string; target: string }[] = [];
  const createdDirs: string[] = [];
  const knownDirs = new Set<string>();
  const inFlight = new Set<Promise<void>>();
  const failures: unknown[] = [];
  let bytes = 0;
  try {
    for (const file of files) {
      if (failures.length > 0) break;
      const target = path.resolve(outDir, ...file.path.split('/'));
      if (!target.startsWith(outDir + path.sep))
        throw new Error(`refusing to write outside the folder: ${file.path}`);
      const dir = path.dirname(target);
      if (!knownDirs.has(dir)) {
        const created = await mkdir(dir, { recursive: true });
        if (created) createdDirs.push(created);
        knownDirs.add(dir);
      }
      const temp = path.join(dir, `.galley-${process.pid}-${staged.length}.tmp`);
      staged.push({ temp, target });
      const data = typeof file.data === 'string' ? Buffer.from(file.data, 'utf8') : file.data;
      const write: Promise<void> = writeFile(temp, data, { flag: 'wx' })
        .then(
          () => void (bytes += data.byteLength),
          (error: unknown) => void failures.push(error),
        )
        .finally(() => inFlight.delete(write));
      inFlight.add(write);
      if (inFlight.size >= PARALLEL) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    if (failures.length > 0) throw failures[0];
    // A raw page is never overwritten, even when the folder chosen is the one it came from.
    // Only folders that existed before can hold one.
    const fresh = (target: string): boolean => createdDirs.some((d) => target.startsWith(d + path.sep));
    const old = staged.filter(({ target }) => !fresh(target));
    await inParallel(old, async ({ target }) => {
      if (await isRawSource(target, rawSources)) throw new RawSourceError(target);
    });
    await inParallel(staged, ({ temp, target }) => rename(temp, target));
  } catch (e) {
    await Promise.all(inFlight);
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })));
    // Folders this export created hold nothing but its own temporaries.
    for (const dir of createdDirs.reverse()) await rm(dir, { recursive: true, force: true });
    throw e;
  }
  return bytes;
}
