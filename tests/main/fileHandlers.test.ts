import realFs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNELS, type OpenedFile, type WriteOutcome } from '../../src/shared/ipc';
import { failingFs, listAll, setUp, tempDir } from './fakes';

describe('saving and opening a project backup', () => {
  it('saves the bytes where the user chose, whole, and reads them back', async () => {
    const ctx = setUp();
    const dir = await tempDir();
    const target = path.join(dir, 'project.galley');
    const data = new Uint8Array([0x50, 0x4b, 3, 4, 0, 255]);
    ctx.dialog.answer({ canceled: false, filePath: target });
    expect(await ctx.ipc.invoke<WriteOutcome>(CHANNELS.saveFile, ['project.galley', data])).toEqual({
      ok: true,
      written: 1,
      bytes: 6,
    });
    expect(ctx.dialog.asked[0]).toMatchObject({ defaultPath: 'project.galley' });
    expect(await listAll(dir)).toEqual(['project.galley']);
    ctx.dialog.answer({ canceled: false, filePaths: [target] });
    const opened = await ctx.ipc.invoke<OpenedFile>(CHANNELS.openFile, [['galley-backup']]);
    expect(opened).toMatchObject({ ok: true, name: 'project.galley' });
    if (opened.ok) expect([...opened.bytes]).toEqual([...data]);
  });

  it('returns null when either dialog is cancelled', async () => {
    const ctx = setUp();
    ctx.dialog.answer({ canceled: true }).answer({ canceled: true });
    expect(await ctx.ipc.invoke(CHANNELS.saveFile, ['a.galley', new Uint8Array(1)])).toBeNull();
    expect(await ctx.ipc.invoke(CHANNELS.openFile, [['galley']])).toBeNull();
  });

  it('names a full disk and leaves nothing behind', async () => {
    const fs = failingFs();
    const ctx = setUp({ fs });
    const dir = await tempDir();
    fs.failOn('writeFile', () => true, 'ENOSPC');
    ctx.dialog.answer({ canceled: false, filePath: path.join(dir, 'b.galley') });
    expect(await ctx.ipc.invoke(CHANNELS.saveFile, ['b.galley', new Uint8Array(10)])).toMatchObject({
      ok: false,
      kind: 'disk-full',
    });
    expect(await listAll(dir)).toEqual([]);
  });

  it('will not save over a raw page opened in this session', async () => {
    const ctx = setUp();
    const dir = await tempDir();
    const raw = path.join(dir, 'page.txt');
    await realFs.writeFile(raw, '原文');
    ctx.dialog.answer({ canceled: false, filePaths: [raw] });
    await ctx.ipc.invoke(CHANNELS.pickFiles);
    ctx.dialog.answer({ canceled: false, filePath: raw });
    expect(await ctx.ipc.invoke(CHANNELS.saveFile, ['page.txt', new Uint8Array(1)])).toMatchObject({
      ok: false,
      kind: 'source-file',
    });
    expect(await realFs.readFile(raw, 'utf8')).toBe('原文');
  });

  it('rejects a suggested name that is a path, and odd extensions', async () => {
    const ctx = setUp();
    await expect(ctx.ipc.invoke(CHANNELS.saveFile, ['../x.galley', new Uint8Array(1)])).rejects.toThrow(
      /invalid arguments/,
    );
    await expect(ctx.ipc.invoke(CHANNELS.saveFile, ['x.galley', 'not bytes'])).rejects.toThrow(
      /invalid arguments/,
    );
    await expect(ctx.ipc.invoke(CHANNELS.openFile, [['*.exe;rm']])).rejects.toThrow(/invalid arguments/);
    await expect(ctx.ipc.invoke(CHANNELS.openFile, [['-rf']])).rejects.toThrow(/invalid arguments/);
    expect(ctx.dialog.asked).toEqual([]);
  });
});
