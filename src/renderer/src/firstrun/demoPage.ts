// The demo page a first run offers: one of the repository's own fixture pages (a train
// page, never a holdout one), built into the app as text, so it works offline and needs
// no file on disk. It is imported like any opened file.

import demoText from '../../../../tests/fixtures/pages/01-flood-drill.txt?raw';
import { decodeFile } from '../../../core/decode';
import type { SourceFile } from '../host/Host';

const DEMO_NAME = 'demo-01-flood-drill.txt';

export function demoSourceFile(): SourceFile {
  const bytes = new TextEncoder().encode(demoText);
  return {
    name: DEMO_NAME,
    relativePath: DEMO_NAME,
    size: bytes.length,
    decode: (encoding) => decodeFile(bytes, { name: DEMO_NAME, relativePath: DEMO_NAME }, encoding),
    readBytes: () => Promise.resolve(bytes),
  };
}
