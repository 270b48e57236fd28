import type { ProjectSnapshot } from '../export/snapshot';
import type { ProjectData } from './types';

/** What an export reads, from the project's records (a backup or the app's tables). */
export function projectSnapshot(data: ProjectData): ProjectSnapshot {
  const raws = new Map(data.texts.map((t) => [t.pageId, t.raw]));
  const byPage = new Map<string, ProjectData['articles']>();
  for (const a of data.articles) {
    const list = byPage.get(a.pageId);
    if (list) list.push(a);
    else byPage.set(a.pageId, [a]);
  }
  return {
    pages: data.pages.map((page) => ({
      page,
      raw: raws.get(page.id) ?? '',
      articles: byPage.get(page.id) ?? [],
    })),
  };
}
