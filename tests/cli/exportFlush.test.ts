// `galley export` is durable: staged files are flushed to disk before the completion marker
// is written, the marker before anything is swapped in, and the swapped files before the
// export is reported done.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeExport } from '../../src/cli/exportFolder';
import { flushToDisk } from '../../src/cli/flush';

let out: string;
beforeEach(async () => {
  out = await mkdtemp(path.join(os.tmpdir(), 'galley-flush-'));
});
afterEach(async () => {
  await rm(out, { recursive: true, force: true });
});

const files = [
  { path: 'p1/01-标题.txt', data: '正文' },
  { path: 'p1/p1.txt', data: '版面' },
  { path: 'corpus.jsonl', data: '{}\n' },
];

describe('galley export on the disk', () => {
  it('flushes the staged files, then the marker, then the swapped files, in that order', async () => {
    const calls: { folder: string; files: string[]; marker: boolean; swapped: boolean }[] = [];
    await writeExport(out, files, {
      flush: (folder, written) => {
        calls.push({
          folder,
          files: [...written],
          marker: written.some((f) => existsSync(path.join(path.dirname(f), '.galley-complete'))),
          swapped: existsSync(path.join(out, 'corpus.jsonl')),
        });
        return Promise.resolve();
      },
    });
    expect(calls).toHaveLength(3);
    const [staged, marker, swapped] = calls;
    expect(path.basename(staged.folder)).toMatch(/^\.galley-export-/);
    expect(staged.files.map((f) => path.relative(staged.folder, f).split(path.sep).join('/')).sort()).toEqual(
      files.map((f) => f.path).sort(),
    );
    // The marker did not exist yet while the staged files were being flushed.
    expect(staged.marker).toBe(false);
    expect(staged.swapped).toBe(false);
    expect(marker.files.map((f) => path.basename(f))).toEqual(['.galley-complete']);
    expect(marker.swapped).toBe(false);
    expect(swapped.folder).toBe(out);
    expect(swapped.files.sort()).toEqual(files.map((f) => path.join(out, ...f.path.split('/'))).sort());
    expect(swapped.swapped).toBe(true);
  });

  it('really flushes with the default (syncfs on Linux, fsync elsewhere) and writes every byte', async () => {
    await writeExport(out, files);
    expect(await readFile(path.join(out, 'p1', '01-标题.txt'), 'utf8')).toBe('正文');
    await expect(flushToDisk(out, [path.join(out, 'corpus.jsonl')])).resolves.toBeUndefined();
  });
});
