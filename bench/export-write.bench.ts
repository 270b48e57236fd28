// export.main_write_*: the Electron main process's export writer (validated, atomic per
// file, refusing raw pages) writing 5,000 files of an export into a temporary folder, beside
// a plain writeFile loop writing the same bytes in the same run.
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { registerIpcHandlers } from '../src/main/ipc';
import { PickedPaths } from '../src/main/ipc/allowlist';
import { CHANNELS, type ExportFolder, type WriteOutcome } from '../src/shared/ipc';
import type { InvokeEventLike } from '../src/main/ipc/registrar';
import { stringsFor } from '../src/main/strings';
import { FIRST_TRAIN_PAGES, fixtureText } from '../tests/fixtures';

const APP = 'file:///app/index.html';
const handlers = new Map<string, (event: InvokeEventLike, ...args: unknown[]) => unknown>();
let folderToPick = '';
registerIpcHandlers({
  registrar: { handle: (channel, listener) => handlers.set(channel, listener) },
  isTrustedSender: () => true,
  dialog: {
    showOpenDialog: async () => ({ canceled: false, filePaths: [folderToPick] }),
    showSaveDialog: async () => ({ canceled: true }),
    showMessageBox: async () => ({ response: 0 }),
  },
  fs,
  picked: new PickedPaths(randomUUID),
  strings: stringsFor('en'),
  setMenu: () => undefined,
  newId: () => randomBytes(6).toString('hex'),
});
const invoke = (channel: string, ...args: unknown[]) =>
  handlers.get(channel)!({ senderFrame: { url: APP, parent: null } }, ...args);

const sample = FIRST_TRAIN_PAGES.map(fixtureText).join('\n');
const files = Array.from({ length: 5000 }, (_, i) => ({
  path: `page-${String(Math.floor(i / 10)).padStart(3, '0')}/${String(i % 10).padStart(2, '0')}-文章.txt`,
  data: sample.slice((i * 37) % 10000, ((i * 37) % 10000) + 2000),
}));
const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.data), 0);

async function viaHandler(): Promise<number> {
  folderToPick = await fs.mkdtemp(path.join(os.tmpdir(), 'galley-bench-'));
  const folder = (await invoke(CHANNELS.pickExportFolder)) as ExportFolder;
  const start = performance.now();
  for (let i = 0; i < files.length; i += 200) {
    const outcome = (await invoke(CHANNELS.writeExportFiles, folder.token, files.slice(i, i + 200), {
      confirmSourceFolder: false,
    })) as WriteOutcome;
    if (!outcome.ok) throw new Error(outcome.kind);
  }
  const ms = performance.now() - start;
  await fs.rm(folderToPick, { recursive: true });
  return ms;
}

async function plain(): Promise<number> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'galley-bench-'));
  const start = performance.now();
  for (const file of files) {
    const destination = path.join(root, file.path);
    await fs.mkdir(path.dirname(destination), { recursive: true });
    await fs.writeFile(destination, file.data);
  }
  const ms = performance.now() - start;
  await fs.rm(root, { recursive: true });
  return ms;
}

let handlerMs = Infinity;
let plainMs = Infinity;
for (let round = 0; round < 3; round++) {
  handlerMs = Math.min(handlerMs, await viaHandler());
  plainMs = Math.min(plainMs, await plain());
}
console.log(`export.main_write_files_per_s: ${Math.round(files.length / (handlerMs / 1000))} files/s`);
console.log(`export.main_write_mb_per_s: ${(bytes / 1024 / 1024 / (handlerMs / 1000)).toFixed(1)} MB/s`);
console.log(`export.main_write_cost_vs_plain: ${(handlerMs / plainMs).toFixed(2)} x`);
