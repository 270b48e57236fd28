import type { ProjectData } from '../../../src/core/backup/types';
import { project } from '../export/fixtures';

/** The export fixture as the project's tables, with original bytes, a revision, a rule and settings. */
export function projectData(): ProjectData {
  const snapshot = project();
  return {
    pages: snapshot.pages.map((p) => p.page),
    texts: snapshot.pages.map((p, i) =>
      i === 0
        ? { pageId: p.page.id, raw: p.raw, bytes: new Uint8Array([0xb1, 0xbe, 0x00, 0xff, 13, 10]) }
        : { pageId: p.page.id, raw: p.raw },
    ),
    articles: snapshot.pages.flatMap((p) => p.articles),
    revisions: [
      {
        id: 'r1',
        articleId: 'pa-a0',
        pageId: 'pa',
        createdAt: 1_700_000_050_000,
        content: snapshot.pages[1].articles[0],
        status: 'draft',
      },
    ],
    rules: [
      { id: 'rule-1', name: '己→已', find: '己', replace: '已', regex: false, enabled: true, order: 0 },
    ],
    settings: [
      { key: 'reviewer', value: '李淑婷' },
      { key: 'layout', value: { split: 0.4, panels: ['raw', 'article'] } },
    ],
  };
}
