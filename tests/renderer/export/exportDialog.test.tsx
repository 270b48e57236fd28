// @vitest-environment happy-dom
// The export dialog with a stand-in host: it writes the core's files with a progress bar
// and a summary, words a write failure clearly (which file, how many were completed), and
// a cancelled folder choice writes nothing.
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { EXPORT_FORMATS } from '../../../src/core/export';
import { forgetSessions, openSession } from '../../../src/renderer/src/articles/session/registry';
import { createDb, type GalleyDb } from '../../../src/renderer/src/db/db';
import { ExportDialog } from '../../../src/renderer/src/export/ExportDialog';
import { exportFilesOf } from '../../../src/renderer/src/export/runExport';
import type { ExportFile, ExportTarget, Host } from '../../../src/renderer/src/host/Host';
import { initI18n } from '../../../src/renderer/src/i18n';
import { addPage, spanIn } from '../review/fixtures';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let db: GalleyDb;
let container: HTMLDivElement;
let root: Root;

beforeAll(async () => {
  await initI18n('en');
});
beforeEach(async () => {
  db = createDb(`galley-export-dialog-${crypto.randomUUID()}`);
  const raw = await addPage(db, 'p1', '05-fire-drill.txt');
  const s = await openSession(db, 'p1');
  s.assign([spanIn(raw, '本报讯 11月7日14时30分')], { kind: 'new-article' });
  s.assign([spanIn(raw, '本报讯 每天11:30，杏园街道')], { kind: 'new-article' });
  await s.flush();
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(async () => {
  act(() => root.unmount());
  container.remove();
  await forgetSessions(db);
  await db.delete();
});

function hostWith(target: ExportTarget | null): Host {
  return { kind: 'browser', pickExportTarget: vi.fn(async () => target) } as unknown as Host;
}

async function startExport(host: Host): Promise<void> {
  act(() => root.render(<ExportDialog db={db} host={host} currentPageId="p1" onClose={() => {}} />));
  await vi.waitFor(() => expect(container.textContent).toContain('All pages (1)'));
  const button = [...container.querySelectorAll('button')].find(
    (b) => b.textContent === 'Choose where and export',
  )!;
  await act(async () => button.click());
}

/** A target that keeps the files of the last write, for the test to read. */
function recordWrites(): { target: ExportTarget; written: () => ExportFile[] } {
  let files: ExportFile[] = [];
  const target: ExportTarget = {
    label: 'exports',
    write: async (given) => {
      files = given;
      return { written: given.length, bytes: 1, location: 'exports' };
    },
  };
  return { target, written: () => files };
}

describe('the export dialog', () => {
  it('writes exactly the core’s files, showing progress, then a summary', async () => {
    let written: ExportFile[] = [];
    const progress: [number, number][] = [];
    const target: ExportTarget = {
      label: 'exports',
      async write(files, onProgress) {
        written = files;
        for (let i = 1; i <= files.length; i++) {
          onProgress(i, files.length);
          progress.push([i, files.length]);
        }
        return { written: files.length, bytes: 1234, location: 'exports' };
      },
    };
    await startExport(hostWith(target));
    await vi.waitFor(() => expect(container.querySelector('.export-summary')).not.toBeNull());
    const expected = await exportFilesOf(db, {
      scope: { pages: 'all', reviewedOnly: false },
      formats: EXPORT_FORMATS,
    });
    expect(written).toEqual(expected);
    expect(progress.at(-1)).toEqual([expected.length, expected.length]);
    expect(container.querySelector('.export-summary')!.textContent).toBe(
      `Exported 2 articles in ${expected.length} files (1.2 KB) to exports.`,
    );
  });

  it('exports the chosen scope: reviewed articles only, of the chosen pages', async () => {
    const s = await openSession(db, 'p1');
    const reviewed = s.getSnapshot().state.articles[1].id;
    s.setStatus(reviewed, 'reviewed');
    await s.flush();
    const { target, written } = recordWrites();
    act(() =>
      root.render(<ExportDialog db={db} host={hostWith(target)} currentPageId="p1" onClose={() => {}} />),
    );
    await vi.waitFor(() => expect(container.textContent).toContain('All pages (1)'));
    const radio = (n: number) =>
      container.querySelectorAll<HTMLInputElement>('input[name="export-pages"]')[n];
    await act(async () => radio(1).click());
    const start = () =>
      [...container.querySelectorAll('button')].find((b) => b.textContent === 'Choose where and export')!;
    // The open page is chosen to begin with; with none chosen there is nothing to export.
    const pageBox = container.querySelector<HTMLInputElement>('.export-pages input')!;
    expect(pageBox.checked).toBe(true);
    await act(async () => pageBox.click());
    expect(start().disabled).toBe(true);
    await act(async () => pageBox.click());
    await act(async () => container.querySelector<HTMLInputElement>('.export-reviewed input')!.click());
    await act(async () => start().click());
    await vi.waitFor(() => expect(container.querySelector('.export-summary')).not.toBeNull());
    const expected = await exportFilesOf(db, {
      scope: { pages: ['p1'], reviewedOnly: true },
      formats: EXPORT_FORMATS,
    });
    expect(written()).toEqual(expected);
    const corpus = written().find((f) => f.path === 'corpus.jsonl')!.data as string;
    expect(corpus.trimEnd().split('\n')).toHaveLength(1);
    expect(container.querySelector('.export-summary')!.textContent).toContain('Exported 1 article in');
  });

  it('exports a carried-over page once, from its newer version, and names the earlier version it left out', async () => {
    // A new version of p1 imported later, its work carried over (the same articles on it).
    const old = (await db.pages.get('p1'))!;
    await db.pages.put({ ...old, id: 'p2', changedVersionOf: 'p1', importedAt: old.importedAt + 1 });
    await db.texts.put({ ...(await db.texts.get('p1'))!, pageId: 'p2' });
    const carried = (await db.articles.where('pageId').equals('p1').toArray()).map((a) => ({
      ...a,
      id: `${a.id}-v2`,
      pageId: 'p2',
    }));
    await db.articles.bulkPut(carried);
    const { target, written } = recordWrites();
    act(() =>
      root.render(<ExportDialog db={db} host={hostWith(target)} currentPageId="p1" onClose={() => {}} />),
    );
    await vi.waitFor(() => expect(container.textContent).toContain('All pages (2)'));
    const button = [...container.querySelectorAll('button')].find(
      (b) => b.textContent === 'Choose where and export',
    )!;
    await act(async () => button.click());
    await vi.waitFor(() => expect(container.querySelector('.export-summary')).not.toBeNull());
    const corpus = written().find((f) => f.path === 'corpus.jsonl')!.data as string;
    expect(corpus.trimEnd().split('\n')).toHaveLength(2);
    expect(container.querySelector('.export-summary')!.textContent).toContain('Exported 2 articles in');
    expect(container.querySelector('.export-skipped')!.textContent).toBe(
      'Left out 1 earlier version of a page (a newer version was imported; its articles are exported from that): 05-fire-drill.txt',
    );
    // Nothing of the earlier version is deleted.
    expect(await db.articles.where('pageId').equals('p1').count()).toBe(2);
  });

  it('names the pages it skipped for having no articles, and adds unmarked text when asked', async () => {
    await addPage(db, 'p2', '04-rural-revival.txt');
    const { target, written } = recordWrites();
    act(() =>
      root.render(<ExportDialog db={db} host={hostWith(target)} currentPageId="p1" onClose={() => {}} />),
    );
    await vi.waitFor(() => expect(container.textContent).toContain('All pages (2)'));
    const unmarked = [...container.querySelectorAll('label')].find((l) =>
      l.textContent?.includes('Include unmarked text'),
    )!;
    expect(unmarked.querySelector('input')!.checked).toBe(false);
    await act(async () => unmarked.querySelector('input')!.click());
    const button = [...container.querySelectorAll('button')].find(
      (b) => b.textContent === 'Choose where and export',
    )!;
    await act(async () => button.click());
    await vi.waitFor(() => expect(container.querySelector('.export-summary')).not.toBeNull());
    expect(container.querySelector('.export-empty')!.textContent).toBe(
      'Left out 1 page with no articles in the scope: 04-rural-revival.txt',
    );
    const txt = written().find((f) => f.path === '05-fire-drill/05-fire-drill.txt')!.data as string;
    const marked = await exportFilesOf(db, {
      scope: { pages: 'all', reviewedOnly: false },
      formats: ['txt'],
    });
    const without = marked.find((f) => f.path === '05-fire-drill/05-fire-drill.txt')!.data as string;
    // The page's own text beyond the two articles is now there, each run where it is printed
    // (core pagePlainText): the articles' lines still come in their order among it.
    let at = 0;
    for (const line of without.split('\n').filter((l) => l.trim() !== '')) {
      at = txt.indexOf(line, at);
      expect(at, line).toBeGreaterThanOrEqual(0);
    }
    expect(txt.length).toBeGreaterThan(without.length + 20);
  });

  it('says which file failed, why, and how many were written completely', async () => {
    const target: ExportTarget = {
      label: 'usb',
      async write(_files, onProgress) {
        onProgress(1, 9);
        const error = Object.assign(new Error('disk-full'), {
          name: 'HostWriteError',
          kind: 'disk-full',
          path: '05-fire-drill/05-fire-drill.md',
          written: 1,
        });
        throw error;
      },
    };
    await startExport(hostWith(target));
    const alert = await vi.waitFor(() => {
      const el = container.querySelector('[role="alert"]');
      expect(el).not.toBeNull();
      return el!;
    });
    expect(alert.textContent).toContain('The disk is full.');
    expect(alert.textContent).toContain('File: 05-fire-drill/05-fire-drill.md');
    expect(alert.textContent).toContain('1 file was written completely before the failure');
  });

  it('words a browser permission refusal as such', async () => {
    const target: ExportTarget = {
      label: 'folder',
      write: async () => {
        throw new DOMException('denied', 'NotAllowedError');
      },
    };
    await startExport(hostWith(target));
    await vi.waitFor(() =>
      expect(container.querySelector('[role="alert"]')?.textContent).toContain('Galley may not write there.'),
    );
  });

  it('lists one-owner problems before writing; the archivist goes back or exports anyway', async () => {
    const s = await openSession(db, 'p1');
    const next = '接到报警后，区消防救援大队调派';
    s.assign([spanIn(s.raw, next)], { kind: 'furniture' });
    const [first] = s.getSnapshot().state.articles;
    // Raw text marked furniture typed into an article as well: the same raw text twice.
    s.editText(first.id, { kind: 'paragraph', index: 0 }, first.paragraphs[0].text + next);
    await s.flush();
    expect((await db.pages.get('p1'))?.problemCount).toBeGreaterThan(0);
    const write = vi.fn(async (files: ExportFile[]) => ({ written: files.length, bytes: 1, location: 'x' }));
    const host = hostWith({ label: 'x', write });
    await startExport(host);
    await vi.waitFor(() => expect(container.querySelector('.export-problems')).not.toBeNull());
    expect(container.querySelector('[data-code="text.duplicate"]')).not.toBeNull();
    expect(host.pickExportTarget).not.toHaveBeenCalled();
    const click = async (label: string) => {
      const b = [...container.querySelectorAll('button')].find((x) => x.textContent === label)!;
      await act(async () => b.click());
    };
    await click('Go back');
    expect(container.querySelector('.export-problems')).toBeNull();
    expect(write).not.toHaveBeenCalled();
    await click('Choose where and export');
    await vi.waitFor(() => expect(container.querySelector('.export-problems')).not.toBeNull());
    await click('Export anyway');
    await vi.waitFor(() => expect(write).toHaveBeenCalled());
  });

  it('writes nothing and shows no message when the folder choice is cancelled', async () => {
    const host = hostWith(null);
    await startExport(host);
    expect(host.pickExportTarget).toHaveBeenCalledOnce();
    expect(container.querySelector('[role="alert"]')).toBeNull();
    expect(container.querySelector('.export-summary')).toBeNull();
    const button = [...container.querySelectorAll('button')].find(
      (b) => b.textContent === 'Choose where and export',
    )!;
    expect(button.disabled).toBe(false);
  });
});
