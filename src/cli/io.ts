// Reading page files for the command line: Node fs for the bytes, the core decoder for the
// text, so the CLI reads exactly the encodings the app reads.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { decodeFile, type DecodedPage } from '../core/decode';
import { fileProblem } from '../core/errno';
import { REJECT_WORDS, problemMessage } from './messages';

export type PageRead = { ok: true; page: DecodedPage } | { ok: false; message: string };

/** Reads and decodes one page file; a failure comes back as a message naming the file. */
export async function readPage(file: string): Promise<PageRead> {
  const name = path.basename(file);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (e) {
    const problem = fileProblem(e);
    // Reading, a folder where a file was named is simply that.
    const why = problem.code === 'file.folder-in-the-way' ? 'is a folder' : problemMessage(problem);
    return { ok: false, message: `${file}: ${why}` };
  }
  const result = await decodeFile(bytes, { name, relativePath: name });
  if (!result.ok) {
    const detail = result.detail ? ` (${result.detail})` : '';
    return { ok: false, message: `${file}: ${REJECT_WORDS[result.reason]}${detail}` };
  }
  return { ok: true, page: result };
}
