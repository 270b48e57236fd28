// One file the app makes or reads whole: a project backup, saved or opened where the
// user says in a native dialog.
import path from 'node:path';
import { CHANNELS } from '../../shared/ipc';
import type { HandlerDeps } from './deps';
import { writeFileAtomic } from './atomicWrite';
import { handle } from './registrar';
import { errorDetail, writeFailureKind } from './writeFailure';

/** Backups hold every page's raw text; far beyond any real project, and safe to load. */
export const MAX_OPEN_BYTES = 1024 * 1024 * 1024;

export function registerFileHandlers(deps: HandlerDeps): void {
  const { dialog, fs, picked, strings, newId } = deps;

  handle(deps, CHANNELS.saveFile, async ([name, data]) => {
    const result = await dialog.showSaveDialog({
      title: strings.saveTitle,
      buttonLabel: strings.save,
      defaultPath: name,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (result.canceled || !result.filePath) return null;
    const destination = path.resolve(result.filePath);
    const existing = await fs.realpath(destination).catch(() => destination);
    if (picked.isSourceFile(destination) || picked.isSourceFile(existing)) {
      return { ok: false, kind: 'source-file', written: 0, bytes: 0, path: destination };
    }
    try {
      await writeFileAtomic(fs, destination, data, newId());
    } catch (error) {
      return {
        ok: false,
        kind: writeFailureKind(error),
        written: 0,
        bytes: 0,
        path: destination,
        detail: errorDetail(error),
      };
    }
    return { ok: true, written: 1, bytes: data.byteLength };
  });

  handle(deps, CHANNELS.openFile, async ([extensions]) => {
    const result = await dialog.showOpenDialog({
      title: strings.open,
      buttonLabel: strings.open,
      properties: ['openFile'],
      filters: extensions.length > 0 ? [{ name: extensions.join(', '), extensions }] : [],
    });
    if (result.canceled || result.filePaths.length === 0) return null;
    const file = result.filePaths[0];
    try {
      const stats = await fs.stat(file);
      if (stats.size > MAX_OPEN_BYTES) return { ok: false, kind: 'too-large', detail: `${stats.size} bytes` };
      return { ok: true, name: path.basename(file), bytes: await fs.readFile(file) };
    } catch (error) {
      return { ok: false, kind: 'unreadable', detail: errorDetail(error) };
    }
  });
}
