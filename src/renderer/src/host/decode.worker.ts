// A decode worker: reads and decodes chosen files off the window's thread (comlink carries
// the calls; decodeWorkers.ts keeps a few of them and hands them the files).

import { expose } from 'comlink';
import type { EncodingName } from '../../../core/model';
import type { DecodeResult } from '../../../core/decode/types';
import { textFingerprint } from '../../../core/decode/fingerprint';
import { readChosenFile } from './readChosenFile';

/** Files handed over ahead of reading, by the window's number for each. */
const held = new Map<number, File>();

const work = {
  hold(files: [number, File][]): void {
    for (const [id, file] of files) held.set(id, file);
  },
  /** Reads a held file once: it is let go as it is read. */
  decodeHeld(id: number, relativePath: string, encoding?: EncodingName) {
    const file = held.get(id);
    held.delete(id);
    if (!file) throw new Error(`file ${id} was not handed over`);
    return withFingerprint(readChosenFile(file, relativePath, encoding));
  },
  decode: (file: File, relativePath: string, encoding?: EncodingName) =>
    withFingerprint(readChosenFile(file, relativePath, encoding)),
};

/** The page with its text's fingerprint: walking 12 KB of text per page was the window's work. */
async function withFingerprint(reading: Promise<DecodeResult>): Promise<DecodeResult> {
  const result = await reading;
  return result.ok ? { ...result, fingerprint: textFingerprint(result.raw) } : result;
}

export type DecodeWork = typeof work;

expose(work);
