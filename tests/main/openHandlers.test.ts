import realFs from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { DecodeResult } from '../../src/core/decode/types';
import { MAX_PAGE_BYTES } from '../../src/core/decode/types';
import { CHANNELS, type PickedFile } from '../../src/shared/ipc';
import { listPageFiles } from '../../src/main/ipc/folder';
import { encodedVariants, fixture, PAGES_DIR } from '../fixtures';
import { failingFs, setUp, tempDir } from './fakes';

describe('opening pages', () => {
  it('reads and decodes the files the user picked, through tokens only', async () => {
    const { ipc, dialog } = setUp();
    const pages = [fixture('01-flood-drill'), fixture('05-fire-drill')];
    const files = pages.map((p) => p.path);
    dialog.answer({ canceled: false, filePaths: files });
    const picked = await ipc.invoke<PickedFile[]>(CHANNELS.pickFiles);
    expect(picked.map((p) => [p.name, p.relativePath])).toEqual([
      ['01-flood-drill.txt', '01-flood-drill.txt'],
      ['05-fire-drill.txt', '05-fire-drill.txt'],
    ]);
    expect(picked[0].size).toBe((await realFs.stat(files[0])).size);
    // Nothing path-like reaches the renderer.
    expect(JSON.stringify(picked)).not.toContain(PAGES_DIR);
    const page = await ipc.invoke<DecodeResult>(CHANNELS.readPicked, [picked[1].token]);
    expect(page).toMatchObject({ ok: true, name: '05-fire-drill.txt', encoding: 'utf-8' });
    if (page.ok) expect(page.raw).toBe(pages[1].raw);
  });

  it('reads a picked page stored as GB18030, UTF-16 or with CRLF line ends to the same text', async () => {
    const { ipc, dialog } = setUp();
    const dir = await tempDir();
    const page = fixture('07-job-fair');
    const variants = encodedVariants(page.raw);
    const paths = variants.map((v) => path.join(dir, `${v.name}.txt`));
    for (const [i, v] of variants.entries()) await realFs.writeFile(paths[i], v.bytes);
    dialog.answer({ canceled: false, filePaths: paths });
    const picked = await ipc.invoke<PickedFile[]>(CHANNELS.pickFiles);
    expect(picked).toHaveLength(variants.length);
    for (const [i, v] of variants.entries()) {
      const read = await ipc.invoke<DecodeResult>(CHANNELS.readPicked, [picked[i].token]);
      expect(read, v.name).toMatchObject({
        ok: true,
        encoding: v.name === 'gbk' ? 'gb18030' : v.encoding,
        lineEndings: v.name === 'crlf' ? 'crlf' : 'lf',
        raw: page.raw,
      });
    }
  });

  it('refuses to read anything that was not picked in a dialog', async () => {
    const { ipc } = setUp();
    await expect(ipc.invoke(CHANNELS.readPicked, [randomUUID()])).rejects.toThrow(
      /not a file the user picked/,
    );
    await expect(ipc.invoke(CHANNELS.readPicked, [fixture('01-flood-drill').path])).rejects.toThrow(
      /invalid arguments/,
    );
    await expect(ipc.invoke(CHANNELS.readPickedBytes, [randomUUID()])).rejects.toThrow(
      /not a file the user picked/,
    );
  });

  it('returns nothing when the dialog is cancelled', async () => {
    const { ipc, dialog } = setUp();
    dialog.answer({ canceled: true }).answer({ canceled: true });
    expect(await ipc.invoke(CHANNELS.pickFiles)).toEqual([]);
    expect(await ipc.invoke(CHANNELS.pickFolder)).toEqual([]);
  });

  it('re-reads a picked page in a forced encoding, and hands back its bytes', async () => {
    const { ipc, dialog } = setUp();
    const dir = await tempDir();
    const text = '臺灣日報 本報訊';
    const bytes = iconv.encode(text, 'big5');
    await realFs.writeFile(path.join(dir, 'big5.txt'), bytes);
    dialog.answer({ canceled: false, filePaths: [path.join(dir, 'big5.txt')] });
    const [file] = await ipc.invoke<PickedFile[]>(CHANNELS.pickFiles);
    // Detected as Big5 (core/decode/legacy.ts); forced to GB18030 it is mojibake, and
    // forced back to Big5 it reads right again.
    expect(await ipc.invoke(CHANNELS.readPicked, [file.token])).toMatchObject({
      ok: true,
      encoding: 'big5',
      raw: text,
    });
    const forced = await ipc.invoke<{ ok: boolean; encoding: string; raw: string }>(CHANNELS.readPicked, [
      file.token,
      'gb18030',
    ]);
    expect(forced).toMatchObject({ ok: true, encoding: 'gb18030' });
    expect(forced.raw).not.toBe(text);
    expect(await ipc.invoke(CHANNELS.readPicked, [file.token, 'big5'])).toMatchObject({
      ok: true,
      raw: text,
    });
    expect(Buffer.from(await ipc.invoke<Uint8Array>(CHANNELS.readPickedBytes, [file.token]))).toEqual(bytes);
    await expect(ipc.invoke(CHANNELS.readPicked, [file.token, 'koi8-r'])).rejects.toThrow(
      /invalid arguments/,
    );
  });

  it('reports a picked file that vanished or is over the limit, without reading it', async () => {
    const dir = await tempDir();
    const fs = failingFs();
    const { ipc, dialog } = setUp({ fs });
    await realFs.writeFile(path.join(dir, 'gone.txt'), 'x');
    await realFs.writeFile(path.join(dir, 'huge.txt'), '');
    await realFs.truncate(path.join(dir, 'huge.txt'), MAX_PAGE_BYTES + 1);
    fs.failOn('readFile', (p) => p.endsWith('huge.txt'), 'EFAULT'); // proves it is never read
    dialog.answer({ canceled: false, filePaths: [path.join(dir, 'gone.txt'), path.join(dir, 'huge.txt')] });
    const [gone, huge] = await ipc.invoke<PickedFile[]>(CHANNELS.pickFiles);
    await realFs.rm(path.join(dir, 'gone.txt'));
    expect(await ipc.invoke(CHANNELS.readPicked, [gone.token])).toMatchObject({
      ok: false,
      name: 'gone.txt',
      reason: 'unreadable',
      detail: expect.stringContaining('ENOENT'),
    });
    expect(await ipc.invoke(CHANNELS.readPicked, [huge.token])).toMatchObject({
      ok: false,
      name: 'huge.txt',
      reason: 'too-large',
    });
  });
});

describe('opening a folder', () => {
  async function tree(): Promise<string> {
    const root = path.join(await tempDir(), '申报 1936');
    await realFs.mkdir(path.join(root, 'b', 'deeper'), { recursive: true });
    await realFs.mkdir(path.join(root, '.git'), { recursive: true });
    await realFs.writeFile(path.join(root, 'page-10.txt'), '十');
    await realFs.writeFile(path.join(root, 'page-2.txt'), '二');
    await realFs.writeFile(path.join(root, 'scan.png'), 'not text');
    await realFs.writeFile(path.join(root, 'UPPER.TXT'), '大');
    await realFs.writeFile(path.join(root, '.hidden.txt'), 'hidden');
    await realFs.writeFile(path.join(root, '.git', 'x.txt'), 'git');
    await realFs.writeFile(path.join(root, 'b', 'deeper', 'page-3.txt'), '三');
    // A loop back to the root, a second link to the same folder, and a dangling link.
    await realFs.symlink(root, path.join(root, 'b', 'loop'));
    await realFs.symlink(path.join(root, 'b', 'deeper'), path.join(root, 'again'));
    await realFs.symlink(path.join(root, 'nowhere'), path.join(root, 'dangling.txt'));
    return root;
  }

  it('finds .txt files recursively, skipping hidden entries and following each folder once', async () => {
    const root = await tree();
    const found = await listPageFiles(failingFs(), root);
    expect(found.map((f) => f.relativePath)).toEqual([
      '申报 1936/again/page-3.txt',
      '申报 1936/page-2.txt',
      '申报 1936/page-10.txt',
      '申报 1936/UPPER.TXT',
    ]);
  });

  it('hands out tokens for the folder’s pages and reads them', async () => {
    const root = await tree();
    const { ipc, dialog } = setUp();
    dialog.answer({ canceled: false, filePaths: [root] });
    const files = await ipc.invoke<PickedFile[]>(CHANNELS.pickFolder);
    expect(files).toHaveLength(4);
    const two = files.find((f) => f.name === 'page-2.txt')!;
    expect(await ipc.invoke(CHANNELS.readPicked, [two.token])).toMatchObject({
      ok: true,
      raw: '二',
      relativePath: '申报 1936/page-2.txt',
    });
  });
});
