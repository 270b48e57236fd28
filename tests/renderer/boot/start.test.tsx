// @vitest-environment happy-dom
// Starting Galley never leaves a blank window: a database that will not open or upgrade
// shows what happened and offers a backup of what can still be read (a real backup file,
// restorable); a render error shows the same; a failing save puts up a banner until it is
// written.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { act } from 'react';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseBackup } from '../../../src/core/backup';
import type { Page } from '../../../src/core/model';
import { startGalley } from '../../../src/renderer/src/boot/start';
import { SaveBanner } from '../../../src/renderer/src/boot/SaveBanner';
import { unsavedWork } from '../../../src/renderer/src/articles/session/unsaved';
import { createDb, declareVersions, type GalleyDb } from '../../../src/renderer/src/db/db';
import type { Host } from '../../../src/renderer/src/host/Host';
import { initI18n } from '../../../src/renderer/src/i18n';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root | undefined;
let name: string;
const saved: { name: string; bytes: Uint8Array }[] = [];
const host = {
  saveFile: (n: string, bytes: Uint8Array) => {
    saved.push({ name: n, bytes });
    return Promise.resolve(true);
  },
} as unknown as Host;

const page: Page = {
  id: 'p1',
  name: 'p1.txt',
  relativePath: 'p1.txt',
  sha256: 'a'.repeat(64),
  encoding: 'utf-8',
  bom: false,
  lineEndings: 'lf',
  byteLength: 6,
  charLength: 2,
  importedAt: 0,
  empty: false,
  furniture: [],
  articleCount: 0,
  coverage: 0,
  problemCount: 0,
};

beforeEach(async () => {
  saved.length = 0;
  name = `galley-boot-${crypto.randomUUID()}`;
  container = document.createElement('div');
  document.body.append(container);
  // A project with one page, written by this Galley.
  const db = createDb(name);
  await db.pages.put(page);
  await db.texts.put({ pageId: 'p1', raw: '本报' });
  db.close();
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(async () => {
  await act(async () => root?.unmount());
  root = undefined;
  container.remove();
  vi.restoreAllMocks();
  await Dexie.delete(name);
});

async function start(
  db: GalleyDb,
  renderApp: () => React.ReactNode = () => <p>the app</p>,
  language: 'en' | 'zh' = 'en',
): Promise<void> {
  await act(async () => {
    root = await startGalley(container, db, {
      pickHost: () => Promise.resolve(host),
      readSettings: () => Promise.resolve(null),
      startLanguage: async () => void (await initI18n(language)),
      renderApp,
      claimTab: () => Promise.resolve({ first: true, takeOver: () => Promise.resolve(), onLost: () => {} }),
    });
  });
}

function button(text: string): HTMLButtonElement {
  const b = [...container.querySelectorAll('button')].find((x) => x.textContent === text);
  if (!b) throw new Error(`no button “${text}” in: ${container.textContent}`);
  return b;
}

describe('when the database does not open', () => {
  it('says an upgrade failed, and saves a backup of what can be read that restores the page', async () => {
    // The next Galley's upgrade throws half-way: IndexedDB keeps the database as it was.
    const db = new Dexie(name) as GalleyDb;
    declareVersions(db);
    db.version(99)
      .stores({})
      .upgrade(() => {
        throw new Error('upgrade broke');
      });
    await start(db);
    expect(container.textContent).toContain('Galley could not open your project');
    expect(container.textContent).toContain('upgrade broke');
    expect(container.textContent).toContain('Nothing was deleted');
    expect(container.textContent).not.toContain('the app');

    await act(async () => button('Save a backup of what can be read').click());
    await vi.waitFor(() => expect(container.textContent).toContain('1 pages, 0 articles'));
    expect(saved).toHaveLength(1);
    expect(saved[0].name).toMatch(/\.galley-backup$/);
    const read = parseBackup(saved[0].bytes);
    expect(read.ok ? 'ok' : read.error).toBe('ok');
    if (read.ok) {
      expect(read.data.pages.map((p) => p.id)).toEqual(['p1']);
      expect(read.data.texts[0].raw).toBe('本报');
    }
  });
});

describe('while Galley runs', () => {
  it('shows what happened instead of a blank window when the app fails to render', async () => {
    const Broken = () => {
      throw new Error('render failed');
    };
    await start(createDb(name), () => <Broken />);
    expect(container.textContent).toContain('Something went wrong in Galley’s window');
    expect(container.textContent).toContain('render failed');
    expect(button('Reload')).toBeDefined();
  });

  it('shows the app when the database opens', async () => {
    await start(createDb(name));
    expect(container.textContent).toBe('the app');
  });

  it('keeps a banner up while a save is failing, and takes it down once it is written', async () => {
    const writer = {};
    await start(createDb(name), () => <SaveBanner />, 'zh');
    expect(container.querySelector('[role="alert"]')).toBeNull();
    act(() => unsavedWork.report(writer, { unsaved: true, failing: true }));
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('尚未保存');
    act(() => unsavedWork.report(writer, { unsaved: false, failing: false }));
    expect(container.querySelector('[role="alert"]')).toBeNull();
  });
});
