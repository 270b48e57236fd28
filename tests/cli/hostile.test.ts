// Bad input for every command: pages, backups and destinations generated here to be as
// hostile as files in the wild. Each must end with exit code 1 or 2 and one clear line on
// standard error within 10 s, write nothing outside the destination and leave no temporary.
import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  ftruncateSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { constants, createGzip, gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeBackup } from '../../src/core/backup/format';
import { projectData } from '../core/backup/fixtures';
import { ensureBuilt, root } from './galley';

// A command still running after this has hung (what these inputs once did, for minutes or for
// ever); refusing takes well under a second on an idle machine, and CI machines are not idle.
const LIMIT_MS = 30_000;

/** Runs galley with a hard limit; a command still running then fails the test. */
function galley(...args: string[]): Promise<{ code: number | null; stderr: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(root, 'bin/galley.mjs'), ...args],
      { timeout: LIMIT_MS, killSignal: 'SIGKILL', maxBuffer: 64 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, stderr, ms: Date.now() - started });
      },
    );
  });
}

function expectRefused(run: { code: number | null; stderr: string; ms: number }, words: RegExp): void {
  expect(run.ms).toBeLessThan(LIMIT_MS);
  expect([1, 2]).toContain(run.code);
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines, run.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(words);
}

/** A snapshot of a folder (every entry with its bytes' hash), to show nothing changed. */
function snapshot(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .map((d) => {
      const p = path.join(d.parentPath, d.name);
      const kind = d.isSymbolicLink() ? 'link' : d.isDirectory() ? 'dir' : d.isFile() ? 'file' : 'other';
      const small = d.isFile() && statSync(p).size < 64 * 1024 * 1024;
      return `${path.relative(dir, p)} ${small ? createHash('sha256').update(readFileSync(p)).digest('hex') : kind}`;
    })
    .sort();
}

/** Galley's own staging and temporary names. */
const temporary = (line: string) => /(^|\/)\.galley-|\.tmp /.test(line);

const dir = mkdtempSync(path.join(tmpdir(), 'galley-hostile-'));
const at = (name: string) => path.join(dir, name);

/** Hostile pages: made once, read by segment, clean and compare. */
function makePages(): Record<string, [string, RegExp]> {
  const binary = Buffer.alloc(4096);
  for (let i = 0; i < binary.length; i++) binary[i] = (i * 7919) % 256;
  writeFileSync(at('binary.txt'), binary);
  writeFileSync(at('empty.txt'), '');
  writeFileSync(at('blank.txt'), ' \n\n\t\n');
  // 25 MB of text and a 2 GB sparse file: refused from their size before a byte is read.
  writeFileSync(at('25mb.txt'), Buffer.alloc(25 * 1024 * 1024, '字'));
  const sparse = openSync(at('sparse-2gb.txt'), 'w');
  writeSync(sparse, '正文');
  ftruncateSync(sparse, 2 * 1024 * 1024 * 1024);
  closeSync(sparse);
  execFileSync('mkfifo', [at('fifo.txt')]);
  symlinkSync(at('loop-b.txt'), at('loop-a.txt'));
  symlinkSync(at('loop-a.txt'), at('loop-b.txt'));
  mkdirSync(at('folder.txt'));
  return {
    binary: [at('binary.txt'), /binary\.txt: not a text file/],
    empty: [at('empty.txt'), /empty\.txt: the page is empty/],
    blank: [at('blank.txt'), /blank\.txt: the page is empty/],
    '25 MB': [at('25mb.txt'), /25mb\.txt: too large for a newspaper page \(26214400 bytes/],
    '2 GB sparse': [
      at('sparse-2gb.txt'),
      /sparse-2gb\.txt: too large for a newspaper page \(2147483648 bytes/,
    ],
    '/dev/zero': ['/dev/zero', /\/dev\/zero: not a regular file/],
    FIFO: [at('fifo.txt'), /fifo\.txt: not a regular file/],
    'symbolic link loop': [at('loop-a.txt'), /loop-a\.txt: .*(ELOOP|symbolic links)/i],
    folder: [at('folder.txt'), /folder\.txt: is a folder/],
    missing: [at('missing.txt'), /missing\.txt: no such file/],
  };
}

/** Hostile backups: made once, read by export and check. */
async function makeBackups(): Promise<Record<string, [string, RegExp]>> {
  const good = makeBackup(projectData(), { createdAt: 0 });
  writeFileSync(at('truncated.galley-backup'), good.subarray(0, good.length - 100));
  const flipped = Buffer.from(good);
  flipped[Math.floor(flipped.length / 2)] ^= 0x01;
  writeFileSync(at('flipped.galley-backup'), flipped);
  // Stored deflate: a flipped byte inflates cleanly and only the CRC32 can tell.
  const json = makeBackup(projectData(), { createdAt: 0, gzip: false });
  const stored = Buffer.from(gzipSync(json, { level: 0 }));
  stored[stored.length - 8 - Math.floor(json.length / 2)] ^= 0x01;
  writeFileSync(at('stored-flipped.galley-backup'), stored);
  const trailer = Buffer.from(good);
  trailer[trailer.length - 1] ^= 0x01;
  writeFileSync(at('wrong-length.galley-backup'), trailer);
  // 256 MiB of zeros in 250 KB.
  writeFileSync(at('bomb.galley-backup'), gzipSync(Buffer.alloc(256 * 1024 * 1024), { level: 9 }));
  writeFileSync(at('not-gzip.galley-backup'), Buffer.from('PK\x03\x04 this is a zip, not a backup'));
  writeFileSync(at('empty.galley-backup'), '');
  // About 10 MB on disk claiming 1.2 million articles (some 450 MB of JSON).
  await new Promise<void>((resolve, reject) => {
    const gzip = createGzip({ level: constants.Z_BEST_SPEED });
    const chunks: Buffer[] = [];
    gzip.on('data', (c: Buffer) => chunks.push(c));
    gzip.on('end', () => {
      writeFileSync(at('huge-count.galley-backup'), Buffer.concat(chunks));
      resolve();
    });
    gzip.on('error', reject);
    gzip.write(
      '{"format":"galley-backup","version":1,"createdAt":"2026-01-01T00:00:00.000Z","pages":[],"texts":[],"articles":[',
    );
    const field = '{"text":"","spans":[]}';
    const one = (i: number) =>
      `{"id":"a${i}","pageId":"p","order":${i},"status":"draft","updatedAt":0,"content":{"section":${field},"kicker":${field},"title":${field},"subtitle":${field},"dateline":${field},"byline":${field},"paragraphs":[],"captions":[],"notes":[]}}`;
    const batch: string[] = [];
    for (let i = 0; i < 1_200_000; i++) {
      batch.push(one(i));
      if (batch.length === 10_000) {
        gzip.write((i < 10_000 ? '' : ',') + batch.join(','));
        batch.length = 0;
      }
    }
    gzip.end('],"revisions":[],"rules":[],"settings":[]}');
  });
  return {
    truncated: [
      at('truncated.galley-backup'),
      /the backup is damaged \(the (compressed data is damaged|file is cut short)/,
    ],
    'flipped byte': [at('flipped.galley-backup'), /the backup is damaged/],
    'flipped byte, stored': [
      at('stored-flipped.galley-backup'),
      /damaged \(its content does not match the gzip CRC32/,
    ],
    'wrong length': [
      at('wrong-length.galley-backup'),
      /damaged \(its content does not match the gzip length/,
    ],
    'gzip bomb': [at('bomb.galley-backup'), /it would unpack to more than \d+ MiB/],
    'huge claimed counts': [at('huge-count.galley-backup'), /it would unpack to more than \d+ MiB/],
    'not gzip': [at('not-gzip.galley-backup'), /not a Galley backup/],
    empty: [at('empty.galley-backup'), /not a Galley backup/],
    '/dev/zero': ['/dev/zero', /not a regular file/],
    FIFO: [at('fifo.txt'), /not a regular file/],
  };
}

let pages: Record<string, [string, RegExp]>;
let backups: Record<string, [string, RegExp]>;
let good: string;

beforeAll(async () => {
  ensureBuilt();
  pages = makePages();
  backups = await makeBackups();
  good = at('good.galley-backup');
  writeFileSync(good, makeBackup(projectData(), { createdAt: 0 }));
}, 180_000);

describe('hostile input', { timeout: 600_000 }, () => {
  it('pages: segment, clean and compare refuse each with one line, in time', async () => {
    const sample = at('sample.txt');
    writeFileSync(sample, '标题\n正文。\n');
    for (const [name, [file, words]] of Object.entries(pages)) {
      // clean reads pages as segment does (io.readPage); it is run on the ones that once hung.
      const commands = ['/dev/zero', 'FIFO', '2 GB sparse'].includes(name)
        ? ['segment', 'clean']
        : ['segment'];
      for (const command of commands) {
        const run = await galley(command, file);
        expect.soft(run.code, `${command} ${name}`).not.toBe(0);
        expectRefused(run, words);
      }
      if (name === 'empty' || name === 'blank') continue; // an empty text is compared like any other
      expectRefused(await galley('compare', file, sample), words);
    }
    expect(snapshot(dir).filter(temporary)).toEqual([]);
  });

  it('compare: two long, different texts are refused at once instead of running for minutes', async () => {
    const text = (seed: number) => {
      let x = seed;
      let out = '';
      for (let i = 0; i < 120_000; i++) {
        x = (x * 1103515245 + 12345) & 0x7fffffff;
        out += String.fromCharCode(0x4e00 + ((x >> 8) % 3000));
      }
      return out;
    };
    writeFileSync(at('long-a.txt'), text(1));
    writeFileSync(at('long-b.txt'), text(2));
    expectRefused(
      await galley('compare', at('long-a.txt'), at('long-b.txt')),
      /too long to compare exactly \(120000 × 120000/,
    );
  });

  it('backups: export and check refuse each with one line, in time, writing nothing', async () => {
    for (const [, [file, words]] of Object.entries(backups)) {
      const out = at(`out-${path.basename(file)}`);
      expectRefused(await galley('export', file, '--out', out), words);
      expect(() => readdirSync(out)).toThrow();
      expectRefused(await galley('check', file), words);
    }
  });

  it('destinations: a file in the way, a link to outside, a read-only folder', async () => {
    const outside = at('outside');
    mkdirSync(outside);
    writeFileSync(path.join(outside, 'keep.txt'), 'keep');
    const before = snapshot(outside);

    const fileInTheWay = at('a-file');
    writeFileSync(fileInTheWay, 'not a folder');
    expectRefused(
      await galley('export', good, '--out', fileInTheWay),
      /could not write .*a file is in the way/,
    );
    expectRefused(
      await galley('export', good, '--out', path.join(fileInTheWay, 'below')),
      /could not write .*a file is in the way/,
    );

    const withLink = at('with-link');
    mkdirSync(withLink);
    symlinkSync(outside, path.join(withLink, 'page-001'));
    expectRefused(
      await galley('export', good, '--out', withLink),
      /symbolic link; Galley does not write through links/,
    );
    expect(readdirSync(withLink)).toEqual(['page-001']);
    const dangling = at('dangling');
    symlinkSync(path.join(outside, 'not-yet'), dangling);
    expectRefused(await galley('export', good, '--out', dangling), /symbolic link to nothing/);
    expect(snapshot(outside)).toEqual(before);

    // Read-only: a chmod 555 folder, or (as root, whom modes do not stop) a read-only mount.
    let readOnly = at('read-only');
    mkdirSync(readOnly);
    chmodSync(readOnly, 0o555);
    if (process.getuid?.() === 0) readOnly = '/sys/galley-export';
    expectRefused(
      await galley('export', good, '--out', readOnly),
      /could not write .*(permission denied|read-only)/,
    );
    expect(snapshot(dir).filter(temporary)).toEqual([]);
  });
});
