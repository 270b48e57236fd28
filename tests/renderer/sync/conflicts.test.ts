// A deleted-while-edited conflict a merge leaves on a page is kept beside the page's articles
// (so export can refuse it, also from a backup), and goes once the archivist settles it.
import 'fake-indexeddb/auto';
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articlesMap, pageToDoc, resolveDeletedEdited } from '../../../src/core/sync';
import { createDb, type GalleyDb } from '../../../src/renderer/src/db/db';
import { loadDeletedEdited } from '../../../src/renderer/src/export/DeletedEditedList';
import { projectPage } from '../../../src/renderer/src/sync/projection';
import { markedPage } from '../../core/sync/helpers';
import { storePage } from '../cleanup/fixtures';

describe('deleted-while-edited conflicts in the local store', () => {
  let db: GalleyDb;
  beforeEach(async () => {
    db = createDb(`galley-conflicts-${crypto.randomUUID()}`);
    const { raw } = markedPage('01-flood-drill', 'p1');
    await storePage(db, 'p1', 'p1.txt', raw);
  });
  afterEach(() => db.close());

  it('keeps the conflict while it is open and drops it once settled', async () => {
    const doc = pageToDoc(markedPage('01-flood-drill', 'p1'));
    const target = articlesMap(doc).get('p1-a1')!;
    const title = target.get('title') as Y.Map<Y.Text>;
    // Deleted here at rev 0, while another archivist's title edit moved it to rev 1.
    doc.transact(() => {
      target.set('deletedRev', 0);
      target.set('rev', 1);
      title.get('text')!.insert(0, '改：');
    });
    await projectPage(db, doc);
    const open = await loadDeletedEdited(db);
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ pageId: 'p1', articleId: 'p1-a1' });
    expect(open[0].title.startsWith('改：')).toBe(true);
    expect(await db.articles.get('p1-a1')).toBeUndefined();
    expect(await loadDeletedEdited(db, ['p2'])).toEqual([]);

    resolveDeletedEdited(doc, 'p1-a1', 'keep');
    await projectPage(db, doc);
    expect(await loadDeletedEdited(db)).toEqual([]);
    expect((await db.articles.get('p1-a1'))?.title.text.startsWith('改：')).toBe(true);
  });
});
