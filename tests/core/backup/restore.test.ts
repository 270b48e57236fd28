import { describe, expect, it } from 'vitest';
import { planRestore } from '../../../src/core/backup/restore';
import { emptyProjectData } from '../../../src/core/backup/types';
import type { Article } from '../../../src/core/model';
import { emptyContent } from '../../../src/core/model';
import { projectData } from './fixtures';

const edit = (a: Article, title: string, updatedAt: number): Article => ({
  ...a,
  title: { ...a.title, text: title },
  updatedAt,
});
const revision = (a: Article, id: string, createdAt: number) => ({
  id,
  articleId: a.id,
  pageId: a.pageId,
  createdAt,
  content: a,
  status: a.status,
});

describe('planRestore', () => {
  it('restores everything into an empty project', () => {
    const incoming = projectData();
    const plan = planRestore(emptyProjectData(), incoming);
    expect({ ...plan.put, pages: [] }).toEqual({ ...incoming, pages: [] });
    // Pages come with their article count and coverage worked out from what was restored.
    expect(plan.put.pages.map((p) => [p.id, p.articleCount, p.coverage > 0])).toEqual(
      incoming.pages.map((p) => [p.id, incoming.articles.filter((a) => a.pageId === p.id).length, true]),
    );
    expect(plan.conflicts).toEqual([]);
    expect(plan.counts.articles.added).toBe(incoming.articles.length);
  });

  it('changes nothing when the project already holds the same work', () => {
    const plan = planRestore(projectData(), projectData());
    expect(plan.put).toEqual(emptyProjectData());
    expect(plan.conflicts).toEqual([]);
    expect(plan.counts.articles.unchanged).toBe(projectData().articles.length);
  });

  it('takes the newer change without a conflict when only one side changed since their common revision', () => {
    const base = projectData();
    const a = base.articles[0];
    const common = revision(a, 'common', a.updatedAt);
    const existing = { ...projectData(), revisions: [common] };
    const incoming = {
      ...projectData(),
      revisions: [common],
      articles: [edit(a, '新标题', a.updatedAt + 10), ...base.articles.slice(1)],
    };
    const plan = planRestore(existing, incoming);
    expect(plan.put.articles).toEqual([incoming.articles[0]]);
    expect(plan.conflicts).toEqual([]);
    // The other way round: the project's own newer change stays.
    const back = planRestore(incoming, existing);
    expect(back.put.articles).toEqual([]);
    expect(back.counts.articles.keptExisting).toBe(1);
    expect(back.conflicts).toEqual([]);
  });

  it('lists an article changed on both sides, keeps the newer and saves the other as a revision', () => {
    const base = projectData();
    const a = base.articles[0];
    const common = revision(a, 'common', a.updatedAt);
    const ours = edit(a, '我们的标题', a.updatedAt + 5);
    const theirs = edit(a, '他们的标题', a.updatedAt + 9);
    const existing = { ...projectData(), revisions: [common], articles: [ours, ...base.articles.slice(1)] };
    const incoming = { ...projectData(), revisions: [common], articles: [theirs, ...base.articles.slice(1)] };
    const plan = planRestore(existing, incoming);
    expect(plan.put.articles).toEqual([theirs]);
    expect(plan.conflicts).toEqual([
      {
        table: 'articles',
        id: a.id,
        label: '他们的标题',
        page: base.pages.find((p) => p.id === a.pageId)!.name,
        kept: 'incoming',
        reason: 'both-changed',
        parts: [{ kind: 'title' }],
      },
    ]);
    expect(plan.put.revisions).toHaveLength(1);
    expect(plan.put.revisions[0]).toMatchObject({
      articleId: a.id,
      createdAt: ours.updatedAt,
      content: { title: { text: '我们的标题' } },
    });
  });

  it('names the parts two versions of an article disagree on: fields in reading order, then the status', () => {
    const base = projectData();
    const a = base.articles.find((x) => x.paragraphs.length >= 2)!;
    const common = revision(a, 'common', a.updatedAt);
    const rest = base.articles.filter((x) => x.id !== a.id);
    // Here the byline was corrected and the article reviewed; in the backup the second
    // paragraph was corrected and a caption typed in.
    const ours: Article = {
      ...a,
      byline: { ...a.byline, text: a.byline.text + '（改）' },
      status: 'reviewed',
      updatedAt: a.updatedAt + 5,
    };
    const theirs: Article = {
      ...a,
      paragraphs: a.paragraphs.map((p, i) => (i === 1 ? { ...p, text: p.text + '。' } : p)),
      captions: [...a.captions, { text: '图为演练现场', spans: [] }],
      status: 'draft',
      updatedAt: a.updatedAt + 9,
    };
    const existing = { ...projectData(), revisions: [common], articles: [ours, ...rest] };
    const incoming = { ...projectData(), revisions: [common], articles: [theirs, ...rest] };
    const [conflict] = planRestore(existing, incoming).conflicts;
    expect(conflict?.parts).toEqual([
      { kind: 'byline' },
      { kind: 'paragraph', index: 1 },
      { kind: 'caption', index: a.captions.length },
      { kind: 'status' },
    ]);
  });

  it('keeps an existing page whose raw file differs, and leaves out the backup articles on it', () => {
    const existing = projectData();
    existing.pages[0] = { ...existing.pages[0], sha256: 'f'.repeat(64) };
    const incoming = projectData();
    incoming.articles = incoming.articles.map((a) => ({
      ...a,
      updatedAt: a.updatedAt + 1,
      title: { ...a.title, text: a.title.text + '!' },
    }));
    const plan = planRestore(existing, incoming);
    expect(plan.conflicts.filter((c) => c.table === 'pages')).toEqual([
      {
        table: 'pages',
        id: existing.pages[0].id,
        label: existing.pages[0].name,
        kept: 'existing',
        reason: 'different-source',
      },
    ]);
    expect(plan.put.articles.every((a) => a.pageId !== existing.pages[0].id)).toBe(true);
    expect(plan.skippedArticles).toBe(
      incoming.articles.filter((a) => a.pageId === existing.pages[0].id).length,
    );
  });

  it('adds new rules and settings and keeps the project’s own where they differ', () => {
    const existing = projectData();
    const incoming = projectData();
    incoming.rules.push({
      id: 'rule-2',
      name: 'new',
      find: 'a',
      replace: 'b',
      regex: false,
      enabled: true,
      order: 1,
    });
    incoming.rules[0] = { ...incoming.rules[0], replace: 'X' };
    incoming.settings = [
      { key: 'reviewer', value: 'someone else' },
      { key: 'layout', value: { panels: ['raw', 'article'], split: 0.4 } },
    ];
    const plan = planRestore(existing, incoming);
    expect(plan.put.rules.map((r) => r.id)).toEqual(['rule-2']);
    expect(plan.put.settings).toEqual([]);
    expect(plan.counts.settings.unchanged).toBe(1);
    expect(plan.conflicts.map((c) => [c.table, c.id])).toEqual([
      ['rules', 'rule-1'],
      ['settings', 'reviewer'],
    ]);
  });

  it('keeps reading order dense when both sides put an article in the same place', () => {
    const existing = projectData();
    const incoming = projectData();
    const onPb = existing.articles.filter((a) => a.pageId === 'pb');
    // The backup has a fourth article at place 0 of page pb, which the project does not
    // know: typed in, with no raw text of its own.
    const newcomer = {
      ...onPb[0],
      ...emptyContent(),
      title: { text: '新增', spans: [] },
      id: 'pb-new',
      order: 0,
      updatedAt: onPb[0].updatedAt + 1,
    };
    incoming.articles.push(newcomer);
    const plan = planRestore(existing, incoming);
    const final = new Map(existing.articles.map((a) => [a.id, a]));
    for (const a of plan.put.articles) final.set(a.id, a);
    const orders = [...final.values()]
      .filter((a) => a.pageId === 'pb')
      .map((a) => a.order)
      .sort();
    expect(orders).toEqual([0, 1, 2, 3]);
    expect(plan.put.pages.find((p) => p.id === 'pb')?.articleCount).toBe(4);
  });

  it('renumbers a backup whose reading order has gaps, each article written once, in its order', () => {
    const incoming = projectData();
    // Places 0, 2, 4… (articles deleted before the backup was made), in reverse order.
    incoming.articles = incoming.articles.map((a) => ({ ...a, order: a.order * 2 })).reverse();
    const plan = planRestore(emptyProjectData(), incoming);
    expect(plan.put.articles).toHaveLength(incoming.articles.length);
    expect(new Set(plan.put.articles.map((a) => a.id)).size).toBe(incoming.articles.length);
    for (const page of incoming.pages) {
      const onPage = plan.put.articles.filter((a) => a.pageId === page.id);
      const byOrder = [...onPage].sort((a, b) => a.order - b.order);
      expect(byOrder.map((a) => a.order)).toEqual(onPage.map((_, i) => i));
      const before = incoming.articles.filter((a) => a.pageId === page.id).sort((a, b) => a.order - b.order);
      expect(byOrder.map((a) => a.id)).toEqual(before.map((a) => a.id));
      expect(plan.put.pages.filter((p) => p.id === page.id)).toHaveLength(1);
    }
  });

  it('does not bring back an article deleted here whose raw text another article holds now', () => {
    const incoming = projectData();
    const existing = projectData();
    const [a, b] = existing.articles.filter((x) => x.pageId === 'pb');
    // Here: B was merged into A after the backup (A took B's paragraphs, B is gone).
    const merged = {
      ...a,
      paragraphs: [...a.paragraphs, ...b.paragraphs],
      updatedAt: a.updatedAt + 100,
    };
    existing.articles = existing.articles
      .filter((x) => x.id !== b.id)
      .map((x) => (x.id === a.id ? merged : x));
    const plan = planRestore(existing, incoming);
    expect(plan.put.articles.map((x) => x.id)).not.toContain(b.id);
    expect(plan.conflicts).toContainEqual({
      table: 'articles',
      id: b.id,
      label: b.title.text,
      page: existing.pages.find((p) => p.id === 'pb')!.name,
      kept: 'existing',
      reason: 'owned-elsewhere',
      // Every part of B whose raw text A holds now.
      parts: b.paragraphs.map((_, index) => ({ kind: 'paragraph', index })),
    });
    // Nothing lost: the backup's B is kept as a revision.
    expect(plan.put.revisions.some((r) => r.articleId === b.id)).toBe(true);
    // Every raw character has at most one owner after the merge.
    const final = new Map(existing.articles.map((x) => [x.id, x]));
    for (const x of plan.put.articles) final.set(x.id, x);
    const owned = new Map<string, number>();
    for (const x of final.values())
      for (const f of [x.title, x.byline, x.dateline, ...x.paragraphs, ...x.captions])
        for (const sp of f.spans)
          for (let i = sp.start; i < sp.end; i++) {
            const k = `${x.pageId}:${i}`;
            owned.set(k, (owned.get(k) ?? 0) + 1);
          }
    expect(Math.max(...owned.values())).toBe(1);
  });

  it('does not bring back an article whose raw text is marked as furniture here now', () => {
    const incoming = projectData();
    const existing = projectData();
    const victim = existing.articles[0];
    expect(victim.paragraphs[0].spans.length).toBeGreaterThan(0);
    existing.articles = existing.articles.slice(1);
    existing.pages = existing.pages.map((p) =>
      p.id === victim.pageId ? { ...p, furniture: [...p.furniture, ...victim.paragraphs[0].spans] } : p,
    );
    const plan = planRestore(existing, incoming);
    expect(plan.put.articles.map((x) => x.id)).not.toContain(victim.id);
    expect(plan.conflicts.map((c) => c.reason)).toEqual(['owned-elsewhere']);
  });

  it('sees a two-sided edit when the shared revision was updated in place on one side', () => {
    const base = projectData();
    const a = base.articles[0];
    const t0 = a.updatedAt;
    // Both sides hold revision "burst" from the same editing burst; here it went on after
    // the backup, so its content and time moved on: it is no common state.
    const ours = edit(a, '我们的标题', t0 + 5);
    const theirs = edit(a, '他们的标题', t0 + 9);
    const existing = {
      ...projectData(),
      revisions: [revision(ours, 'burst', t0 + 5)],
      articles: [ours, ...base.articles.slice(1)],
    };
    const incoming = {
      ...projectData(),
      revisions: [revision(a, 'burst', t0)],
      articles: [theirs, ...base.articles.slice(1)],
    };
    const plan = planRestore(existing, incoming);
    expect(plan.conflicts.map((c) => [c.id, c.reason])).toEqual([[a.id, 'both-changed']]);
    // The backup's state of the burst is kept beside the project's, under its own id.
    expect(plan.put.revisions.map((r) => r.id)).toContain(`burst@${t0}`);
    expect(plan.put.revisions.some((r) => r.content.title.text === '我们的标题')).toBe(true);
  });

  it('matches the same raw file imported on two machines by its hash, not doubling the page', () => {
    const existing = projectData();
    const incoming = projectData();
    // The other machine gave page pb another id; its articles there are new, on blank text.
    const other = 'pb-other-machine';
    incoming.pages = incoming.pages.map((p) => (p.id === 'pb' ? { ...p, id: other } : p));
    incoming.texts = incoming.texts.map((t) => (t.pageId === 'pb' ? { ...t, pageId: other } : t));
    incoming.articles = incoming.articles
      .filter((x) => x.pageId === 'pb')
      .map((x) => ({
        ...x,
        ...emptyContent(),
        title: { text: '另一台', spans: [] },
        id: `${x.id}-b`,
        pageId: other,
      }));
    incoming.revisions = [];
    const plan = planRestore(existing, incoming);
    expect(plan.put.pages.map((p) => p.id)).not.toContain(other);
    expect(plan.put.texts.map((t) => t.pageId)).not.toContain(other);
    expect(plan.put.articles.length).toBeGreaterThan(0);
    expect(plan.put.articles.every((x) => x.pageId === 'pb')).toBe(true);
    expect(plan.put.pages.find((p) => p.id === 'pb')?.articleCount).toBe(
      existing.articles.filter((x) => x.pageId === 'pb').length +
        plan.put.articles.filter((x) => x.id.endsWith('-b')).length,
    );
  });

  it('refuses the same articles twice when both machines marked the same page alike', () => {
    const existing = projectData();
    const incoming = projectData();
    const other = 'pb-other-machine';
    incoming.pages = incoming.pages.map((p) => (p.id === 'pb' ? { ...p, id: other } : p));
    incoming.texts = incoming.texts.map((t) => (t.pageId === 'pb' ? { ...t, pageId: other } : t));
    incoming.articles = incoming.articles.map((x) =>
      x.pageId === 'pb' ? { ...x, id: `${x.id}-b`, pageId: other } : x,
    );
    incoming.revisions = [];
    const plan = planRestore(existing, incoming);
    expect(plan.put.articles).toEqual([]);
    const doubled = incoming.articles.filter(
      (x) => x.pageId === other && x.paragraphs.some((p) => p.spans.length > 0),
    );
    expect(plan.conflicts.filter((c) => c.reason === 'owned-elsewhere')).toHaveLength(doubled.length);
  });

  it('leaves desk state out of a restore: not restored, not a conflict; work settings still conflict, by page name', () => {
    const existing = {
      ...projectData(),
      settings: [
        { key: 'ui.lastPage', value: { pageId: 'pa' } },
        { key: 'articles.selection.pa', value: ['x'] },
        { key: 'review.reviewer', value: '李' },
        { key: 'suggest.rejected.pb', value: ['r1'] },
      ],
    };
    const incoming = {
      ...projectData(),
      settings: [
        { key: 'ui.lastPage', value: { pageId: 'pb' } },
        { key: 'ui.theme', value: 'dark' },
        { key: 'articles.selection.pa', value: ['y'] },
        { key: 'review.reviewer', value: '王' },
        { key: 'suggest.rejected.pb', value: ['r2'] },
      ],
    };
    const plan = planRestore(existing, incoming);
    expect(plan.put.settings).toEqual([]);
    expect(plan.conflicts.filter((c) => c.table === 'settings')).toEqual([
      {
        table: 'settings',
        id: 'review.reviewer',
        label: 'review.reviewer',
        kept: 'existing',
        reason: 'different-value',
      },
      {
        table: 'settings',
        id: 'suggest.rejected.pb',
        label: 'suggest.rejected',
        page: existing.pages.find((p) => p.id === 'pb')!.name,
        kept: 'existing',
        reason: 'different-value',
      },
    ]);
    expect(plan.counts.settings).toEqual({ added: 0, updated: 0, unchanged: 0, keptExisting: 2 });
  });
});
