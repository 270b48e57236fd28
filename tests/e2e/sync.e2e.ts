// Two archivists, each in their own browser profile, on one server project (the real
// Galley server in this process, on PGlite): the one who imported and marked a page
// shares it; the other joins with an empty copy and gets it; an edit in one appears in the
// other's open page.

import type { Page } from 'playwright-core';
import type { Server } from '@hocuspocus/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Span } from '../../src/core/model';
import { pgliteStore, type DocumentStore } from '../../src/server/store';
import { fixture, fixtureBytes } from '../fixtures';
import { startServer, token } from '../server/support';
import { dropFiles, pageRow, waitForImport } from './support/app';
import { startGalley, type GalleySession } from './support/browser';

const PAGE = fixture('01-flood-drill');
const start = PAGE.raw.indexOf('入汛以来');
const BODY: Span = { start, end: PAGE.raw.indexOf('安全度汛。', start) + 5 };
const PROJECT = 'evening-news';

let store: DocumentStore;
let server: Server;
let url: string;
let sessions: GalleySession[] = [];

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
  }, 240_000);
});
