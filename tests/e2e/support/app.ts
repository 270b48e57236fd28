// Helpers that act on Galley the way an archivist does: through its buttons, its file
// chooser and drops onto its window.

import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { fixturePages } from '../../fixtures';

/** The fixture pages on disk (tests/fixtures), sorted by name. */
export function fixturePaths(): string[] {
  return fixturePages().map((p) => p.path);
}

/** Clicks "Open files…" and answers the file chooser with `files`. */
export async function openFiles(
  page: Page,
  files: string[] | { name: string; mimeType: string; buffer: Buffer }[],
): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: /^(Open files…|打开文件…)$/ }).click(),
  ]);
  await chooser.setFiles(files);
}

/** Clicks "Open folder…" and answers the chooser with a folder on disk. */
export async function openFolder(page: Page, folder: string): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: /^(Open folder…|打开文件夹…)$/ }).click(),
  ]);
  await chooser.setFiles(folder);
}

/** Opens every fixture page through the file chooser and waits until the import finished; their names. */
export async function openFixturePages(page: Page): Promise<string[]> {
  const files = fixturePaths();
  await openFiles(page, files);
  await waitForImport(page);
  return files.map((f) => path.basename(f));
}

export async function waitForImport(page: Page): Promise<void> {
  await page.locator('.import-summary').waitFor();
}

/** Drops files onto the window with a real drop event carrying a DataTransfer made in the page. */
export async function dropFiles(
  page: Page,
  files: { name: string; bytes: Uint8Array; type?: string }[],
): Promise<void> {
  const payload = files.map((f) => ({
    name: f.name,
    type: f.type ?? 'text/plain',
    bytes: Array.from(f.bytes),
  }));
  await page.evaluate((items) => {
    const data = new DataTransfer();
    for (const item of items)
      data.items.add(new File([new Uint8Array(item.bytes)], item.name, { type: item.type }));
    const target = document.querySelector('.page-area') ?? document.body;
    target.dispatchEvent(new DragEvent('dragenter', { bubbles: true, cancelable: true, dataTransfer: data }));
    target.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: data }));
    target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
  }, payload);
}

export function pageRow(page: Page, name: string): Locator {
  return page.locator(`.page-row[data-page-name="${name}"]`);
}

/**
 * Every row of the page list with its encoding, read by scrolling through the list: it draws
 * only the rows on screen, so a long list has rows no locator finds until they are scrolled to.
 */
export async function listedPages(page: Page): Promise<{ name: string; encoding: string }[]> {
  const list = page.locator('.page-list-rows');
  await list.waitFor();
  const seen = new Map<string, string>();
  for (let top = 0; ;) {
    const shown = await list.evaluate(async (el, at) => {
      el.scrollTop = at;
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      return {
        rows: [...el.querySelectorAll('.page-row')].map((row) => [
          row.getAttribute('data-page-name') ?? '',
          row.querySelector('.page-encoding')?.textContent ?? '',
        ]),
        end: el.scrollTop + el.clientHeight >= el.scrollHeight - 1,
        step: Math.max(1, Math.floor(el.clientHeight / 2)),
      };
    }, top);
    for (const [name, encoding] of shown.rows) seen.set(name, encoding);
    if (shown.end) break;
    top += shown.step;
  }
  return [...seen].map(([name, encoding]) => ({ name, encoding })).sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** The raw OCR editor's text lines. */
export function rawView(page: Page): Locator {
  return page.locator('.raw-view .cm-content');
}

/** Searches the raw view of the open page with CodeMirror's search panel (Ctrl+F), selecting the first match. */
export async function searchRaw(page: Page, text: string): Promise<void> {
  await rawView(page).click();
  await page.keyboard.press('Control+f');
  const field = page.locator('.cm-search input[name="search"]');
  await field.fill(text);
  // The panel takes its query on change or keyup; fill() only sends input.
  await field.dispatchEvent('change');
  await field.press('Enter');
  await page.keyboard.press('Escape');
}

/** A setting as Galley stored it in IndexedDB, read straight from the database. */
export async function storedSetting(page: Page, key: string): Promise<unknown> {
  return page.evaluate(
    (k) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('galley');
        open.onerror = () => reject(open.error ?? new Error('IndexedDB failed'));
        open.onsuccess = () => {
          const get = open.result.transaction('settings').objectStore('settings').get(k);
          get.onsuccess = () => {
            resolve((get.result as { value?: unknown } | undefined)?.value);
            open.result.close();
          };
          get.onerror = () => reject(get.error ?? new Error('IndexedDB failed'));
        };
      }),
    key,
  );
}
