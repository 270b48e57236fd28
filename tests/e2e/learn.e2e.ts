// "Correct once, fixed everywhere", end to end in Chromium: a look-alike corrected by hand
// on one page is proposed where the same raw text recurs on another page (and not in 周末来,
// where the 末 is right); nothing changes until the archivist accepts; one hit accepted,
// one rejected, and Undo takes the acceptance back.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Span } from '../../src/core/model';
import { openFiles, pageRow, waitForImport } from './support/app';
import { startGalley, type GalleySession } from './support/browser';

const A = '# 展望\n共创美好末来。\n这个周末来了不少游客。\n';
const B = '面向末来发展。\n\n他说末来可期。\n\n周末来看看。\n';

let galley: GalleySession;
beforeAll(async () => {
  galley = await startGalley();
});
afterAll(async () => {
  await galley?.close();
});

function spanOf(raw: string, text: string): Span {
  const start = raw.indexOf(text);
  return { start, end: start + text.length };
}
const field = (page: Page, key: string) => page.locator(`.article-card textarea[data-field="${key}"]`);

/** How many pages the bigram index holds (Dexie's `learnIndexed`, read with IndexedDB itself). */
function indexedPages(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('galley');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          const count = db.transaction('learnIndexed').objectStore('learnIndexed').count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
        };
      }),
  );
}

async function openPage(page: Page, name: string, marker: string): Promise<void> {
  await pageRow(page, name).click();
  await page.waitForFunction((m) => window.__galleyArticles?.raw.includes(m), marker);
}

async function markAll(page: Page, spans: Span[]): Promise<void> {
  await page.evaluate((r) => window.__galleyArticles!.select(r), spans);
  await page.keyboard.press('Alt+N');
  await page.locator('.article-card').first().waitFor();
}

describe('same error elsewhere', () => {
  it('proposes a hand correction elsewhere, applies only what is accepted, and undoes it', async () => {
    const page = await galley.open('?galley-test');
    const file = (name: string, text: string) => ({
      name,
      mimeType: 'text/plain',
      buffer: Buffer.from(text),
    });
    await openFiles(page, [file('learn-a.txt', A), file('learn-b.txt', B)]);
    await waitForImport(page);
    // The bigram index of both raw texts is built in a Web Worker, into IndexedDB.
    await expect.poll(() => indexedPages(page), { timeout: 20_000 }).toBe(2);

    // Page B: all of it one article, three paragraphs as OCR printed them.
    await openPage(page, 'learn-b.txt', '面向末来');
    await markAll(page, [{ start: 0, end: B.length - 1 }]);
    await expect.poll(() => field(page, 'paragraph-2').inputValue()).toBe('周末来看看。');

    // Page A: the archivist corrects 末来 → 未来 by hand.
    await openPage(page, 'learn-a.txt', '共创美好');
    await markAll(page, [spanOf(A, '共创美好末来。')]);
    const p0 = field(page, 'paragraph-0');
    await expect.poll(() => p0.inputValue()).toBe('共创美好末来。');
    await p0.fill('共创美好未来。');
    await p0.blur();
    await page.locator('.save-status[data-save="saved"]').waitFor();

    // Two proposals, both on page B; none in 周末来 on either page.
    const toggle = page.getByRole('button', { name: /^Same error elsewhere/ });
    await expect.poll(() => toggle.textContent(), { timeout: 10_000 }).toBe('Same error elsewhere (2)');
    await toggle.click();
    const panel = page.getByRole('complementary', { name: 'Same error elsewhere' });
    const item = panel.locator('.learn-correction[data-correction="末来→未来"]');
    await expect.poll(() => item.locator('.learn-hit').count()).toBe(2);
    expect(await item.locator('.learn-count').textContent()).toBe('2 more');
    expect(await item.locator('.learn-hit .learn-where').allTextContents()).toEqual([
      'learn-b.txt · Paragraph 1 · “面向末来发展。”',
      'learn-b.txt · Paragraph 2 · “他说末来可期。”',
    ]);
    expect(await item.locator('.learn-hit .learn-context').allTextContents()).toEqual([
      '面向末来未来发展。',
      '他说末来未来可期。',
    ]);

    // Nothing was applied unasked.
    await openPage(page, 'learn-b.txt', '面向末来');
    expect(await field(page, 'paragraph-0').inputValue()).toBe('面向末来发展。');
    expect(await field(page, 'paragraph-1').inputValue()).toBe('他说末来可期。');

    // Accept the first, reject the second.
    await item.locator('.learn-hit').nth(0).getByRole('button', { name: 'Accept' }).click();
    await expect.poll(() => field(page, 'paragraph-0').inputValue()).toBe('面向未来发展。');
    await expect.poll(() => item.locator('.learn-hit').count()).toBe(1);
    await item.locator('.learn-hit').nth(0).getByRole('button', { name: 'Reject' }).click();
    await expect.poll(() => item.locator('.learn-hit').count()).toBe(0);
    expect(await field(page, 'paragraph-1').inputValue()).toBe('他说末来可期。');
    expect(await field(page, 'paragraph-2').inputValue()).toBe('周末来看看。');

    await page.screenshot({ path: '/tmp/h16/learn-panel.png' });

    // Undo takes the acceptance back; the hit is proposed again, the rejected one is not.
    await panel.getByRole('button', { name: 'Close' }).click();
    await page.locator('.article-card .article-head').first().click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => field(page, 'paragraph-0').inputValue()).toBe('面向末来发展。');
    await expect.poll(() => toggle.textContent()).toBe('Same error elsewhere (1)');
    await toggle.click();
    await expect.poll(() => item.locator('.learn-hit').count()).toBe(1);
    expect(await item.locator('.learn-hit .learn-context').textContent()).toContain('面向');
    await page.screenshot({ path: '/tmp/h16/learn-e2e.png' });
  });
});
