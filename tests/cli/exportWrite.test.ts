// galley export writes its staged files synchronously, letting the event loop turn every few
// megabytes: the files must still be exactly the export's, however many batches and turns
// they span; a write failing deep into the export must leave the folder as it was; and a
// signal arriving while a long run of files is written must stop the export.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Interrupted, writeExport } from '../../src/cli/exportFolder';
import { exportFilesInWorker } from '../../src/cli/exportWorker';
import { exportFiles, exportProject } from '../../src/core/export/exportProject';
import { EXPORT_FORMATS, type ExportOptions } from '../../src/core/export/snapshot';
import { generatedProject } from '../core/export/generatedProject';
import { startTsWorker } from './tsWorker';

const all: ExportOptions = { scope: { pages: 'all', reviewedOnly: false }, formats: EXPORT_FORMATS };

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => !d.isDirectory())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
    .sort();
}

let out: string;
beforeEach(async () => {
  out = await mkdtemp(path.join(tmpdir(), 'galley-write-'));
  writeFileSync(path.join(out, 'keep.txt'), 'mine');
});
afterEach(async () => {
  await rm(out, { recursive: true, force: true });
});

describe('galley export writing its files', { timeout: 120_000 }, () => {
  it('writes every file of a many-batch export byte for byte', async () => {
    // ~8.5 MB from the worker: several batches, turns of the event loop between them.
    const project = generatedProject(1_000);
    const outcome = await writeExport(out, exportFilesInWorker(project, all, startTsWorker));
    const expected = exportProject(project, all);
    expect(outcome.files).toBe(expected.length);
    expect(listFiles(out)).toEqual([...expected.map((f) => f.path), 'keep.txt'].sort());
    for (const f of expected) expect(readFileSync(path.join(out, f.path), 'utf8')).toBe(f.data);
    expect(readFileSync(path.join(out, 'keep.txt'), 'utf8')).toBe('mine');
  });

  it('leaves the folder as it was when a write fails after megabytes were staged', async () => {
    const files = [...exportFiles(generatedProject(1_000), all)];
    // The same path twice: the second write finds the first and fails.
    files.push({ path: files[0].path, data: 'again' });
    await expect(writeExport(out, files)).rejects.toMatchObject({ code: 'EEXIST' });
    expect(listFiles(out)).toEqual(['keep.txt']);
  });

  it('stops on a signal that arrives while a long run of files is being written', async () => {
    let stopped: NodeJS.Signals | null = null;
    let flushed = false;
    const flush = () => {
      flushed = true;
      return Promise.resolve();
    };
    // The signal comes once writing has begun, and is seen only if the writer lets the event
    // loop turn: the files are all at hand, so nothing else makes it wait.
    const files = (function* () {
      setTimeout(() => (stopped = 'SIGINT'), 0);
      yield* exportFiles(generatedProject(1_000), all);
    })();
    await expect(writeExport(out, files, { stopped: () => stopped, flush })).rejects.toBeInstanceOf(
      Interrupted,
    );
    // Stopped while staging, not after every file was written and flushed.
    expect(flushed).toBe(false);
    expect(listFiles(out)).toEqual(['keep.txt']);
  });
});
