// Chromium (wherever support/chromium.ts finds it) through playwright-core, with a fresh
// profile (and so a fresh IndexedDB) per test file.

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { requireChromium } from './chromium';
import { serveDistWeb, type StaticServer } from './staticServer';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface GalleySession {
  context: BrowserContext;
  page: Page;
  /** The app's address (the build made for tests, with its read-only test hooks). */
  url: string;
  /** Opens the app in the session's page and waits until it has drawn. */
  open(query?: string): Promise<Page>;
  close(): Promise<void>;
}

export interface SessionOptions {
  locale?: string;
  viewport?: { width: number; height: number };
  extraArgs?: string[];
  /**
   * A profile folder kept after close (a bench seeds it once and opens it again), served on
   * `port` so its IndexedDB (kept per origin) is found again. Default: a fresh temporary one.
   */
  keptProfile?: { dir: string; port: number };
}

export async function startGalley(options: SessionOptions = {}): Promise<GalleySession> {
  const kept = options.keptProfile;
  const server: StaticServer = await serveDistWeb(undefined, kept?.port);
  const profile = kept?.dir ?? mkdtempSync(path.join(os.tmpdir(), 'galley-e2e-'));
  const dropProfile = () => {
    if (!kept) rmSync(profile, { recursive: true, force: true });
  };
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: requireChromium(),
      args: [...CHROMIUM_ARGS, ...(options.extraArgs ?? [])],
      locale: options.locale ?? 'en-US',
      viewport: options.viewport ?? { width: 1440, height: 900 },
      // A kept profile's service worker would serve the build it cached on an earlier run,
      // not the one being measured.
      ...(kept ? { serviceWorkers: 'block' as const } : {}),
    });
  } catch (error) {
    await server.close();
    dropProfile();
    throw error;
  }
  // Playwright's 30 s a step is too short on a machine doing other work (CI beside it: an
  // import step took 50 s at load 20); a step that fails only takes longer to say so.
  context.setDefaultTimeout(90_000);
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return {
    context,
    page,
    url: server.url,
    async open(query = '') {
      await page.goto(server.url + query);
      // The page list has its first answer from IndexedDB only after every effect of the
      // first render ran (menu commands and drop handlers are listening by then).
      await page.locator('.page-list-empty, .page-list-rows').first().waitFor();
      return page;
    },
    async close() {
      await context.close();
      await server.close();
      dropProfile();
      if (errors.length) throw new Error(`Uncaught errors in the page:\n${errors.join('\n')}`);
    },
  };
}
