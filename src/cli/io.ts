// Reading page files for the command line: Node fs for the bytes, the core decoder for the
// text, so the CLI reads exactly the encodings the app reads.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { decodeFile, type DecodedPage } from '../core/decode';

const REASONS: Record<string, string> = {
  binary: 'not a text file',
  'too-large': 'too large for a newspaper page',
  unreadable: 'cannot be read',
  undecodable: 'not in an encoding Galley reads',
};

export type PageRead = { ok: true; page: DecodedPage } | { ok: false; message: string };

/** Reads and decodes one page file; a failure comes back as a message naming the file. */
export async function readPage(file: string): Promise<PageRead> {
  const name = path.basename(file);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why =
      err.code === 'ENOENT'
        ? 'no such file'
        : err.code === 'EISDIR'
          ? 'is a folder'
          : err.code === 'EACCES'
            ? 'permission denied'
            : err.message;
    return { ok: false, message: `${file}: ${why}` };
  }
  const result = await decodeFile(bytes, { name, relativePath: name });
  if (!result.ok) {
    const detail = result.detail ? ` (${result.detail})` : '';
    return { ok: false, message: `${file}: ${REASONS[result.reason] ?? result.reason}${detail}` };
  }
  return { ok: true, page: result };
}
