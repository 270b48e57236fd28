import realFs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNELS, type ExportFolder, type PickedFile, type WriteOutcome } from '../../src/shared/ipc';
import { failingFs, listAll, setUp, tempDir } from './fakes';

async function pickExportFolder(ctx: ReturnType<typeof setUp>, folder: string): Promise<ExportFolder> {
  ctx.dialog.answer({ canceled: false, filePaths: [folder] });
  const picked = await ctx.ipc.invoke<ExportFolder | null>(CHANNELS.pickExportFolder);
  if (!picked) throw new Error('cancelled');
  return picked;
}

const write = (
  ctx: ReturnType<typeof setUp>,
  token: string,
  files: { path: string; data: string | Uint8Array }[],
) => ctx.ipc.invoke<WriteOutcome>(CHANNELS.writeExportFiles, [token, files]);

/** The user answers the main process's "export beside raw pages?" dialog. */
async function confirm(ctx: ReturnType<typeof setUp>, token: string, yes: boolean): Promise<boolean> {
  ctx.dialog.answer({ canceled: false, response: yes ? 1 : 0 });
  return ctx.ipc.invoke<boolean>(CHANNELS.confirmSourceFolder, [token]);
}

describe('writing an export', () => {
  it('writes every file into the picked folder, creating subfolders, leaving no temporary files', async () => {
    const ctx = setUp();
    const out = path.join(await tempDir(), 'export');
    const folder = await pickExportFolder(ctx, out);
    expect(folder).toMatchObject({ label: out, sourceFolder: false });
    const outcome = await write(ctx, folder.token, [
      { path: 'page-000/01-郑州首个.txt', data: '郑州首个“检察+工会”\n' },
      { path: 'corpus.jsonl', data: '{"a":1}\n' },
      { path: 'page-000/raw.bin', data: new Uint8Array([1, 2, 3]) },
    ]);
    expect(outcome).toEqual({
      ok: true,
      written: 3,
      bytes: Buffer.byteLength('郑州首个“检察+工会”\n') + 8 + 3,
    });
    expect(await listAll(out)).toEqual(['corpus.jsonl', 'page-000/01-郑州首个.txt', 'page-000/raw.bin']);
    expect(await realFs.readFile(path.join(out, 'page-000/01-郑州首个.txt'), 'utf8')).toBe(
      '郑州首个“检察+工会”\n',
    );
  });

  it('replaces an earlier export’s file whole', async () => {
    const ctx = setUp();
    const out = await tempDir();
    await realFs.writeFile(path.join(out, 'a.txt'), 'old old old old');
    const folder = await pickExportFolder(ctx, out);
    expect(await write(ctx, folder.token, [{ path: 'a.txt', data: 'new' }])).toMatchObject({ ok: true });
    expect(await realFs.readFile(path.join(out, 'a.txt'), 'utf8')).toBe('new');
  });

  it('stops on a full disk, says so, keeps the old file intact and leaves no temporary file', async () => {
    const fs = failingFs();
    const ctx = setUp({ fs });
    const out = await tempDir();
    await realFs.writeFile(path.join(out, 'b.txt'), 'previous export');
    fs.failOn('writeFile', (p) => path.basename(p).startsWith('.galley-') && failNext(), 'ENOSPC');
    let calls = 0;
    function failNext() {
      return ++calls === 2;
    }
    const folder = await pickExportFolder(ctx, out);
    const outcome = await write(ctx, folder.token, [
      { path: 'a.txt', data: 'first' },
      { path: 'b.txt', data: 'second' },
      { path: 'c.txt', data: 'third' },
    ]);
    expect(outcome).toMatchObject({ ok: false, kind: 'disk-full', path: 'b.txt', written: 1, bytes: 5 });
    expect(await listAll(out)).toEqual(['a.txt', 'b.txt']);
    expect(await realFs.readFile(path.join(out, 'b.txt'), 'utf8')).toBe('previous export');
  });

  it('removes the temporary file when the rename fails, and names a permission problem', async () => {
    const fs = failingFs();
    const ctx = setUp({ fs });
    const out = await tempDir();
    fs.failOn('rename', (p) => p.endsWith('locked.txt'), 'EACCES');
    const folder = await pickExportFolder(ctx, out);
    const outcome = await write(ctx, folder.token, [{ path: 'locked.txt', data: 'x' }]);
    expect(outcome).toMatchObject({ ok: false, kind: 'permission', path: 'locked.txt', written: 0 });
    expect(await listAll(out)).toEqual([]);
  });

  it('never writes over a raw page opened in this session, and not beside raw pages unconfirmed', async () => {
    const ctx = setUp();
    const sources = await tempDir();
    await realFs.writeFile(path.join(sources, 'page-001.txt'), '原始 OCR');
    ctx.dialog.answer({ canceled: false, filePaths: [sources] });
    const [page] = await ctx.ipc.invoke<PickedFile[]>(CHANNELS.pickFolder);
    expect(page.name).toBe('page-001.txt');

    const folder = await pickExportFolder(ctx, sources);
    expect(folder.sourceFolder).toBe(true);
    expect(await write(ctx, folder.token, [{ path: 'clean.txt', data: 'x' }])).toMatchObject({
      ok: false,
      kind: 'source-folder',
    });
    expect(await confirm(ctx, folder.token, true)).toBe(true);
    expect(await write(ctx, folder.token, [{ path: 'page-001.txt', data: 'cleaned' }])).toMatchObject({
      ok: false,
      kind: 'source-file',
      path: 'page-001.txt',
    });
    expect(await realFs.readFile(path.join(sources, 'page-001.txt'), 'utf8')).toBe('原始 OCR');
    expect(await write(ctx, folder.token, [{ path: 'clean/page-001.txt', data: 'cleaned' }])).toMatchObject({
      ok: true,
    });
  });

  it('refuses a link in the export folder that points at a raw page', async () => {
    const ctx = setUp();
    const sources = await tempDir();
    const out = await tempDir();
    await realFs.writeFile(path.join(sources, 'page.txt'), 'raw');
    await realFs.symlink(path.join(sources, 'page.txt'), path.join(out, 'page.txt'));
    ctx.dialog.answer({ canceled: false, filePaths: [path.join(sources, 'page.txt')] });
    await ctx.ipc.invoke(CHANNELS.pickFiles);
    const folder = await pickExportFolder(ctx, out);
    expect(await write(ctx, folder.token, [{ path: 'page.txt', data: 'x' }])).toMatchObject({
      ok: false,
      kind: 'source-file',
    });
    expect(await realFs.readFile(path.join(sources, 'page.txt'), 'utf8')).toBe('raw');
  });

  it('asks the user before writing beside raw pages', async () => {
    const ctx = setUp();
    const sources = await tempDir();
    await realFs.writeFile(path.join(sources, 'p.txt'), 'raw');
    ctx.dialog.answer({ canceled: false, filePaths: [path.join(sources, 'p.txt')] });
    await ctx.ipc.invoke(CHANNELS.pickFiles);
    const folder = await pickExportFolder(ctx, sources);
    ctx.dialog.answer({ canceled: false, response: 1 }).answer({ canceled: false, response: 0 });
    expect(await ctx.ipc.invoke(CHANNELS.confirmSourceFolder, [folder.token])).toBe(true);
    expect(await ctx.ipc.invoke(CHANNELS.confirmSourceFolder, [folder.token])).toBe(false);
    expect(JSON.stringify(ctx.dialog.asked.at(-1))).toContain(sources);
  });

  it('keeps the dialog’s answer itself: the renderer cannot claim the user said yes', async () => {
    const ctx = setUp();
    const sources = await tempDir();
    await realFs.writeFile(path.join(sources, 'p.txt'), 'raw');
    ctx.dialog.answer({ canceled: false, filePaths: [path.join(sources, 'p.txt')] });
    await ctx.ipc.invoke(CHANNELS.pickFiles);
    const folder = await pickExportFolder(ctx, sources);
    const files = [{ path: 'clean.txt', data: 'x' }];
    // A page that says "confirmed" without the dialog ever being shown gets nowhere.
    await ctx.ipc
      .invoke<WriteOutcome>(CHANNELS.writeExportFiles, [folder.token, files, { confirmSourceFolder: true }])
      .then(
        (outcome) => expect(outcome).toMatchObject({ ok: false, kind: 'source-folder' }),
        (error: unknown) => expect(String(error)).toMatch(/invalid arguments/),
      );
    expect(await write(ctx, folder.token, files)).toMatchObject({ ok: false, kind: 'source-folder' });
    // No in the dialog: still refused. Yes: written. A later no takes the yes back.
    expect(await confirm(ctx, folder.token, false)).toBe(false);
    expect(await write(ctx, folder.token, files)).toMatchObject({ ok: false, kind: 'source-folder' });
    expect(await confirm(ctx, folder.token, true)).toBe(true);
    expect(await write(ctx, folder.token, files)).toMatchObject({ ok: true, written: 1 });
    expect(await confirm(ctx, folder.token, false)).toBe(false);
    expect(await write(ctx, folder.token, files)).toMatchObject({ ok: false, kind: 'source-folder' });
    // The answer belongs to that folder token, not to the folder: a new pick asks again.
    await confirm(ctx, folder.token, true);
    const again = await pickExportFolder(ctx, sources);
    expect(await write(ctx, again.token, files)).toMatchObject({ ok: false, kind: 'source-folder' });
    expect(await listAll(sources)).toEqual(['clean.txt', 'p.txt']);
  });

  it('rejects paths that would leave the export folder, and unknown folders', async () => {
    const ctx = setUp();
    const parent = await tempDir();
    const out = path.join(parent, 'export');
    const folder = await pickExportFolder(ctx, out);
    for (const bad of [
      '../escape.txt',
      '/etc/passwd',
      'a/../../b.txt',
      'a\\..\\b.txt',
      'a//b.txt',
      '',
      'C:/x.txt',
      'a\u0000.txt',
    ]) {
      await expect(write(ctx, folder.token, [{ path: bad, data: 'x' }]), bad).rejects.toThrow(
        /invalid arguments/,
      );
    }
    expect(await listAll(parent)).toEqual([]);
    const unknown = '6f1c5b8e-0d7a-4c4e-9f55-0b8b4b7b2a11';
    expect(await write(ctx, unknown, [{ path: 'a.txt', data: 'x' }])).toMatchObject({
      ok: false,
      kind: 'unknown-target',
    });
  });
});

describe('an export stays inside the chosen folder, under safe names, on disk', () => {
  it('does not follow a folder link inside the chosen folder out of it', async () => {
    const ctx = setUp();
    const out = await tempDir();
    const elsewhere = await tempDir();
    await realFs.symlink(elsewhere, path.join(out, 'link'), 'dir');
    const folder = await pickExportFolder(ctx, out);
    for (const file of ['link/authorized_keys', 'link/sub/deeper.txt']) {
      expect(await write(ctx, folder.token, [{ path: file, data: 'ssh-ed25519 AAAA' }])).toMatchObject({
        ok: false,
        kind: 'invalid-path',
        path: file,
        written: 0,
      });
    }
    expect(await listAll(elsewhere)).toEqual([]);
    expect(await realFs.readdir(elsewhere)).toEqual([]);
  });

  it('does not write through a dangling folder link, nor over a file link that leads out', async () => {
    const ctx = setUp();
    const out = await tempDir();
    const elsewhere = await tempDir();
    await realFs.symlink(path.join(elsewhere, 'not-yet'), path.join(out, 'dangling'), 'dir');
    await realFs.writeFile(path.join(elsewhere, 'secret.txt'), 'keep');
    await realFs.symlink(path.join(elsewhere, 'secret.txt'), path.join(out, 'secret.txt'));
    const folder = await pickExportFolder(ctx, out);
    expect(await write(ctx, folder.token, [{ path: 'dangling/a.txt', data: 'x' }])).toMatchObject({
      ok: false,
    });
    expect(await write(ctx, folder.token, [{ path: 'secret.txt', data: 'x' }])).toMatchObject({
      ok: false,
      kind: 'invalid-path',
    });
    expect(await realFs.readdir(elsewhere)).toEqual(['secret.txt']);
    expect(await realFs.readFile(path.join(elsewhere, 'secret.txt'), 'utf8')).toBe('keep');
  });

  it('still writes into real subfolders and through a link that stays inside', async () => {
    const ctx = setUp();
    const out = await tempDir();
    await realFs.mkdir(path.join(out, 'real'));
    await realFs.symlink(path.join(out, 'real'), path.join(out, 'inner'), 'dir');
    const folder = await pickExportFolder(ctx, out);
    expect(
      await write(ctx, folder.token, [
        { path: 'inner/a.txt', data: 'a' },
        { path: 'new/deep/b.txt', data: 'b' },
      ]),
    ).toMatchObject({ ok: true, written: 2 });
    expect(await listAll(out)).toEqual(['new/deep/b.txt', 'real/a.txt']);
  });

  it('passes every name through the export’s sanitiser: device names, colons, trailing dots, bidi controls', async () => {
    const ctx = setUp();
    const out = await tempDir();
    const folder = await pickExportFolder(ctx, out);
    const outcome = await write(ctx, folder.token, [
      { path: 'CON', data: '1' },
      { path: 'aux.txt', data: '2' },
      { path: 'a:b.txt', data: '3' },
      { path: 'dot.txt.', data: '4' },
      { path: 'space.txt ', data: '5' },
      { path: 'invoice\u202Etxt.exe', data: '6' },
      { path: 'nul/inner\u2066.txt', data: '7' },
    ]);
    expect(outcome).toMatchObject({ ok: true, written: 7 });
    expect(await listAll(out)).toEqual([
      '_CON',
      '_aux.txt',
      '_nul/inner.txt',
      'a_b.txt',
      'dot.txt',
      'invoicetxt.exe',
      'space.txt',
    ]);
    expect(await write(ctx, folder.token, [{ path: '\u202E', data: 'x' }])).toMatchObject({
      ok: false,
      kind: 'invalid-path',
    });
  });

  it('flushes each file, its folder and every new folder to disk', async () => {
    const fs = failingFs();
    const ctx = setUp({ fs });
    const out = await tempDir();
    const folder = await pickExportFolder(ctx, out);
    expect(await write(ctx, folder.token, [{ path: 'a/b/c.txt', data: 'x' }])).toMatchObject({ ok: true });
    const synced = fs.synced.map((p) => path.relative(out, p).split(path.sep).join('/'));
    // New folders' entries first (root holds a, a holds b), then the file, then its folder.
    expect(synced.slice(0, 2).sort()).toEqual(['', 'a']);
    expect(synced[2]).toMatch(/^a\/b\/\.galley-[0-9a-f]+\.tmp$/);
    expect(synced[3]).toBe('a/b');
    expect(synced).toHaveLength(4);
  });
});
