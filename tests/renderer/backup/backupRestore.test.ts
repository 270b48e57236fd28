// Backing up and restoring through IndexedDB: the app's files equal what `galley export`
// writes from the app's backup; a restore into an empty project gives the same project
// back; a corrupt or foreign file changes nothing; a merge keeps the newer article and
// lists the conflict.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Dexie } from 'dexie';
import { gunzipSync, unzipSync } from 'fflate';
import { makeBackup, parseBackup, projectSnapshot, streamBackup } from '../../../src/core/backup';
import { EXPORT_FORMATS, exportProject } from '../../../src/core/export';
import { forgetSessions, openSession } from '../../../src/renderer/src/articles/session/registry';
import { readProjectData } from '../../../src/renderer/src/backup/projectData';
import { backUpProject } from '../../../src/renderer/src/backup/makeProjectBackup';
import { restoreBackup } from '../../../src/renderer/src/backup/restoreBackup';
import type { ExportFile, ExportTarget, Host } from '../../../src/renderer/src/host/Host';
import type { Setting } from '../../../src/core/backup/types';
import { createDb, type GalleyDb } from '../../../src/renderer/src/db/db';
import { exportFilesOf, runExport } from '../../../src/renderer/src/export/runExport';
import { addPage, spanIn } from '../review/fixtures';

/** A backup file as the archivist's file chooser gives it. */
const asFile = (bytes: Uint8Array) => new Blob([bytes as BlobPart]);

let db: GalleyDb;
let other: GalleyDb;
const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
const all = { scope: { pages: 'all' as const, reviewedOnly: false }, formats: EXPORT_FORMATS };

beforeEach(async () => {
  db = createDb(`galley-backup-${crypto.randomUUID()}`);
  other = createDb(`galley-backup-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await forgetSessions(db);
  await forgetSessions(other);
  await db.delete();
  await other.delete();
});

/** A small project: two pages, an article on each, one of them edited (so it has revisions). */
async function buildProject(target: GalleyDb): Promise<void> {
  const raw1 = await addPage(target, 'p1', '05-fire-drill.txt');
  const raw0 = await addPage(target, 'p0', '02-street-roundup.txt');
  const s1 = await openSession(target, 'p1');
  s1.assign([spanIn(raw1, '本报讯 11月7日14时30分')], { kind: 'new-article' });
  const a1 = s1.getSnapshot().state.articles[0].id;
  s1.assign([spanIn(raw1, '全区校园消防安全综合演练')], {
    kind: 'field',
    articleId: a1,
    field: 'title',
  });
  s1.editText(a1, { kind: 'paragraph', index: 0 }, '本报讯　11月7日14时30分 & <局>');
  const line0 = raw0.split('\n').find((l) => l.startsWith('本报讯'))!;
  const s0 = await openSession(target, 'p0');
  s0.assign([spanIn(raw0, line0)], { kind: 'new-article' });
  await target.settings.put({ key: 'review.reviewer', value: '李磊' });
  await s1.flush();
  await s0.flush();
}

describe('project backup and restore', () => {
  it('exports from the app exactly what the CLI exports from the app’s backup', async () => {
    await buildProject(db);
    const app = await exportFilesOf(db, all);
    const read = parseBackup(makeBackup(await readProjectData(db), { createdAt: 0 }));
    if (!read.ok) throw new Error(read.error.code);
    const cli = exportProject(projectSnapshot(read.data), all);
    expect(app.length).toBeGreaterThan(5);
    expect(cli).toEqual(app);
    // The export worker's files, taken a batch at a time: still the same files.
    const taken: ExportFile[] = [];
    const target: ExportTarget = {
      label: 'here',
      write: async (files) => (taken.push(...files), { written: files.length, bytes: 0, location: 'here' }),
    };
    await runExport(db, all, target, () => {});
    expect(taken).toEqual(app);
    // A zip target (the browser's download) gets one zip, made as the files are: the same files.
    let zip: Blob | null = null;
    const made = await runExport(db, all, { ...target, saveZip: async (z) => void (zip = z) }, () => {});
    const unzipped = unzipSync(new Uint8Array(await zip!.arrayBuffer()));
    expect(Object.keys(unzipped).sort()).toEqual(app.map((f) => f.path).sort());
    const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
    for (const f of app) expect(utf8.decode(unzipped[f.path])).toBe(f.data);
    expect(made.written).toBe(app.length);
  });

  it('restores a backup into an empty project as the same project, with identical exports', async () => {
    await buildProject(db);
    const before = await readProjectData(db);
    const bytes = makeBackup(before, { createdAt: Date.now() });
    const outcome = await restoreBackup(other, asFile(bytes));
    expect(outcome.ok).toBe(true);
    const after = await readProjectData(other);
    expect(byId(after.articles)).toEqual(byId(before.articles));
    expect(byId(after.revisions)).toEqual(byId(before.revisions));
    expect(byId(after.pages)).toEqual(byId(before.pages));
    expect(await exportFilesOf(other, all)).toEqual(await exportFilesOf(db, all));
  });

  it('backs up under the export lock, so the learn index waits for the backup as for an export', async () => {
    await buildProject(db);
    const held: string[] = [];
    let saved = false;
    const locks = {
      async request(name: string, ...rest: unknown[]) {
        const work = rest[rest.length - 1] as () => Promise<unknown>;
        const result = await work();
        // Let go only once the file is made: nothing was saved yet.
        held.push(`${name}${saved ? ' after saving' : ''}`);
        return result;
      },
    };
    const host = { saveFile: async () => (saved = true) } as unknown as Host;
    vi.stubGlobal('navigator', { locks });
    try {
      expect((await backUpProject(db, host)).saved).toBe(true);
    } finally {
      vi.unstubAllGlobals();
    }
    expect(held).toEqual(['galley-export']);
  });

  it('writes under the import lock, so the learn index over the pages it brings waits for it', async () => {
    await buildProject(db);
    const bytes = makeBackup(await readProjectData(db), { createdAt: Date.now() });
    // Articles in the project when the lock was taken and when it was let go.
    const held: [string, number, number][] = [];
    const locks = {
      async request(name: string, ...rest: unknown[]) {
        const work = rest[rest.length - 1] as () => Promise<unknown>;
        const taken = await other.articles.count();
        const result = await work();
        held.push([name, taken, await other.articles.count()]);
        return result;
      },
    };
    vi.stubGlobal('navigator', { locks });
    try {
      expect((await restoreBackup(other, asFile(bytes))).ok).toBe(true);
    } finally {
      vi.unstubAllGlobals();
    }
    expect(held).toEqual([['galley-import', 0, 2]]);
  });

  it('puts everything back when the file no longer unpacks on the second read, the one that writes', async () => {
    await buildProject(db);
    const backup = streamBackup(await readProjectData(db), { createdAt: 1 });
    // The file changed on disk between the plan and the write: a byte of its text flipped.
    const changed = backup.slice();
    changed[Math.floor(changed.length / 2)] ^= 0xff;
    let reads = 0;
    const file = asFile(backup);
    file.arrayBuffer = async () => (reads++ === 0 ? backup : changed).slice().buffer;
    const before = await readProjectData(other);
    const outcome = await restoreBackup(other, file);
    expect(reads).toBe(2);
    expect(outcome).toMatchObject({ ok: false, error: { kind: 'storage' } });
    expect(outcome.ok ? '' : 'detail' in outcome.error ? outcome.error.detail : '').toMatch(
      /no longer reads as it did/,
    );
    expect(await readProjectData(other)).toEqual(before);
  });

  it('refuses a corrupt or foreign file and leaves the project exactly as it was', async () => {
    await buildProject(db);
    const before = await readProjectData(db);
    const good = makeBackup(before, { createdAt: 1 });
    const truncated = good.slice(0, Math.floor(good.length / 2));
    const foreign = new TextEncoder().encode('{"hello":"world"}');
    for (const [bytes, kind] of [
      [truncated, 'corrupt'],
      [foreign, 'foreign'],
    ] as const) {
      const outcome = await restoreBackup(db, asFile(bytes));
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(outcome.error.kind).toBe(kind);
      expect(await readProjectData(db)).toEqual(before);
    }
  });

  it('merges by id: the newer article wins, the conflict is listed, the loser is kept as a revision', async () => {
    await buildProject(db);
    const backup = makeBackup(await readProjectData(db), { createdAt: 1 });
    await restoreBackup(other, asFile(backup));
    // Both sides change the same article afterwards; the project's own change is newer.
    const id = (await db.articles.where('pageId').equals('p1').first())!.id;
    await other.articles.update(id, {
      title: { text: '备份一侧的标题', spans: [] },
      updatedAt: 2_000_000_000_000,
    });
    const theirs = makeBackup(await readProjectData(other), { createdAt: 2 });
    await db.articles.update(id, {
      title: { text: '本机较新的标题', spans: [] },
      updatedAt: 2_000_000_000_500,
    });
    const outcome = await restoreBackup(db, asFile(theirs));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect((await db.articles.get(id))?.title.text).toBe('本机较新的标题');
    expect(outcome.plan.conflicts).toEqual([
      expect.objectContaining({ table: 'articles', id, kept: 'existing' }),
    ]);
    const kept = await db.revisions.where('articleId').equals(id).toArray();
    expect(kept.some((r) => r.content.title.text === '备份一侧的标题')).toBe(true);
  });

  it('updates the article count of a page the restore added articles to', async () => {
    await addPage(other, 'p1', '05-fire-drill.txt');
    await buildProject(db);
    const outcome = await restoreBackup(
      other,
      asFile(makeBackup(await readProjectData(db), { createdAt: 1 })),
    );
    expect(outcome.ok).toBe(true);
    const page = await other.pages.get('p1');
    expect(page?.articleCount).toBe(1);
    expect(page?.coverage).toBeGreaterThan(0);
  });

  it('notes what it replaces before it changes anything, and undoing puts the project back exactly', async () => {
    await buildProject(db);
    await buildProject(other);
    // The other project's page p1 gets a second article, and a rule; its backup is restored here.
    await other.rules.put({
      id: 'r9',
      name: 'r',
      find: 'a',
      replace: 'b',
      regex: false,
      enabled: true,
      order: 0,
    });
    const id = (await other.articles.where('pageId').equals('p1').first())!.id;
    await other.articles.update(id, {
      title: { text: '别处的标题', spans: [] },
      updatedAt: 2_000_000_000_000,
    });
    const before = await readProjectData(db);
    const outcome = await restoreBackup(
      db,
      asFile(makeBackup(await readProjectData(other), { createdAt: 3 })),
    );
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(await db.rules.get('r9')).toBeDefined();
    expect(await readProjectData(db)).not.toEqual(before);
    await outcome.undo();
    expect(await readProjectData(db)).toEqual(before);
    const reopened = await openSession(db, 'p1');
    expect(reopened.getSnapshot().state.articles).toEqual(before.articles.filter((a) => a.pageId === 'p1'));
  });

  it('backs up through the streaming writer: progress is told, the file restores as the same project', async () => {
    await buildProject(db);
    const saved: { name: string; data: Uint8Array }[] = [];
    const host = {
      saveFile: async (name: string, file: Blob) => (
        saved.push({ name, data: new Uint8Array(await file.arrayBuffer()) }),
        true
      ),
    } as unknown as Host;
    const progress: number[] = [];
    const summary = await backUpProject(db, host, new Date(2026, 10, 30, 9, 5), (done) =>
      progress.push(done),
    );
    expect(summary).toMatchObject({ saved: true, pages: 2, articles: 2 });
    expect(progress.length).toBeGreaterThan(0);
    const { name, data } = saved[0];
    expect(name).toBe('galley-2026-11-30-0905.galley-backup');
    // Version 2: JSON Lines inside gzip.
    expect(new TextDecoder().decode(gunzipSync(data)).split('\n')[0]).toMatch(
      /^\{"format":"galley-backup","version":2,/,
    );
    const outcome = await restoreBackup(other, asFile(data));
    expect(outcome.ok).toBe(true);
    const [mine, theirs] = [await readProjectData(db), await readProjectData(other)];
    expect(byId(theirs.articles)).toEqual(byId(mine.articles));
    expect(byId(theirs.pages)).toEqual(byId(mine.pages));
    expect(byId(theirs.revisions)).toEqual(byId(mine.revisions));
  });

  it('writes a large restore in bounded transactions, and a write failing part way leaves the project as it was', async () => {
    await buildProject(db);
    const data = await readProjectData(db);
    // 5,000 settings: three transactions' worth.
    const settings = Array.from({ length: 5000 }, (_, i) => ({
      key: `note.${String(i).padStart(4, '0')}`,
      value: i,
    }));
    const bytes = streamBackup({ ...data, settings: [...data.settings, ...settings] }, { createdAt: 1 });
    const before = await readProjectData(other);
    const original = other.settings.bulkPut.bind(other.settings);
    let calls = 0;
    const put = vi
      .spyOn(other.settings, 'bulkPut')
      .mockImplementation(((rows: Setting[]) =>
        ++calls === 2
          ? Dexie.Promise.reject(new Error('QuotaExceededError: disk full'))
          : original(rows)) as never);
    const failed = await restoreBackup(other, asFile(bytes));
    expect(failed.ok ? 'ok' : failed.error.kind).toBe('storage');
    expect(await readProjectData(other)).toEqual(before);
    put.mockRestore();
    const restored = await restoreBackup(other, asFile(bytes));
    expect(restored.ok).toBe(true);
    expect(await other.settings.where('key').startsWith('note.').count()).toBe(5000);
    expect(await other.articles.count()).toBe(2);
    // Thousands of rows through fake IndexedDB: seconds on a loaded machine.
  }, 30_000);
});
