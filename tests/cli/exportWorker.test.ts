// `galley export` makes its files in a worker thread (src/cli/exportWorker.ts): the files
// must be the ones core/export makes in this thread, byte for byte and in the same order,
// however they are cut into batches; a writer that stops early must end the worker (or the
// command would never exit), and a failure in the worker must reach the writer.
import type { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { exportFilesInWorker, type StartWorker } from '../../src/cli/exportWorker';
import { exportProject } from '../../src/core/export/exportProject';
import type { ExportOptions, ProjectSnapshot } from '../../src/core/export/snapshot';
import { EXPORT_FORMATS } from '../../src/core/export/snapshot';
import { project } from '../core/export/fixtures';
import { generatedProject } from '../core/export/generatedProject';
import { startTsWorker } from './tsWorker';

const all: ExportOptions = { scope: { pages: 'all', reviewedOnly: false }, formats: EXPORT_FORMATS };

async function inWorker(
  snapshot: ProjectSnapshot,
  options: ExportOptions,
): Promise<{ path: string; data: string }[]> {
  const files = [];
  for await (const f of exportFilesInWorker(snapshot, options, startTsWorker))
    files.push({ path: f.path, data: Buffer.from(f.data).toString('utf8') });
  return files;
}

const inThisThread = (snapshot: ProjectSnapshot, options: ExportOptions) =>
  exportProject(snapshot, options).map((f) => ({ path: f.path, data: f.data as string }));

/** The worker's start, keeping each worker it starts to watch it end. */
function watched(): { start: StartWorker; exited: () => Promise<number[]> } {
  const ends: Promise<number>[] = [];
  const start: StartWorker = (job) => {
    const worker: Worker = startTsWorker(job);
    ends.push(new Promise((resolve) => worker.once('exit', resolve)));
    return worker;
  };
  return { start, exited: () => Promise.all(ends) };
}

describe('the export worker', { timeout: 60_000 }, () => {
  it('makes the same files as core/export in this thread: the awkward project, every option', async () => {
    for (const options of [
      all,
      { ...all, includeUnmarked: true },
      { scope: { pages: 'all', reviewedOnly: true }, formats: ['txt', 'csv'] },
    ] satisfies ExportOptions[])
      expect(await inWorker(project(), options)).toEqual(inThisThread(project(), options));
  });

  it('makes the same files when the export spans many batches built ahead of the writer', async () => {
    // ~17 MB: several 2 MB batches, more than the worker may build ahead.
    const big = generatedProject(2_000);
    const files = await inWorker(big, all);
    expect(files.length).toBeGreaterThan(2_000);
    expect(files).toEqual(inThisThread(big, all));
  });

  it('gives nothing for an export with no articles, and the worker ends', async () => {
    const { start, exited } = watched();
    const files = [];
    for await (const f of exportFilesInWorker({ pages: [] }, all, start)) files.push(f);
    expect(files).toEqual([]);
    expect(await exited()).toHaveLength(1);
  });

  it('ends the worker when the writer stops after the first file', async () => {
    const { start, exited } = watched();
    for await (const f of exportFilesInWorker(generatedProject(2_000), all, start)) {
      expect(f.path).toContain('/');
      break;
    }
    expect(await exited()).toHaveLength(1);
  });

  it('hands a failure in the worker to the writer', async () => {
    const broken = { pages: [{ page: null, raw: '', articles: [] }] } as unknown as ProjectSnapshot;
    await expect(inWorker(broken, all)).rejects.toThrow();
  });
});
