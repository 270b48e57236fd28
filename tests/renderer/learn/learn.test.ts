import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openSession } from '../../../src/renderer/src/articles/session/registry';
import { createDb, type GalleyDb } from '../../../src/renderer/src/db/db';
import { acceptProposals } from '../../../src/renderer/src/learn/acceptProposals';
import { indexNewPages } from '../../../src/renderer/src/learn/gramIndex';
import { keepAsRule, rejectCorrection, rejectHit } from '../../../src/renderer/src/learn/learnStore';
import { applyRules } from '../../../src/core/clean/rules';
import {
  exportRuleSet,
  importRuleSet,
  listRules,
  toUserRule,
} from '../../../src/renderer/src/rules/ruleStore';
import { loadProposals } from '../../../src/renderer/src/learn/proposals';
import { startLearning } from '../../../src/renderer/src/learn/tracker';
import { pageRecord, spanIn } from '../review/fixtures';

const P1 = '共创美好末来。\n这个周末来了不少游客。\n';
const P2 = '面向末来发展，\n末来可期。\n';
const body = { kind: 'paragraph' as const, index: 0 };

let db: GalleyDb;
let stop: () => Promise<void>;
beforeEach(async () => {
  db = createDb(`galley-learn-${crypto.randomUUID()}`);
  for (const [id, raw] of [
    ['p1', P1],
    ['p2', P2],
  ] as const) {
    await db.pages.put(pageRecord(id, `${id}.txt`, raw));
    await db.texts.put({ pageId: id, raw });
  }
  const s1 = await openSession(db, 'p1');
  s1.assign([spanIn(P1, '共创美好末来。'), spanIn(P1, '这个周末来了不少游客。')], { kind: 'new-article' });
  const s2 = await openSession(db, 'p2');
  s2.assign([spanIn(P2, '面向末来发展，')], { kind: 'new-article' });
  await Promise.all([s1.flush(), s2.flush()]);
  stop = startLearning(db);
});
afterEach(async () => {
  await stop();
  db.close();
});

async function correctFirstPage() {
  const s1 = await openSession(db, 'p1');
  const id = s1.getSnapshot().state.articles[0]?.id ?? '';
  s1.editText(id, body, '共创美好未来。');
  s1.sealTyping();
  await s1.flush();
  await vi.waitFor(async () => expect(await db.learned.count()).toBe(1));
  return s1;
}

describe('same error elsewhere', () => {
  it('learns a hand edit, proposes it in a field and in text not yet marked, never in 周末来', async () => {
    await correctFirstPage();
    const [item, ...rest] = await loadProposals(db);
    expect(rest).toEqual([]);
    expect(item?.correction).toMatchObject({ from: '末来', to: '未来' });
    expect(item?.open.map((h) => [h.pageId, h.start])).toEqual([['p2', 2]]);
    expect(item?.waiting.map((h) => [h.pageId, h.start])).toEqual([['p2', 8]]);
    expect(item?.low).toBe(false);
    // Nothing was applied unasked.
    const s2 = await openSession(db, 'p2');
    expect(s2.getSnapshot().state.articles[0]?.paragraphs[0]?.text).toBe('面向末来发展，');
  });

  it('finds the same through the bigram index once the pages are indexed', async () => {
    expect(await indexNewPages(db)).toBe(2);
    expect(await indexNewPages(db)).toBe(0);
    await correctFirstPage();
    expect((await loadProposals(db))[0]?.open).toHaveLength(1);
  });

  it('finds a hit a line break splits, and rebuilds an index kept before breaks were folded', async () => {
    const P3 = '展望末 \n来。\n';
    await db.pages.put(pageRecord('p3', 'p3.txt', P3));
    await db.texts.put({ pageId: 'p3', raw: P3 });
    // The index as an older Galley kept it: no version, and no bigram across the break.
    await db.learnGrams.put({ gram: '末来', pages: ['p1', 'p2'] });
    await db.learnIndexed.bulkPut([{ pageId: 'p1' }, { pageId: 'p2' }, { pageId: 'p3' }]);
    await correctFirstPage();
    const waiting = async () => (await loadProposals(db))[0]?.waiting.map((h) => [h.pageId, h.start]);
    expect(await waiting()).toEqual([
      ['p2', 8],
      ['p3', 2],
    ]);
    expect(await indexNewPages(db)).toBe(3);
    expect((await db.learnGrams.get('末来'))?.pages).toEqual(['p1', 'p2', 'p3']);
    expect(await waiting()).toEqual([
      ['p2', 8],
      ['p3', 2],
    ]);
  });

  it('accepts as one undoable step, and text marked later is proposed when it becomes a field', async () => {
    await correctFirstPage();
    const s2 = await openSession(db, 'p2');
    const [item] = await loadProposals(db);
    expect(await acceptProposals(db, item.correction, item.open)).toBe(1);
    expect(s2.getSnapshot().state.articles[0]?.paragraphs[0]?.text).toBe('面向未来发展，');
    // One rejection against; for it the hand edit and the accepted hit, while it stays accepted.
    await rejectHit(db, item.correction.id, 'p2', 8);
    expect((await loadProposals(db))[0]?.confidence).toBeCloseTo(2 / 3);
    expect(s2.undo()).toBe(true);
    await vi.waitFor(async () =>
      expect((await db.articles.where('pageId').equals('p2').first())?.paragraphs[0]?.text).toBe(
        '面向末来发展，',
      ),
    );
    expect((await loadProposals(db))[0]?.confidence).toBe(0.5);
    await db.learnRejections.clear();

    s2.assign([spanIn(P2, '末来可期。')], { kind: 'new-article' });
    await s2.flush();
    const [again] = await loadProposals(db);
    expect(again?.open.map((h) => h.start).sort()).toEqual([2, 8]);
    expect(again?.waiting).toEqual([]);
  });

  it('learns a burst of typing once, from the text the burst ends with', async () => {
    const s1 = await openSession(db, 'p1');
    const id = s1.getSnapshot().state.articles[0]?.id ?? '';
    const transaction = vi.spyOn(db, 'transaction');
    const learnedWrites = () =>
      transaction.mock.calls.filter((args) => args[0] === 'rw' && args.includes(db.learned)).length;
    for (const text of ['共创美好来。', '共创美好w来。', '共创美好wei来。', '共创美好来。', '共创美好未来。'])
      s1.editText(id, body, text);
    expect(learnedWrites()).toBe(0);
    await vi.waitFor(async () => expect(await db.learned.count()).toBe(1));
    expect(learnedWrites()).toBe(1);
    expect((await db.learned.toArray()).map((c) => `${c.from}→${c.to}`)).toEqual(['末来→未来']);
  });

  it('remembers rejections, and forgets a correction whose edit is undone', async () => {
    const s1 = await correctFirstPage();
    const [item] = await loadProposals(db);
    await rejectHit(db, item.correction.id, 'p2', 2);
    expect((await loadProposals(db))[0]?.open).toEqual([]);
    await rejectCorrection(db, item.correction.id);
    expect(await loadProposals(db)).toEqual([]);

    expect(s1.undo()).toBe(true);
    await vi.waitFor(async () => expect(await db.learned.count()).toBe(0));
  });

  it('counts the same raw text left as it is in a reviewed article against the correction', async () => {
    const s2 = await openSession(db, 'p2');
    s2.setStatus(s2.getSnapshot().state.articles[0]?.id ?? '', 'reviewed');
    await s2.flush();
    await correctFirstPage();
    const [item] = await loadProposals(db);
    expect(item?.open.map((h) => h.against)).toEqual([true]);
    expect(item?.confidence).toBe(0.5);
    expect(item?.low).toBe(true);
  });

  it('keeps what a field taught in an earlier window when it is edited again', async () => {
    const s1 = await correctFirstPage();
    // A new window: its own tracker, no memory of the field before the first edit.
    await stop();
    stop = startLearning(db);
    const id = s1.getSnapshot().state.articles[0]?.id ?? '';
    s1.editText(id, body, '共创美好未来！');
    await s1.flush();
    // Closing the window learns what still waits.
    await stop();
    expect((await db.learned.toArray()).map((c) => `${c.from}→${c.to}`)).toEqual(['末来→未来']);
  });

  it('keeps a correction as a rule that a colleague imports from the rule set file and applies', async () => {
    await correctFirstPage();
    const [item] = await loadProposals(db);
    await keepAsRule(db, item.correction);
    const file = exportRuleSet(await listRules(db));
    const colleague = createDb(`galley-learn-${crypto.randomUUID()}`);
    try {
      expect(await importRuleSet(colleague, file)).toMatchObject({ ok: true, count: 1 });
      const rules = (await listRules(colleague)).map(toUserRule);
      expect(rules).toMatchObject([{ name: '末来 → 未来', find: '末来', replace: '未来', regex: false }]);
      expect(applyRules('面向末来发展', rules)).toBe('面向未来发展');
    } finally {
      colleague.close();
    }
  });
});
