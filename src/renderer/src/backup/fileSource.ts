// A backup chosen by the archivist, read where the restore runs: in the backup worker a
// piece at a time from the file itself (FileReaderSync reads a Blob's slice synchronously,
// as the unpacker asks for it), so the worker never holds the file whole between the plan
// and the write. Where there is no such reader (the window, in unit tests) it is read whole.

import { blockSource, bytesSource, type ByteSource } from '../../../core/backup/byteSource';

/** Only in workers (not in the DOM library's types). */
declare const FileReaderSync: (new () => { readAsArrayBuffer(blob: Blob): ArrayBuffer }) | undefined;

export async function fileSource(file: Blob): Promise<ByteSource> {
  if (typeof FileReaderSync === 'undefined') return bytesSource(new Uint8Array(await file.arrayBuffer()));
  const reader = new FileReaderSync();
  return blockSource(
    file.size,
    (start, end) => new Uint8Array(reader.readAsArrayBuffer(file.slice(start, end))),
  );
}
