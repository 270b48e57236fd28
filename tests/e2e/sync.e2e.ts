// Two archivists, each in their own browser profile, on one server project (the real
// Galley server in this process, on PGlite): the one who imported and marked a page
// shares it; the other joins with an empty copy and gets it; an edit in one appears in the
// other's open page. Then, with the server down, both give one paragraph to an article of
// their own: on reconnect both pages show the conflict (the page list's count and a banner
// in the page header), one archivist settles it from the banner, and both copies end the same.

import type { Page } from 'playwright-core';
import type { Server } from '@hocuspocus/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Span } from '../../src/core/model';
import { pgliteStore, type DocumentStore } from '../../src/server/store';
import { fixture, fixtureBytes } from '../fixtures';
import { killServer, startServer, token } from '../server/support';
import { dropFiles, pageRow, waitForImport } from './support/app';
import { startGalley, type GalleySession } from './support/browser';

const PAGE = fixture('01-flood-drill');
const start = PAGE.raw.indexOf('入汛以来');
const BODY: Span = { start, end: PAGE.raw.indexOf('安全度汛。', start) + 5 };
/** Raw text nobody has marked yet; its place is read from the page's own raw text. */
const UNMARKED = '6月12日上午，全区防汛应急综合';
const PROJECT = 'evening-news';

let store: DocumentStore;
let server: Server;
let url: string;
let sessions: GalleySession[] = [];
/** The two archivists' pages, 王 (owner) first, once the first test has shared. */
const archivists: Page[] = [];

beforeAll(async () => {
  store = await pgliteStore('memory://');
  ({ server, url } = await startServer(store));
}, 180_000);
afterAll(async () => {
  for (const s of sessions) await s.close();
  sessions = [];
  await server?.destroy();
  await store?.close();
});

const paragraph = (page: Page) => page.locator('.article-card textarea[data-field="paragraph-0"]').first();

async function openPage(page: Page): Promise<void> {
  const row = pageRow(page, PAGE.name);
  await row.waitFor();
  if ((await row.getAttribute('aria-selected')) !== 'true') await row.click();
  await page.waitForFunction(() => window.__galleyArticles?.raw.includes('入汛以来'));
}

function teamStatus(page: Page): Promise<string | null> {
  return page.locator('[data-team-status]').getAttribute('data-team-status');
}

async function share(page: Page, user: string, role: 'owner' | 'editor'): Promise<void> {
  await page.getByRole('button', { name: /^Team/ }).click();
  await page.locator('input[name="team-url"]').fill(url);
  await page.locator('input[name="team-project"]').fill(PROJECT);
  await page.locator('input[name="team-token"]').fill(await token({ project: PROJECT, user, role }));
  await page.getByRole('button', { name: 'Share and sync' }).click();
  await expect
    .poll(() => page.locator('[data-team-status]').getAttribute('data-team-status'), { timeout: 30_000 })
    .toBe('connected');
}

describe('two archivists on one server project', () => {
  it('shares a marked page, the other joins and gets it, and an edit in one appears in the other', async () => {
    const a = await startGalley();
    sessions.push(a);
    const mine = await a.open('?galley-test');
    await dropFiles(mine, [{ name: PAGE.name, bytes: fixtureBytes(PAGE.name) }]);
    await waitForImport(mine);
    await openPage(mine);
    await mine.evaluate((r) => window.__galleyArticles!.select(r), [BODY]);
    await mine.keyboard.press('Alt+N');
    await expect.poll(() => mine.locator('.article-card').count()).toBe(1);
    await share(mine, '王', 'owner');

    const b = await startGalley();
    sessions.push(b);
    const theirs = await b.open('?galley-test');
    await share(theirs, '李', 'editor');
    await openPage(theirs);
    await expect.poll(() => theirs.locator('.article-card').count(), { timeout: 30_000 }).toBe(1);
    // The shared article arrives unselected: open its card to read and type into it.
    await theirs.locator('.article-card').first().click();
    const marked = await paragraph(mine).inputValue();
    expect(marked.length).toBeGreaterThan(0);
    await expect.poll(() => paragraph(theirs).inputValue()).toBe(marked);

    await paragraph(theirs).click();
    await theirs.keyboard.press('Control+End');
    await theirs.keyboard.type('（李补）');
    await expect.poll(() => paragraph(mine).inputValue(), { timeout: 15_000 }).toMatch(/（李补）$/);

    // Each page header names the other archivist on the page; the owner assigns it to 李.
    const text = (page: Page, id: string) => () =>
      page
        .getByTestId(id)
        .first()
        .textContent({ timeout: 1000 })
        .catch(() => null);
    await expect.poll(text(mine, 'open-elsewhere'), { timeout: 15_000 }).toMatch(/李/);
    await expect.poll(text(theirs, 'open-elsewhere'), { timeout: 15_000 }).toMatch(/王/);
    expect(await theirs.locator('input[name="assign-page"]').count()).toBe(0);
    await mine.locator('input[name="assign-page"]').fill('李');
    await mine.getByRole('button', { name: 'Assign', exact: true }).click();
    await expect.poll(text(theirs, 'assigned-to'), { timeout: 15_000 }).toBe('Assigned to 李');
    archivists.push(mine, theirs);
  }, 240_000);

  it('a conflict made while the server was down shows on reconnect, is settled in one copy, and both converge', async () => {
    const theirs = archivists[1];
    expect(theirs).toBeDefined();
    const port = Number(new URL(url).port);
    await killServer(server);
    for (const page of archivists)
      await expect.poll(() => teamStatus(page), { timeout: 30_000 }).not.toBe('connected');
    // Each gives the same unmarked paragraph to a new article of their own.
    const made: string[] = [];
    for (const page of archivists) {
      await page.evaluate((text) => {
        const hook = window.__galleyArticles!;
        const start = hook.raw.indexOf(text);
        hook.select([{ start, end: start + text.length }]);
      }, UNMARKED);
      await page.keyboard.press('Alt+N');
      await expect.poll(() => page.locator('.article-card').count()).toBe(2);
      made.push(
        await page.evaluate(
          (text) =>
            window
              .__galleyArticles!.state()
              .articles.find((a) => a.paragraphs.some((p) => p.text.includes(text)))!.id,
          UNMARKED,
        ),
      );
    }
    expect(made[0]).not.toBe(made[1]);

    ({ server } = await startServer(store, port));
    for (const page of archivists) {
      await expect.poll(() => teamStatus(page), { timeout: 30_000 }).toBe('connected');
      // Both articles on both sides, and the page says it has a problem (the shared raw text).
      await expect.poll(() => page.locator('.article-card').count(), { timeout: 30_000 }).toBe(3);
      await expect
        .poll(() => pageRow(page, PAGE.name).locator('.page-problem-count').count(), { timeout: 15_000 })
        .toBe(1);
    }

    // Each page header says so plainly, with a way to settle it.
    for (const page of archivists) {
      const banner = page.getByTestId('page-conflicts');
      await expect
        .poll(() => banner.textContent().catch(() => null), { timeout: 15_000 })
        .toMatch(/conflict/);
    }
    // 李 settles it from the banner: their own article goes, 王's stays.
    const n = await theirs.evaluate(
      (id) => window.__galleyArticles!.state().articles.findIndex((a) => a.id === id) + 1,
      made[1],
    );
    await theirs
      .getByTestId('page-conflicts')
      .getByRole('button', { name: `Delete Article ${n}` })
      .click();
    for (const page of archivists) {
      await expect.poll(() => page.locator('.article-card').count(), { timeout: 15_000 }).toBe(2);
      await expect
        .poll(() => pageRow(page, PAGE.name).locator('.page-problem-count').count(), { timeout: 15_000 })
        .toBe(0);
      await expect.poll(() => page.getByTestId('page-conflicts').count()).toBe(0);
    }
    const ids = await Promise.all(
      archivists.map((page) =>
        page.evaluate(() => window.__galleyArticles!.state().articles.map((a) => a.id)),
      ),
    );
    expect(ids[0]).toEqual(ids[1]);
    expect(ids[0]).toContain(made[0]);
    expect(ids[0]).not.toContain(made[1]);
  }, 240_000);
});
