// Undoing a cleanup of one page takes back that cleanup, not whatever is on top of the
// page's history by then: an edit made after the cleanup stays, on the page and in storage.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TRANSFORMS } from '../../../src/core/clean';
import { openSession } from '../../../src/renderer/src/articles/session/registry';
import { applyCleanup } from '../../../src/renderer/src/cleanup/applyCleanup';
import { cleanPage } from '../../../src/renderer/src/cleanup/plan';
import { createDb, type GalleyDb } from '../../../src/renderer/src/db/db';
import { seedPages } from './fixtures';

const PAGE = '02-street-roundup';
let db: GalleyDb;
beforeEach(async () => {
  db = createDb(`galley-apply-cleanup-${crypto.randomUUID()}`);
  await seedPages(db, [PAGE]);
  // Two articles by hand: the raw text as OCR left it (half-width commas, broken lines).
  const s = await openSession(db, PAGE);
  const body = s.raw.indexOf('本报讯 7月24日');
  const next = s.raw.indexOf('\n', s.raw.indexOf('改造中', body));
  s.assign([{ start: body, end: next }], { kind: 'new-article' });
  const title = s.raw.indexOf('老旧小区改造惠及');
  s.assign([{ start: title, end: s.raw.indexOf('\n', title) }], { kind: 'new-article' });
  await s.flush();
});
afterEach(() => db.close());

const choice = { transforms: TRANSFORMS, extract: false };

describe('applying a cleanup to one page', () => {
  it('is one step whose undo leaves later edits alone', async () => {
    const s = await openSession(db, PAGE);
    const before = s.getSnapshot().state;
    const cleaned = before.articles.find(
      (a) => cleanPage(before, s.raw, choice, { articleId: a.id }).changes.length > 0,
    );
    expect(cleaned, 'an article the cleanup changes').toBeDefined();
    const other = before.articles.find((a) => a.id !== cleaned!.id)!;

    const applied = await applyCleanup(db, [PAGE], choice, { articleId: cleaned!.id });
    expect(applied?.count).toBe(1);
    expect(s.getSnapshot().state.articles.find((a) => a.id === cleaned!.id)).not.toEqual(cleaned);

    // Typing in another article after the cleanup: now on top of the page's history.
    s.editText(other.id, { kind: 'title' }, '后来改的标题');
    s.sealTyping();
    await s.flush();

    applied!.group.undo();
    await applied!.group.written;
    const state = s.getSnapshot().state;
    expect(state.articles.find((a) => a.id === cleaned!.id)).toEqual(cleaned);
    expect(state.articles.find((a) => a.id === other.id)!.title.text).toBe('后来改的标题');
    const stored = await db.articles.bulkGet([cleaned!.id, other.id]);
    expect(stored[0]!.paragraphs).toEqual(cleaned!.paragraphs);
    expect(stored[1]!.title.text).toBe('后来改的标题');
  });
});
