// readDroppedFiles runs in the renderer of both hosts; its inputs (DataTransfer, file
// system entries) are plain objects here, shaped like Chromium's, with real File objects.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { MAX_PAGE_BYTES } from '../../../src/core/decode/types';
import { readDroppedFiles } from '../../../src/renderer/src/host/readDroppedFiles';

type Entry = FileSystemEntry;

function fileEntry(name: string, content: BlobPart): Entry {
  return {
    isFile: true,
    isDirectory: false,
    name,
    file: (ok: (f: File) => void) => ok(new File([content], name)),
  } as unknown as Entry;
}

/** A folder whose reader hands out entries 100 at a time, as Chromium's does. */
function folderEntry(name: string, children: Entry[], fails = false): Entry {
  return {
    isFile: false,
    isDirectory: true,
    name,
    createReader() {
      let at = 0;
      return {
        readEntries(ok: (e: Entry[]) => void, fail: (e: Error) => void) {
          if (fails) return fail(new Error('NotReadableError'));
          ok(children.slice(at, at + 100));
          at += 100;
        },
      };
    },
  } as unknown as Entry;
}

function drop(entries: Entry[]): DataTransfer {
  return {
    items: entries.map((entry) => ({ kind: 'file', webkitGetAsEntry: () => entry })),
    files: [],
  } as unknown as DataTransfer;
}

describe('reading dropped files', () => {
  it('walks dropped folders for .txt pages, skipping hidden entries, in reading order', async () => {
    const many = Array.from({ length: 150 }, (_, i) => fileEntry(`page-${i}.txt`, `第${i}版`));
    const files = await readDroppedFiles(
      drop([
        folderEntry('申报', [
          fileEntry('page-10.txt', '十'),
          fileEntry('page-2.txt', '二'),
          fileEntry('scan.png', 'png'),
          fileEntry('.hidden.txt', 'x'),
          folderEntry('.git', [fileEntry('a.txt', 'x')]),
          folderEntry('more', many),
        ]),
      ]),
    );
    expect(files.length).toBe(152);
    expect(files.slice(0, 2).map((f) => f.relativePath)).toEqual([
      '申报/more/page-0.txt',
      '申报/more/page-1.txt',
    ]);
    expect(files.slice(-2).map((f) => f.relativePath)).toEqual(['申报/page-2.txt', '申报/page-10.txt']);
    expect(await files.at(-1)!.decode()).toMatchObject({
      ok: true,
      raw: '十',
      name: 'page-10.txt',
      relativePath: '申报/page-10.txt',
    });
  });

  it('takes dropped files as they are, so a wrong one is reported, not skipped', async () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    const [page, scan] = await readDroppedFiles(
      drop([fileEntry('page.txt', '本报讯'), fileEntry('scan.png', png)]),
    );
    expect(await page.decode()).toMatchObject({ ok: true, raw: '本报讯' });
    expect(await scan.decode()).toMatchObject({ ok: false, reason: 'binary', name: 'scan.png' });
  });

  it('guesses a legacy encoding, re-decodes in a chosen encoding and hands the bytes back', async () => {
    const bytes = iconv.encode('臺灣日報', 'big5');
    const [file] = await readDroppedFiles(drop([fileEntry('big5.txt', new Uint8Array(bytes))]));
    expect(await file.decode()).toMatchObject({ ok: true, encoding: 'big5', encodingGuessed: true });
    const forced = await file.decode('gb18030');
    expect(forced).toMatchObject({ ok: true, encoding: 'gb18030' });
    expect(forced.ok && forced.raw).not.toBe('臺灣日報');
    expect(await file.decode('big5')).toMatchObject({ ok: true, raw: '臺灣日報' });
    expect(Buffer.from(await file.readBytes!())).toEqual(bytes);
  });

  it('reports a folder it cannot list instead of losing it silently', async () => {
    const [file] = await readDroppedFiles(drop([folderEntry('locked', [], true)]));
    expect(await file.decode()).toMatchObject({ ok: false, reason: 'unreadable', relativePath: 'locked' });
  });

  it('falls back to the plain file list, and refuses an oversized file without holding it whole', async () => {
    const big = new File([new Uint8Array(MAX_PAGE_BYTES + 1)], 'huge.txt');
    Object.defineProperty(big, 'arrayBuffer', { value: () => Promise.reject(new Error('must not be read')) });
    const [file] = await readDroppedFiles({ items: [], files: [big] } as unknown as DataTransfer);
    expect(await file.decode()).toMatchObject({ ok: false, reason: 'too-large', name: 'huge.txt' });
  });
});
