// A changed version of a page whose work was carried over: the corpus holds the newest
// version's articles only, once, and says which earlier version it left out.
import { describe, expect, it } from 'vitest';
import { carryOver } from '../../../src/core/article/carryOver';
import { exportProject } from '../../../src/core/export/exportProject';
import type { ExportRecord } from '../../../src/core/export/schema';
import { EXPORT_FORMATS, type ExportOptions, type ProjectSnapshot } from '../../../src/core/export/snapshot';
import { skippedVersions, supersededPages } from '../../../src/core/export/superseded';
import type { Page } from '../../../src/core/model';
import { article, page, spanOf } from './fixtures';

const OLD = ['防汛演练', '本报讯 昨日上午，区防汛指挥部组织演练。', '记者 王赛华'].join('\n');
const NEW = `第3版\n${OLD.replace('组织演练', '组织了演练')}`;
const ALL: ExportOptions = { scope: { pages: 'all', reviewedOnly: false }, formats: EXPORT_FORMATS };

const at = (id: string, importedAt: number, changedVersionOf?: string): Page => ({
  ...page(id, 'issue-3/page-07.txt', id === 'v1' ? OLD : NEW),
  importedAt,
  ...(changedVersionOf === undefined ? {} : { changedVersionOf }),
});

/** Two versions of one page, the work carried from the first to the second. */
function twoVersions(): ProjectSnapshot {
  const articles = [
    article('v1', 0, {
      title: { text: '防汛演练', spans: [spanOf(OLD, '防汛演练')] },
      paragraphs: [
        { text: '本报讯 昨日上午，区防汛指挥部组织演练。', spans: [spanOf(OLD, '本报讯 昨日上午')] },
      ],
      status: 'reviewed',
    }),
  ];
  let n = 0;
  const carried = carryOver(OLD, NEW, { pageId: 'v1', articles, furniture: [] }, 'v2', {
    now: 1_700_000_500_000,
    newId: () => `carried-${n++}`,
  });
  return {
    pages: [
      { page: at('v2', 1_700_000_400_000, 'v1'), raw: NEW, articles: [...carried.state.articles] },
      { page: at('v1', 1_700_000_000_000), raw: OLD, articles },
    ],
  };
}

const text = (data: string | Uint8Array) =>
  typeof data === 'string' ? data : new TextDecoder().decode(data);

describe('earlier versions of a page', () => {
  it('exports the carried articles once, from the newest version, and reports the earlier one as skipped', () => {
    const project = twoVersions();
    const files = exportProject(project, ALL);
    const corpus = text(files.find((f) => f.path === 'corpus.jsonl')!.data)
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as ExportRecord);
    expect(corpus.map((r) => [r.source.sha256, r.title])).toEqual([
      [project.pages[0].page.sha256, '防汛演练'],
    ]);
    expect(corpus[0].spans.map((s) => s.text)).toEqual(['防汛演练', '本报讯 昨日上午']);
    // One page folder, not a second one for the earlier version.
    expect(files.filter((f) => f.path.endsWith('.md')).map((f) => f.path)).toEqual([
      'issue-3/page-07/page-07.md',
    ]);
    // Every file as if the project held the newest version alone.
    expect(files).toEqual(exportProject({ pages: [project.pages[0]] }, ALL));
    const manifest = text(files.find((f) => f.path === 'manifest.csv')!.data)
      .trim()
      .split('\n');
    expect(manifest).toHaveLength(2);

    expect(skippedVersions(project.pages, ALL.scope)).toEqual([
      { pageId: 'v1', relativePath: 'issue-3/page-07.txt', articles: 1 },
    ]);
    // The project keeps the earlier version: nothing of it is changed.
    expect(project.pages[1].articles).toHaveLength(1);
  });

  it('marks every version but the newest along a chain, and nothing for a loop or a missing page', () => {
    expect([...supersededPages([at('v3', 3, 'v2'), at('v2', 2, 'v1'), at('v1', 1)])]).toEqual([
      ['v2', 'v3'],
      ['v1', 'v2'],
    ]);
    // A damaged backup naming pages in a loop, or a page since deleted: every page stays.
    expect(supersededPages([at('a', 5, 'b'), at('b', 5, 'a'), at('c', 6, 'gone')]).size).toBe(0);
  });

  it('exports the earlier version when the newer one is not in the project, and skips nothing without articles', () => {
    const [newer, older] = twoVersions().pages;
    const alone = exportProject({ pages: [older] }, ALL);
    expect(alone.some((f) => f.path === 'corpus.jsonl')).toBe(true);
    const reviewedOnly = { pages: 'all' as const, reviewedOnly: true };
    const unreviewed = {
      ...older,
      articles: older.articles.map((a) => ({ ...a, status: 'draft' as const })),
    };
    expect(skippedVersions([newer, unreviewed], reviewedOnly)).toEqual([]);
    expect(skippedVersions([newer, older], { pages: ['v2'], reviewedOnly: false })).toEqual([]);
  });
});
