import { describe, expect, it, vi } from 'vitest';
import type { DecodeResult } from '../../../src/core/decode/types';
import type { ExportFolder, WriteOutcome } from '../../../src/shared/ipc';
import type { GalleyApi } from '../../../src/preload/api';
import { createElectronHost, HostWriteError } from '../../../src/renderer/src/host/electronHost';

function fakeApi(overrides: Partial<GalleyApi>): GalleyApi {
  const missing = () => Promise.reject(new Error('not scripted'));
  return {
    pickFiles: missing,
    pickFolder: missing,
    readPicked: missing,
    readPickedBytes: missing,
    pickExportFolder: missing,
    confirmSourceFolder: missing,
    writeExportFiles: missing,
    saveFile: missing,
    openFile: missing,
    onMenuCommand: () => () => undefined,
    setMenuLanguage: missing,
    ...overrides,
  };
}

const folder = (sourceFolder: boolean): ExportFolder => ({
  token: 'tok',
  label: '/home/me/export',
  sourceFolder,
});

describe('the Electron host', () => {
  it('turns picked files into sources that decode through their token, in reading order', async () => {
    const reads: unknown[][] = [];
    const host = createElectronHost(
      fakeApi({
        pickFolder: async () => [
          { token: 'b', name: 'page-10.txt', relativePath: 'f/page-10.txt', size: 2 },
          { token: 'a', name: 'page-2.txt', relativePath: 'f/page-2.txt', size: 1 },
        ],
        readPicked: async (token, encoding) => {
          reads.push([token, encoding]);
          return { ok: false, name: 'x', relativePath: 'x', reason: 'binary' } satisfies DecodeResult;
        },
      }),
    );
    const files = await host.pickFolder();
    expect(files.map((f) => f.relativePath)).toEqual(['f/page-2.txt', 'f/page-10.txt']);
    await files[1].decode('big5');
    expect(reads).toEqual([['b', 'big5']]);
  });

  it('writes an export in batches and reports progress up to the total', async () => {
    const batchSizes: number[] = [];
    const host = createElectronHost(
      fakeApi({
        pickExportFolder: async () => folder(false),
        writeExportFiles: async (_token, files): Promise<WriteOutcome> => {
          batchSizes.push(files.length);
          return { ok: true, written: files.length, bytes: files.length * 3 };
        },
      }),
    );
    const target = await host.pickExportTarget();
    const files = Array.from({ length: 450 }, (_, i) => ({ path: `p/${i}.txt`, data: 'abc' }));
    const progress: [number, number][] = [];
    const summary = await target!.write(files, (done, total) => progress.push([done, total]));
    expect(summary).toEqual({ written: 450, bytes: 1350, location: '/home/me/export' });
    expect(batchSizes.reduce((a, b) => a + b)).toBe(450);
    expect(batchSizes.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toEqual([450, 450]);
    expect(progress.map(([d]) => d)).toEqual([...progress.map(([d]) => d)].sort((a, b) => a - b));
  });

  it('fails with the reason and the count written so far', async () => {
    let call = 0;
    const host = createElectronHost(
      fakeApi({
        pickExportFolder: async () => folder(false),
        writeExportFiles: async (_t, files): Promise<WriteOutcome> =>
          ++call === 1
            ? { ok: true, written: files.length, bytes: 1 }
            : { ok: false, kind: 'disk-full', written: 3, bytes: 1, path: 'p/203.txt', detail: 'ENOSPC' },
      }),
    );
    const target = await host.pickExportTarget();
    const files = Array.from({ length: 300 }, (_, i) => ({ path: `p/${i}.txt`, data: 'x' }));
    const error = await target!.write(files, () => undefined).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostWriteError);
    expect(error).toMatchObject({ kind: 'disk-full', path: 'p/203.txt', written: 203 });
  });

  it('asks before exporting beside raw pages and stops on no', async () => {
    const writes: number[] = [];
    let answer = false;
    const host = createElectronHost(
      fakeApi({
        pickExportFolder: async () => folder(true),
        confirmSourceFolder: async () => answer,
        writeExportFiles: async (_t, files): Promise<WriteOutcome> => {
          writes.push(files.length);
          return { ok: true, written: files.length, bytes: 0 };
        },
      }),
    );
    expect(await host.pickExportTarget()).toBeNull();
    answer = true;
    await (await host.pickExportTarget())!.write([{ path: 'a.txt', data: 'x' }], () => undefined);
    expect(writes).toEqual([1]);
  });

  it('saves and opens single files, telling cancel from failure', async () => {
    const outcomes: (WriteOutcome | null)[] = [
      null,
      { ok: true, written: 1, bytes: 1 },
      { ok: false, kind: 'permission', written: 0, bytes: 0 },
    ];
    const host = createElectronHost(
      fakeApi({
        saveFile: async () => outcomes.shift()!,
        openFile: async (extensions) =>
          extensions[0] === 'galley' ? { ok: true, name: 'b.galley', bytes: new Uint8Array([1]) } : null,
      }),
    );
    expect(await host.saveFile('b.galley', new Uint8Array(1))).toBe(false);
    expect(await host.saveFile('b.galley', new Uint8Array(1))).toBe(true);
    await expect(host.saveFile('b.galley', new Uint8Array(1))).rejects.toMatchObject({ kind: 'permission' });
    const opened = await host.openFile(['.galley']);
    expect(opened?.name).toBe('b.galley');
    expect(new Uint8Array(await opened!.file.arrayBuffer())).toEqual(new Uint8Array([1]));
  });

  // A backup is made as a Blob in the worker; the context bridge carries bytes, not Blobs.
  it('saves a backup made as a Blob as exactly its bytes', async () => {
    const saved: unknown[] = [];
    const host = createElectronHost(
      fakeApi({
        saveFile: async (_name, bytes) => {
          saved.push(bytes);
          return { ok: true, written: 1, bytes: bytes.byteLength };
        },
      }),
    );
    const parts = [new Uint8Array([0x1f, 0x8b, 8]), new Uint8Array([0, 255, 7])];
    expect(await host.saveFile('project.galley', new Blob(parts))).toBe(true);
    expect(saved).toHaveLength(1);
    expect(saved[0]).toBeInstanceOf(Uint8Array);
    expect([...(saved[0] as Uint8Array)]).toEqual([0x1f, 0x8b, 8, 0, 255, 7]);
  });

  it('asks the main process for the menu in the app’s language, and a failure there troubles no one', async () => {
    const asked: string[] = [];
    const host = createElectronHost(
      fakeApi({
        setMenuLanguage: async (language) => {
          asked.push(language);
          throw new Error('main process gone');
        },
      }),
    );
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    host.setMenuLanguage('zh');
    await new Promise((r) => setTimeout(r, 0));
    process.off('unhandledRejection', unhandled);
    expect(asked).toEqual(['zh']);
    expect(unhandled).not.toHaveBeenCalled();
  });
});
