// The browser build as an installable offline app: after one visit its service worker has
// every file of the app, so with the network off the page reloads and an article can be
// marked (pages live in IndexedDB, which needs no network either).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureText } from '../fixtures';
import { startGalley, type GalleySession } from './support/browser';
import { openFiles, pageRow, rawView, waitForImport } from './support/app';

let galley: GalleySession;
beforeAll(async () => {
  galley = await startGalley();
});
afterAll(async () => {
  await galley?.close();
});

describe('the installable web app', () => {
  it('has a manifest with the app icon', async () => {
    const page = await galley.open();
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = (await page.evaluate(async (url) => (await fetch(url)).json(), href!)) as {
      name: string;
      icons: { sizes: string }[];
      display: string;
    };
    expect(manifest.name).toBe('Galley');
    expect(manifest.display).toBe('standalone');
    expect(manifest.icons.map((i) => i.sizes)).toContain('512x512');
  });

  it('reloads with the network off after one visit and marks an article', async () => {
    const page = await galley.open();
    // The service worker has precached the app and controls the page.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller)
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
    });

    await galley.context.setOffline(true);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    await page.reload();
    await page.locator('.page-list-empty, .page-list-rows').first().waitFor();
    // Nothing came from the network: every file was answered by the service worker.
    const fromNetwork = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .concat(performance.getEntriesByType('navigation'))
        .filter((e) => (e as PerformanceResourceTiming).transferSize > 0)
        .map((e) => e.name),
    );
    expect(fromNetwork).toEqual([]);

    const name = 'offline-page.txt';
    await openFiles(page, [
      { name, mimeType: 'text/plain', buffer: Buffer.from(fixtureText('01-flood-drill'), 'utf8') },
    ]);
    await waitForImport(page);
    await pageRow(page, name).click();
    await rawView(page).waitFor();
    // Selected as a drag would; the title shortcut with no article makes one (title first).
    await page.evaluate((t) => {
      const hook = window.__galleyArticles!;
      const start = hook.raw.indexOf(t);
      hook.select([{ start, end: start + t.length }]);
    }, '区水利局开展汛前河道清淤');
    await page.keyboard.press('Alt+T');
    await expect
      .poll(() => page.evaluate(() => window.__galleyArticles?.state().articles.map((x) => x.title.text)))
      .toEqual(['区水利局开展汛前河道清淤']);
    await galley.context.setOffline(false);
  });
});
