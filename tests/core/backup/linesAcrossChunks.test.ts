// The app's worker hands the reader whatever pieces its unpacker makes: a record (a page's
// whole text) can span many of them, a piece can end inside a character or right at a line's
// end. Whatever the cut, the records read are the backup's, and the unpacker's pieces are
// not kept (it may reuse or release them).
import { describe, expect, it } from 'vitest';
import { unpackedBackupReader } from '../../../src/core/backup/parse';
import { makeBackup } from '../../../src/core/backup/format';
import { streamBackup } from '../../../src/core/backup/stream';
import type { ProjectData } from '../../../src/core/backup/types';
import { projectData } from './fixtures';

function withLongText(): ProjectData {
  const data = projectData();
  // A page of 20,000 characters: its line spans many pieces at every size below.
  data.texts[1] = { ...data.texts[1], raw: '本报讯 全区春耕备耕工作有序推进。\n'.repeat(1_200) };
  return data;
}

function readInPieces(bytes: Uint8Array, size: number, scribble: boolean) {
  const records: [string, unknown][] = [];
  const reader = unpackedBackupReader({ record: (t, r) => records.push([t, r]), figures: () => {} });
  for (let at = 0; at < bytes.length; at += size) {
    const piece = bytes.slice(at, at + size);
    reader.push(piece);
    // What the reader kept must be its own copy: the piece is spoilt once pushed.
    if (scribble) piece.fill(0x7b);
  }
  return { read: reader.finish(false), records };
}

describe('a backup read in pieces', () => {
  const data = withLongText();
  const bytes = streamBackup(data, { createdAt: 1_700_000_000_000, gzip: false });
  const whole = readInPieces(bytes, bytes.length, false);

  it('reads whole as a reference', () => {
    expect(whole.read.ok).toBe(true);
    const texts = whole.records.filter(([t]) => t === 'texts').map(([, r]) => (r as { raw: string }).raw);
    expect(texts).toContain(data.texts[1].raw);
  });

  it.each([1, 2, 7, 64, 1000, 4096, 65_536])('gives the same records in pieces of %i bytes', (size) => {
    const pieces = readInPieces(bytes, size, true);
    expect(pieces.read).toEqual(whole.read);
    expect(pieces.records).toEqual(whole.records);
  });

  it('still finds a damaged line when it spans pieces', () => {
    const text = new TextDecoder().decode(bytes);
    const damaged = new TextEncoder().encode(text.replace('春耕备耕工作', '春耕备耕"工作'));
    const read = readInPieces(damaged, 1000, true).read;
    expect(read.ok).toBe(false);
  });
});

describe('a version-1 backup (one document) read in pieces', () => {
  const data = withLongText();
  const bytes = makeBackup(data, { createdAt: 1_700_000_000_000, gzip: false });
  const whole = readInPieces(bytes, bytes.length, false);

  it.each([7, 4096])('gives the same records in pieces of %i bytes', (size) => {
    expect(whole.read.ok).toBe(true);
    const pieces = readInPieces(bytes, size, true);
    expect(pieces.read).toEqual(whole.read);
    expect(pieces.records).toEqual(whole.records);
  });
});
