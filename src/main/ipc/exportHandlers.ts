// Writing an export into a folder the user picked. Each file is written atomically;
// nothing is written over a raw page opened in this session, nor beside raw pages unless
// the user confirmed it in the dialog the main process showed (the answer is kept here). The renderer sends the files in batches and counts progress.
import path from 'node:path';
import { CHANNELS, type WriteFailureKind, type WriteOutcome } from '../../shared/ipc';
import type { HandlerDeps } from './deps';
import { safeFileName } from '../../core/export/filenames';
import { syncFolder, writeFileAtomic } from './atomicWrite';
import type { FileSystemLike } from './fs';
import { handle } from './registrar';
import { errorDetail, writeFailureKind } from './writeFailure';

function byteLength(data: string | Uint8Array): number {
  return typeof data === 'string' ? Buffer.byteLength(data, 'utf8') : data.byteLength;
}

/** Whether `target` lies inside `root` (or is `root` itself, when `orSame`). */
function isInside(root: string, target: string, orSame = false): boolean {
  const relative = path.relative(root, target);
  if (relative === '') return orSame;
  return !relative.startsWith('..') && !path.isAbsolute(relative);
}

/**
 * The real path `target` has or would have: the deepest part of it that exists, with
 * its links resolved, and the rest of the names after it.
 */
async function realPathOfExisting(fs: FileSystemLike, target: string): Promise<string> {
  const rest: string[] = [];
  let current = target;
  for (;;) {
    try {
      return path.join(await fs.realpath(current), ...rest);
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      const parent = path.dirname(current);
      if ((code !== 'ENOENT' && code !== 'ENOTDIR') || parent === current) throw error;
      rest.unshift(path.basename(current));
      current = parent;
    }
  }
}

export function registerExportHandlers(deps: HandlerDeps): void {
  const { dialog, fs, picked, strings, newId } = deps;

  handle(deps, CHANNELS.pickExportFolder, async () => {
    const result = await dialog.showOpenDialog({
      title: strings.chooseExportFolder,
      buttonLabel: strings.chooseFolder,
      properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
    });
    if (result.canceled || result.filePaths.length === 0) return null;
    const chosen = result.filePaths[0];
    await fs.mkdir(chosen, { recursive: true });
    const folder = await fs.realpath(chosen);
    return {
      token: picked.addExportFolder(folder),
      label: folder,
      sourceFolder: picked.isSourceFolder(folder),
    };
  });

  handle(deps, CHANNELS.confirmSourceFolder, async ([token]) => {
    const folder = picked.exportFolder(token);
    if (!folder) return false;
    const { response } = await dialog.showMessageBox({
      type: 'warning',
      buttons: [strings.cancel, strings.exportHere],
      defaultId: 0,
      cancelId: 0,
      message: strings.sourceFolderWarning,
      detail: `${folder}\n\n${strings.sourceFolderDetail}`,
    });
    // The answer is kept here, per folder token: the renderer is told it, never asked for it.
    const confirmed = response === 1;
    picked.setConfirmed(token, confirmed);
    return confirmed;
  });

  handle(deps, CHANNELS.writeExportFiles, async ([token, files]) => {
    let written = 0;
    let bytes = 0;
    const fail = (kind: WriteFailureKind, file?: string, detail?: string): WriteOutcome => ({
      ok: false,
      kind,
      written,
      bytes,
      ...(file === undefined ? {} : { path: file }),
      ...(detail === undefined ? {} : { detail }),
    });
    const root = picked.exportFolder(token);
    if (!root) return fail('unknown-target');
    const confirmSourceFolder = picked.isConfirmed(token);
    if (picked.isSourceFolder(root) && !confirmSourceFolder) return fail('source-folder');
    for (const file of files) {
      // Every name through the one sanitiser the export itself uses: no device names,
      // drive colons, trailing dots, bidi overrides, whatever the renderer sent.
      const segments = file.path.split('/').map(safeFileName);
      if (segments.some((segment) => segment === null)) return fail('invalid-path', file.path);
      const destination = path.join(root, ...(segments as string[]));
      const folder = path.dirname(destination);
      if (!isInside(root, destination)) return fail('invalid-path', file.path);
      if (picked.isSourceFolder(folder) && !confirmSourceFolder) {
        return fail('source-folder', file.path);
      }
      try {
        // A link inside the chosen folder must not carry the export out of it: resolve the
        // real path of what exists before creating anything, and again once it exists.
        if (!isInside(root, await realPathOfExisting(fs, folder), true))
          return fail('invalid-path', file.path);
        const created = await fs.mkdir(folder, { recursive: true });
        const realFolder = await fs.realpath(folder);
        if (!isInside(root, realFolder, true)) return fail('invalid-path', file.path);
        if (picked.isSourceFolder(realFolder) && !confirmSourceFolder)
          return fail('source-folder', file.path);
        // Resolve links too: an existing name in the target may point at a raw page.
        const existing = await fs.realpath(destination).catch(() => destination);
        if (picked.isSourceFile(destination) || picked.isSourceFile(existing))
          return fail('source-file', file.path);
        if (!isInside(root, existing)) return fail('invalid-path', file.path);
        // New folders are entries in their parents: flush each parent, from the file's
        // folder's parent up to the folder the first new one was made in.
        if (created !== undefined) {
          const top = path.dirname(created);
          for (let dir = path.dirname(folder); isInside(root, dir, true); dir = path.dirname(dir)) {
            await syncFolder(fs, dir);
            if (dir === top || dir === root) break;
          }
        }
        await writeFileAtomic(fs, destination, file.data, newId());
      } catch (error) {
        return fail(writeFailureKind(error), file.path, errorDetail(error));
      }
      written++;
      bytes += byteLength(file.data);
    }
    return { ok: true, written, bytes };
  });
}
