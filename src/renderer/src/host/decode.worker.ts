// A decode worker: reads and decodes chosen files off the window's thread (comlink carries
// the calls; decodeWorkers.ts keeps a few of them and hands them the files).

import { expose } from 'comlink';
import type { EncodingName } from '../../../core/model';
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
    return readChosenFile(file, relativePath, encoding);
  },
  decode: readChosenFile,
};

export type DecodeWork = typeof work;

expose(work);
