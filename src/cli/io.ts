// Reading files for the command line. Every command reads through `readRegularFile`: it
// looks at what the path is before reading a byte (a folder, a device such as /dev/zero, a
// FIFO, a socket are refused; a symbolic link loop fails at once), refuses a file over the
// command's size limit from its size alone, and never reads more than the limit even if
// the file grows while it is read. Pages are decoded by the core decoder, so the CLI reads
// exactly the encodings the app reads.

import { constants } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { decodeFile, MAX_PAGE_BYTES, type DecodedPage } from '../core/decode';
import { fileProblem } from '../core/errno';
import type { FileProblem } from '../core/problems';
import { REJECT_WORDS, problemMessage } from './messages';

export type FileRead = { ok: true; bytes: Uint8Array } | { ok: false; problem: FileProblem };

const CHUNK = 1024 * 1024;

/**
 * The bytes of a regular file of at most `limit` bytes, or why not. Symbolic links are
 * followed (a loop is refused by the system); anything else that is not a regular file is
 * refused before it is opened, and the file is opened without waiting (O_NONBLOCK), so a
 * FIFO swapped in after the check cannot hang the command.
 */
export async function readRegularFile(file: string, limit: number): Promise<FileRead> {
  const tooLarge = (size: number | string): FileRead => ({
    ok: false,
    problem: { code: 'file.too-large', detail: `${size} bytes; the limit is ${limit}` },
  });
  const notRegular = (isDirectory: boolean): FileRead => ({
    ok: false,
    problem: isDirectory ? { code: 'file.folder-in-the-way' } : { code: 'file.not-regular' },
  });
  let handle: FileHandle | undefined;
  try {
    const before = await stat(file);
    if (!before.isFile()) return notRegular(before.isDirectory());
    if (before.size > limit) return tooLarge(before.size);
    handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const info = await handle.stat();
    if (!info.isFile()) return notRegular(info.isDirectory());
    if (info.size > limit) return tooLarge(info.size);
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const want = Math.min(CHUNK, limit + 1 - total);
      const buffer = new Uint8Array(want);
      const { bytesRead } = await handle.read(buffer, 0, want, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
      if (total > limit) return tooLarge(`more than ${limit}`);
    }
    if (chunks.length === 1) return { ok: true, bytes: chunks[0] };
    const bytes = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
      bytes.set(c, at);
      at += c.length;
    }
    return { ok: true, bytes };
  } catch (e) {
    return { ok: false, problem: fileProblem(e) };
  } finally {
    await handle?.close();
  }
}

/** "FILE: why" for a file that could not be read (a folder named as a file is simply that). */
export function readFailure(file: string, problem: FileProblem): string {
  const why = problem.code === 'file.folder-in-the-way' ? 'is a folder' : problemMessage(problem);
  return `${file}: ${why}`;
}

export type PageRead = { ok: true; page: DecodedPage } | { ok: false; message: string };

/** Reads and decodes one page file; a failure (or an empty page) comes back as a message naming the file. */
export async function readPage(file: string): Promise<PageRead> {
  const name = path.basename(file);
  const read = await readRegularFile(file, MAX_PAGE_BYTES);
  if (!read.ok) {
    if (read.problem.code === 'file.too-large')
      return { ok: false, message: `${file}: ${REJECT_WORDS['too-large']} (${read.problem.detail})` };
    return { ok: false, message: readFailure(file, read.problem) };
  }
  const result = await decodeFile(read.bytes, { name, relativePath: name });
  if (!result.ok) {
    const detail = result.detail ? ` (${result.detail})` : '';
    return { ok: false, message: `${file}: ${REJECT_WORDS[result.reason]}${detail}` };
  }
  // Nothing to segment or clean: said, not passed over in silence.
  if (result.empty) return { ok: false, message: `${file}: the page is empty (no text)` };
  return { ok: true, page: result };
}
