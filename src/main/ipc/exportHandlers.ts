// Writing an export into a folder the user picked. Each file is written atomically;
// nothing is written over a raw page opened in this session, nor beside raw pages unless
// the user confirmed it. The renderer sends the files in batches and counts progress.
import path from 'node:path';
import { CHANNELS, type WriteFailureKind, type WriteOutcome } from '../../shared/ipc';
import type { HandlerDeps } from './deps';
import { writeFileAtomic } from './atomicWrite';
import { handle } from './registrar';
import { errorDetail, writeFailureKind } from './writeFailure';

function byteLength(data: string | Uint8Array): number {
  return typeof data === 'string' ? Buffer.byteLength(data, 'utf8') : data.byteLength;
}

export function registerExportHandlers(deps: HandlerDeps): void {
  const { dialog, fs, picked, strings, newId } = deps;

  handle(deps, CHANNELS.pickExportFolder, async () => {
    const result = await dialog.showOpenDialog({
      title: strings.chooseExportFolder,
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
    return response === 1;
  });

  handle(deps, CHANNELS.writeExportFiles, async ([token, files, { confirmSourceFolder }]) => {
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
    if (picked.isSourceFolder(root) && !confirmSourceFolder) return fail('source-folder');
    for (const file of files) {
      const destination = path.join(root, ...file.path.split('/'));
      const inside = path.relative(root, destination);
      if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside))
        return fail('invalid-path', file.path);
      if (picked.isSourceFolder(path.dirname(destination)) && !confirmSourceFolder) {
        return fail('source-folder', file.path);
      }
      // Resolve links too: an existing name in the target may point at a raw page.
      const existing = await fs.realpath(destination).catch(() => destination);
      if (picked.isSourceFile(destination) || picked.isSourceFile(existing))
        return fail('source-file', file.path);
      try {
        await fs.mkdir(path.dirname(destination), { recursive: true });
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
