import iconv from 'iconv-lite';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page as Browser } from 'playwright-core';
import type { Page } from '../../src/core/model';
import { fixtureBytes, fixturePages, fixtureText, writeFixtureFolder } from '../fixtures';
import {
  dropFiles,
  listedPages,
  openFiles,
  openFixturePages,
  openFolder,
  pageRow,
  rawView,
  searchRaw,
  storedSetting,
  waitForImport,
} from './support/app';
import { startGalley, type GalleySession } from './support/browser';

let galley: GalleySession;
beforeAll(async () => {
  galley = await startGalley();
});
afterAll(async () => {
  await galley?.close();
});

/** A sentence from the page's body: its first dateline, or with `farDown` its last. */
function knownSentence(name: string, farDown = false): string {
  const lines = fixtureText(name).split(/\r?\n/);
  const dated = (l: string) => l.startsWith('本报讯');
  const line = (farDown ? lines.findLast(dated) : lines.find(dated)) ?? lines.find((l) => l.length > 20)!;
  return line.slice(0, 24);
}

describe('opening raw OCR pages in the browser build', () => {
  it('imports the fixture pages, shows them, keeps them over a reload, and reports a dropped binary file', async () => {
    const page = await galley.open();
    const names = await openFixturePages(page);
    expect(names).toEqual(fixturePages().map((p) => p.name));

    const everyPageUtf8 = [...names].sort().map((name) => ({ name, encoding: 'UTF-8' }));
    await expect.poll(() => listedPages(page), { timeout: 30_000 }).toEqual(everyPageUtf8);

    const chosen = names[1];
    // listedPages leaves the list scrolled to its end, where the second row is not drawn.
    await page.locator('.page-list-rows').evaluate((el) => el.scrollTo({ top: 0 }));
    await pageRow(page, chosen).click();
    // Far enough down that the view has to scroll to show it.
    const sentence = knownSentence(chosen, true);
    await page.getByRole('heading', { name: chosen }).waitFor();
    await searchRaw(page, sentence);
    await expect.poll(() => rawView(page).textContent()).toContain(sentence);
    // The reading position is remembered (as a raw offset) once the view settles.
    await expect
      .poll(() => storedSetting(page, 'ui.lastPage'))
      .toMatchObject({ topOffset: expect.any(Number) });
    await expect
      .poll(async () => ((await storedSetting(page, 'ui.lastPage')) as { topOffset: number }).topOffset)
      .toBeGreaterThan(0);

    await page.reload();
    await page.getByRole('heading', { name: chosen }).waitFor();
    await expect.poll(() => pageRow(page, chosen).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => listedPages(page), { timeout: 30_000 }).toEqual(everyPageUtf8);
    // Reopened where the archivist was reading: the sentence is on screen without searching.
    await expect.poll(() => rawView(page).textContent()).toContain(sentence);

    const binary = new Uint8Array(2048).map((_, i) => (i * 31 + 7) % 256);
    await dropFiles(page, [{ name: 'scan-0001.tif', bytes: binary, type: 'image/tiff' }]);
    const errors = page.getByRole('alert', { name: /Files not imported/ });
    await errors.waitFor();
    expect(await errors.textContent()).toContain('scan-0001.tif');
    expect(await errors.textContent()).toContain('binary');

    expect(await listedPages(page)).toEqual(everyPageUtf8);
    await expect.poll(() => rawView(page).textContent()).toContain(sentence);
  });
});

describe('the language of the interface', () => {
  it('follows the system language, can be switched, and stays switched after a reload', async () => {
    const chinese = await startGalley({ locale: 'zh-CN' });
    try {
      const page = await chinese.open();
      await page.getByRole('button', { name: '打开文件…' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hans');

      await page.getByRole('combobox', { name: '语言' }).selectOption('en');
      await page.getByRole('button', { name: 'Open files…' }).waitFor();
      await expect.poll(() => storedSetting(page, 'ui.language')).toBe('en');

      await page.reload();
      await page.getByRole('button', { name: 'Open files…' }).waitFor();
      expect(await page.getByRole('button', { name: '打开文件…' }).count()).toBe(0);
    } finally {
      await chinese.close();
    }
  });
});

describe('a page read in the wrong encoding', () => {
  it('is read as Big5 when it is Big5, and can be re-opened in another encoding while no article is marked on it, picked or dropped', async () => {
    const session = await startGalley();
    try {
      const page = await session.open();
      const text = '經開區財政局召開上半年黨風廉政建設工作專題會';
      await openFiles(page, [
        { name: 'big5-page.txt', mimeType: 'text/plain', buffer: iconv.encode(text, 'big5') },
      ]);
      await waitForImport(page);
      await pageRow(page, 'big5-page.txt').click();
      // Big5 bytes are told from GB18030 by the characters each reading gives.
      await expect
        .poll(() => pageRow(page, 'big5-page.txt').locator('.page-encoding').textContent())
        .toBe('BIG5');
      await expect.poll(() => rawView(page).textContent()).toContain(text);

      // Read as GB18030 the same bytes are plausible garbage; back to Big5 they read right.
      await page.getByRole('combobox', { name: 'Re-open as…' }).selectOption('gb18030');
      await expect.poll(() => rawView(page).textContent()).not.toContain(text);
      await expect
        .poll(() => pageRow(page, 'big5-page.txt').locator('.page-encoding').textContent())
        .toBe('GB18030');
      await page.getByRole('combobox', { name: 'Re-open as…' }).selectOption('big5');
      await expect.poll(() => rawView(page).textContent()).toContain(text);
      await expect
        .poll(() => pageRow(page, 'big5-page.txt').locator('.page-encoding').textContent())
        .toBe('BIG5');

      // The same for a file dropped onto the window.
      const dropped = '臺北市政府舉行記者會';
      await dropFiles(page, [
        { name: 'dropped-big5.txt', bytes: new Uint8Array(iconv.encode(dropped, 'big5')) },
      ]);
      await pageRow(page, 'dropped-big5.txt').click();
      await page.getByRole('heading', { name: 'dropped-big5.txt' }).waitFor();
      await page.getByRole('combobox', { name: 'Re-open as…' }).selectOption('gb18030');
      await expect.poll(() => rawView(page).textContent()).not.toContain(dropped);
      await page.getByRole('combobox', { name: 'Re-open as…' }).selectOption('big5');
      await expect.poll(() => rawView(page).textContent()).toContain(dropped);
    } finally {
      await session.close();
    }
  });
});

describe('opening a folder', () => {
  it('imports the .txt pages of every subfolder, keeping their paths, and leaves other files alone', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'galley-folder-'));
    const issue = path.join(root, '1987-03-02');
    mkdirSync(path.join(issue, 'section-b'), { recursive: true });
    mkdirSync(path.join(issue, '.thumbnails'));
    writeFileSync(path.join(issue, '02-street-roundup.txt'), fixtureBytes('02-street-roundup'));
    writeFileSync(path.join(issue, 'section-b', '05-fire-drill.txt'), fixtureBytes('05-fire-drill'));
    writeFileSync(path.join(issue, 'scan.png'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    writeFileSync(path.join(issue, '.thumbnails', '02-street-roundup.txt'), 'not a page');
    const session = await startGalley();
    try {
      const page = await session.open();
      // Through the keyboard this time (Ctrl+Shift+O), as the desktop menu offers.
      // Once more if no chooser came: on a loaded CI machine the first key press of a fresh
      // window was seen to go unanswered (the same press a moment later opens it).
      const chooserOpened = page.waitForEvent('filechooser', { timeout: 45_000 });
      await page.keyboard.press('Control+Shift+O');
      const again = setTimeout(() => void page.keyboard.press('Control+Shift+O').catch(() => {}), 10_000);
      const chooser = await chooserOpened.finally(() => clearTimeout(again));
      await chooser.setFiles(issue);
      await waitForImport(page);
      // The list follows the store through a live query, which on a loaded machine can
      // trail the import's summary by a moment.
      await expect.poll(() => page.locator('.page-row').count(), { timeout: 30_000 }).toBe(2);
      expect(await page.locator('.import-errors').count()).toBe(0);
      await pageRow(page, '05-fire-drill.txt').click();
      await page.getByText('1987-03-02/section-b/05-fire-drill.txt').waitFor();
      await expect.poll(() => rawView(page).textContent()).toContain(knownSentence('05-fire-drill.txt'));
    } finally {
      await session.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});

/** Every page record with its raw text, read straight from IndexedDB. */
function storedPages(page: Browser): Promise<(Page & { raw: string })[]> {
  return page.evaluate(
    () =>
      new Promise<(Page & { raw: string })[]>((resolve, reject) => {
        const open = indexedDB.open('galley');
        open.onerror = () => reject(open.error ?? new Error('IndexedDB failed'));
        open.onsuccess = () => {
          const tx = open.result.transaction(['pages', 'texts']);
          const pages = tx.objectStore('pages').getAll();
          const texts = tx.objectStore('texts').getAll();
          tx.oncomplete = () => {
            const raw = new Map(
              (texts.result as { pageId: string; raw: string }[]).map((t) => [t.pageId, t.raw]),
            );
            resolve((pages.result as Page[]).map((p) => ({ ...p, raw: raw.get(p.id)! })));
            open.result.close();
          };
          tx.onerror = () => reject(tx.error ?? new Error('IndexedDB failed'));
        };
      }),
  );
}

describe('a folder of pages in every encoding the archives hold', () => {
  it('imports GB18030, GBK, UTF-16 LE/BE, BOM and CRLF files through the folder chooser, each to the same text', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'galley-variants-'));
    const written = writeFixtureFolder(path.join(root, 'issue'), { variants: true });
    const pages = new Map(fixturePages().map((p) => [p.name, p.raw]));
    const name = '09-school-term.txt';
    const sentence = knownSentence(name);
    try {
      // The whole folder: each page's text is kept once; its other encodings, BOM and line
      // endings are recognised as the same text and reported, not imported as other pages.
      const session = await startGalley();
      try {
        const page = await session.open();
        await openFolder(page, path.join(root, 'issue'));
        await waitForImport(page);
        const summary = await page.locator('.import-summary').textContent();
        expect(summary).toContain(`Imported ${fixturePages().length} of ${written.length}`);
        expect(summary).toContain('same text as kept pages');
        expect(await page.locator('.import-errors').count()).toBe(0);
        const stored = await storedPages(page);
        expect(stored).toHaveLength(fixturePages().length);
        for (const p of stored) {
          const w = written.find((x) => `issue/${x.relativePath}` === p.relativePath);
          expect(w, p.relativePath).toBeDefined();
          expect(p.raw, p.relativePath).toBe(pages.get(w!.page));
        }
      } finally {
        await session.close();
      }

      // An encoding alone, through the folder chooser: read to the same sentence, labelled
      // (each variant's encoding, BOM and line endings: tests/renderer/importFiles.test.ts).
      for (const [folder, label] of [
        ['gb18030', 'GB18030'],
        ['utf-16be', 'UTF-16BE'],
      ] as const) {
        const alone = await startGalley();
        try {
          const page = await alone.open();
          await openFolder(page, path.join(root, 'issue', folder));
          await waitForImport(page);
          const row = page.locator('.page-row', { has: page.locator(`.page-row-name[title$="${name}"]`) });
          expect(await row.locator('.page-encoding').textContent(), folder).toBe(label);
          await row.click();
          await expect.poll(() => rawView(page).textContent()).toContain(sentence);
        } finally {
          await alone.close();
        }
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('cancelling an import', () => {
  it('stops it, keeping exactly the pages it reports as imported', async () => {
    const sample = fixtureText('01-flood-drill');
    const folder = mkdtempSync(path.join(os.tmpdir(), 'galley-cancel-'));
    const files = Array.from({ length: 600 }, (_, i) => {
      const file = path.join(folder, `p-${String(i).padStart(4, '0')}.txt`);
      writeFileSync(file, `第${i}版\n${sample}`);
      return file;
    });
    const session = await startGalley();
    try {
      const page = await session.open();
      await openFiles(page, files);
      await page.getByRole('button', { name: 'Cancel' }).click();
      const summary = await page.locator('.import-summary').textContent();
      expect(summary).toContain('Import cancelled');
      const imported = Number(/Imported (\d+) of 600/.exec(summary ?? '')?.[1]);
      expect(imported).toBeLessThan(600);
      const stored = await page.evaluate(
        () =>
          new Promise<number>((resolve, reject) => {
            const open = indexedDB.open('galley');
            open.onerror = () => reject(open.error ?? new Error('IndexedDB failed'));
            open.onsuccess = () => {
              const count = open.result.transaction('pages').objectStore('pages').count();
              count.onsuccess = () => resolve(count.result);
            };
          }),
      );
      expect(stored).toBe(imported);
      expect(await page.getByRole('button', { name: 'Open files…' }).isEnabled()).toBe(true);
    } finally {
      await session.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
