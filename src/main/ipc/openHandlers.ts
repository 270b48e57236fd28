// Opening raw OCR pages: the user picks files or a folder in a native dialog, the
// renderer gets tokens for them, and reads each one back through its token. The main
// process decodes, so the renderer receives text, never a path to trust.
import path from 'node:path';
import { decodeFile } from '../../core/decode';
import { MAX_PAGE_BYTES } from '../../core/decode/types';
import { CHANNELS, type PickedFile } from '../../shared/ipc';
import type { HandlerDeps } from './deps';
import { listPageFiles } from './folder';
import { handle, IpcRejection } from './registrar';
import { errorDetail } from './writeFailure';

export function registerOpenHandlers(deps: HandlerDeps): void {
  const { dialog, fs, picked, strings } = deps;

  async function toPicked(absolutePath: string, relativePath: string): Promise<PickedFile> {
    const size = await fs.stat(absolutePath).then(
      (s) => s.size,
      () => 0, // read() will report the file as unreadable
    );
    const real = await fs.realpath(absolutePath).catch(() => absolutePath);
    const token = picked.addSourceFile(real, relativePath);
    return { token, name: path.basename(absolutePath), relativePath, size };
  }

  handle(deps, CHANNELS.pickFiles, async () => {
    const result = await dialog.showOpenDialog({
      title: strings.openPagesTitle,
      buttonLabel: strings.open,
      properties: ['openFile', 'multiSelections'],
      filters: [
        { name: strings.textFiles, extensions: ['txt'] },
        { name: strings.allFiles, extensions: ['*'] },
      ],
    });
    if (result.canceled) return [];
    return Promise.all(result.filePaths.map((file) => toPicked(file, path.basename(file))));
  });

  handle(deps, CHANNELS.pickFolder, async () => {
    const result = await dialog.showOpenDialog({
      title: strings.openFolderTitle,
      buttonLabel: strings.open,
      properties: ['openDirectory'],
    });
    if (result.canceled || result.filePaths.length === 0) return [];
    const root = result.filePaths[0];
    picked.addSourceTree(await fs.realpath(root).catch(() => root));
    const files = await listPageFiles(fs, root);
    // In parallel: a folder of 1,000 pages is 2,000 stat/realpath calls.
    return Promise.all(files.map((file) => toPicked(file.absolutePath, file.relativePath)));
  });

  handle(deps, CHANNELS.readPicked, async ([token, encoding]) => {
    const source = picked.sourceFile(token);
    if (!source) throw new IpcRejection(`${CHANNELS.readPicked}: not a file the user picked`);
    const names = { name: source.name, relativePath: source.relativePath };
    const bytes = await readPage(source.path);
    if (typeof bytes === 'string') return { ok: false, ...names, reason: 'unreadable', detail: bytes };
    if (bytes === null)
      return { ok: false, ...names, reason: 'too-large', detail: `the limit is ${MAX_PAGE_BYTES} bytes` };
    return decodeFile(bytes, names, encoding);
  });

  // The original bytes again, kept by the import for pages whose encoding was a guess.
  handle(deps, CHANNELS.readPickedBytes, async ([token]) => {
    const source = picked.sourceFile(token);
    if (!source) throw new IpcRejection(`${CHANNELS.readPickedBytes}: not a file the user picked`);
    const bytes = await readPage(source.path);
    if (bytes === null || typeof bytes === 'string')
      throw new Error(`${source.name}: ${bytes ?? 'too large'}`);
    return bytes;
  });

  /** The file's bytes; null when over the page size limit; a string saying why it could not be read. */
  async function readPage(file: string): Promise<Uint8Array | null | string> {
    try {
      const stats = await fs.stat(file);
      // Checked before reading, so a huge file is never loaded.
      if (stats.size > MAX_PAGE_BYTES) return null;
      if (!stats.isFile()) return 'not a file';
      return await fs.readFile(file);
    } catch (error) {
      return errorDetail(error);
    }
  }
}
