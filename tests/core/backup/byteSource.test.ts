import { describe, expect, it } from 'vitest';
import { blockSource } from '../../../src/core/backup/byteSource';
import { readBackupRecords } from '../../../src/core/backup/parse';
import { streamBackup } from '../../../src/core/backup/stream';
import type { BackupTable } from '../../../src/core/backup/stream';
import { projectData } from './fixtures';

/** A file read through `blockSource`, counting its reads and the bytes they returned. */
function fileOnDisk(bytes: Uint8Array, block: number) {
  const reads: number[] = [];
  const source = blockSource(
    bytes.length,
    (start, end) => {
      reads.push(end - start);
      return bytes.slice(start, end);
    },
    block,
  );
  return { source, reads };
}

function recordsOf(file: Parameters<typeof readBackupRecords>[0]) {
  const seen: [BackupTable, unknown][] = [];
  const read = readBackupRecords(file, { record: (t, r) => seen.push([t, r]), figures: () => {} });
  return { read, seen };
}

/** The fixture project with pages of text that does not compress: a file of many blocks. */
function largeProject() {
  const data = projectData();
  let seed = 7;
  const char = () => String.fromCharCode(0x4e00 + ((seed = (seed * 48271) % 0x7fffffff) % 0x5000));
  for (let i = 0; i < 40; i++) {
    const id = `bulk-${i}`;
    data.pages.push({ ...data.pages[0], id, name: `${id}.txt` });
    data.texts.push({ pageId: id, raw: Array.from({ length: 8000 }, char).join('') });
  }
  return data;
}

describe('a backup read a piece at a time from its file', () => {
  it('reads the same records as the bytes in hand, each block of the file once', () => {
    const bytes = streamBackup(largeProject(), { createdAt: 1_700_000_000_000 });
    const block = 64 * 1024;
    expect(bytes.length).toBeGreaterThan(4 * block);
    const { source, reads } = fileOnDisk(bytes, block);
    const pieces = recordsOf(source);
    expect(pieces.read).toEqual(recordsOf(bytes).read);
    expect(pieces.seen).toEqual(recordsOf(bytes).seen);
    // Block by block, in order: only the first block (its magic bytes are read before the
    // trailer) and the last (the trailer's) are read twice.
    expect(reads.reduce((n, r) => n + r, 0)).toBeLessThanOrEqual(bytes.length + 2 * block);
    expect(reads.length).toBeLessThanOrEqual(Math.ceil(bytes.length / block) + 2);
    expect(Math.max(...reads)).toBeLessThanOrEqual(block);
  });

  it('refuses a cut-short file read in pieces as it refuses the bytes', () => {
    const bytes = streamBackup(projectData(), { createdAt: 0 });
    const cut = bytes.slice(0, bytes.length - 40);
    expect(recordsOf(fileOnDisk(cut, 256).source).read).toEqual(recordsOf(cut).read);
    expect(recordsOf(cut).read.ok).toBe(false);
  });

  it('reads an uncompressed backup whole, across blocks', () => {
    const bytes = streamBackup(projectData(), { createdAt: 0, gzip: false });
    const { source } = fileOnDisk(bytes, 64);
    expect(recordsOf(source).seen).toEqual(recordsOf(bytes).seen);
    expect(recordsOf(source).read.ok).toBe(true);
  });
});
