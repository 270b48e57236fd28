// `galley export BACKUP --format txt,md,jsonl,tei,annotations,csv --out DIR`: the files the
// app exports for the same project, from one of its backups (the same core function makes
// them, so they are byte-identical). The export is all or nothing: files are staged in a
// folder of their own inside DIR and swapped in at the end (../exportFolder.ts); a failure,
// Ctrl-C or SIGTERM leaves DIR as it was, and a run killed outright is finished or undone by
// the next export to DIR.

import { createHash } from 'node:crypto';
import { lstat, mkdir, readFile, realpath, rmdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { MAX_BACKUP_FILE_BYTES } from '../../core/backup/format';
import { parseBackup } from '../../core/backup/parse';
import { projectSnapshot } from '../../core/backup/snapshot';
import { MAX_PAGE_BYTES } from '../../core/decode';
import { fileProblem } from '../../core/errno';
import { pagesWithoutArticles } from '../../core/export/exportProject';
import type { ExportFile } from '../../core/export/files';
import { EXPORT_FORMATS, type ExportFormat } from '../../core/export/snapshot';
import { skippedVersions } from '../../core/export/superseded';
import type { Page } from '../../core/model';
import { ExportRefusal, HalfDone, Interrupted, recoverInterrupted, writeExport } from '../exportFolder';
import { exportFilesInWorker } from '../exportWorker';
import { readFailure, readRegularFile } from '../io';
import { backupMessage, problemMessage } from '../messages';
import { refuseConflicts } from '../conflicts';

export const exportUsage =
  'galley export BACKUP --out DIR [--format txt,md,jsonl,tei,annotations,csv] [--pages PAGE,…] [--reviewed-only] [--include-unmarked] [--allow-conflicts]';

function reason(e: unknown): string {
  if (e instanceof ExportRefusal) return e.message;
  const problem = fileProblem(e);
  const where = (e as { path?: unknown } | null)?.path;
  return `${problemMessage(problem)}${typeof where === 'string' ? ` (${where})` : ''}`;
}

/** Page ids for `--pages`, which names pages by id, relative path or file name. */
function chosenPages(pages: readonly Page[], list: string): string[] {
  const wanted = new Set(list.split(',').map((p) => p.trim()));
  return pages
    .filter((p) => wanted.has(p.id) || wanted.has(p.relativePath) || wanted.has(p.name))
    .map((p) => p.id);
}

/** Exit codes for a stop by signal, as a shell reports them. */
const SIGNAL_EXIT: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143 };

/**
 * The real folder to export into (symbolic links in the path the user gave are resolved
 * once, here), created when missing; `created` is the first folder made, for removal on
 * failure.
 */
async function exportFolder(out: string): Promise<{ real: string; created: string | undefined }> {
  const resolved = path.resolve(out);
  let created: string | undefined;
  try {
    const info = await stat(resolved);
    if (!info.isDirectory()) throw Object.assign(new Error(`${out} is not a folder`), { code: 'ENOTDIR' });
  } catch (e) {
    if ((e as { code?: string }).code !== 'ENOENT') throw e;
    // A dangling link where the folder should be is not followed to create its target.
    const link = await lstat(resolved).catch(() => null);
    if (link?.isSymbolicLink())
      throw new ExportRefusal(`${out} is a symbolic link to nothing; Galley does not create its target`);
    created = await mkdir(resolved, { recursive: true });
  }
  return { real: await realpath(resolved), created };
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
        'include-unmarked': { type: 'boolean' },
        'allow-conflicts': { type: 'boolean' },
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
  const read = await readRegularFile(backupPath, MAX_BACKUP_FILE_BYTES);
  if (!read.ok) {
    process.stderr.write(`galley export: ${readFailure(backupPath, read.problem)}\n`);
    return 1;
  }
  const backup = parseBackup(read.bytes);
  if (!backup.ok) {
    process.stderr.write(`galley export: ${backupPath}: ${backupMessage(backup.error)}\n`);
    return 1;
  }
  const snapshot = {
    ...projectSnapshot(backup.data),
    figures: new Map(backup.figures.map((f) => [f.articleId, f])),
  };
  const scope = {
    pages: values.pages ? chosenPages(backup.data.pages, values.pages) : 'all',
    reviewedOnly: values['reviewed-only'] ?? false,
  } as const;
  const refused = refuseConflicts(
    backup.data,
    scope.pages === 'all' ? undefined : scope.pages,
    values['allow-conflicts'] ?? false,
    (line) => process.stderr.write(line),
  );
  if (refused !== null) return refused;
  // Made in a worker thread while this one writes (../exportWorker.ts).
  const files = exportFilesInWorker(snapshot, {
    scope,
    formats: formats as ExportFormat[],
    includeUnmarked: values['include-unmarked'] ?? false,
  });
  for (const path of pagesWithoutArticles(snapshot, scope))
    process.stderr.write(
      `galley export: skipped ${path}: no articles${scope.reviewedOnly ? ' marked reviewed' : ''}\n`,
    );
  for (const s of skippedVersions(snapshot.pages, scope))
    process.stderr.write(
      `galley export: skipped ${s.relativePath} (page ${s.pageId}, ${s.articles} article${s.articles === 1 ? '' : 's'}): an earlier version; a newer version of the page was imported\n`,
    );
  try {
    return await exportInto(values.out, backup.data.pages, files);
  } finally {
    // Ends the worker whatever happened (writeExport may never have asked for a file).
    await files.return(undefined);
  }
}

/** Writes the files the worker makes into the folder `out`; the exit code. */
async function exportInto(
  out: string,
  pages: readonly Page[],
  files: AsyncGenerator<ExportFile>,
): Promise<number> {
  const first = await files.next();
  if (first.done) {
    process.stderr.write('galley export: nothing to export (no articles in the chosen pages)\n');
    return 1;
  }

  let stopped: NodeJS.Signals | null = null;
  const onSignal = (signal: NodeJS.Signals) => {
    stopped = signal;
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  let folder: { real: string; created: string | undefined } | undefined;
  try {
    folder = await exportFolder(out);
    for (const note of await recoverInterrupted(folder.real))
      process.stderr.write(`galley export: ${out}: ${note}\n`);
    const sources = new Set(pages.map((p) => p.sha256.toLowerCase()));
    const all = (async function* (): AsyncGenerator<ExportFile> {
      yield first.value;
      yield* files;
    })();
    const outcome = await writeExport(folder.real, all, {
      mayReplace: async (target) => {
        if (await isRawSource(target, sources)) throw new RawSourceError(target);
      },
      stopped: () => stopped,
    });
    const replaced = outcome.replaced > 0 ? `, replacing ${outcome.replaced} earlier files` : '';
    process.stderr.write(
      `galley export: wrote ${outcome.files} files (${outcome.bytes} bytes) to ${out}${replaced}\n`,
    );
    return 0;
  } catch (e) {
    if (folder?.created) await removeIfEmpty(folder.created);
    if (e instanceof Interrupted) {
      process.stderr.write(`galley export: ${e.message}; nothing was exported\n`);
      return SIGNAL_EXIT[e.signal] ?? 1;
    }
    process.stderr.write(
      e instanceof HalfDone
        ? `galley export: could not write to ${out}: ${reason(e.failure)}; ${e.message}\n`
        : `galley export: could not write to ${out}: ${reason(e)}; nothing was exported\n`,
    );
    return 1;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

async function removeIfEmpty(dir: string): Promise<void> {
  try {
    await rmdir(dir);
  } catch {
    // not empty (or gone): leave it
  }
}

class RawSourceError extends ExportRefusal {
  constructor(readonly target: string) {
    super(`${target} is a raw page of this project and is never overwritten`);
  }
}

/**
 * Whether an existing file at `target` has the bytes of one of the project's raw pages. Only
 * a regular file no larger than a page can be one (a FIFO or device there is never read).
 */
async function isRawSource(target: string, rawSources: Set<string>): Promise<boolean> {
  if (rawSources.size === 0) return false;
  const info = await lstat(target).catch(() => null);
  if (!info?.isFile() || info.size > MAX_PAGE_BYTES) return false;
  let bytes: Buffer;
  try {
    bytes = await readFile(target);
  } catch {
    return false;
  }
  return rawSources.has(createHash('sha256').update(bytes).digest('hex'));
}
