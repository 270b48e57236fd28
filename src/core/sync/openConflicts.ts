// The conflicts a team merge left open, read from the project's tables (the app's Dexie, a
// backup) rather than from the shared documents, so the export dialog and `galley export`
// can refuse a corpus that still has them:
//   - an article deleted on one side while changed on the other: the documents alone know
//     it, so the app keeps each page's list in a setting (`sync.conflicts.<pageId>`), which
//     travels in backups like every setting;
//   - raw text given to two owners (checkPage's span problems), found on the articles.

import { projectProblems, type ProjectTables } from '../article/projectProblems';
import type { Setting } from '../backup/types';

const PREFIX = 'sync.conflicts.';

export interface DeletedEditedRecord {
  pageId: string;
  articleId: string;
  /** The article's title when the conflict was found (to name it to the archivist). */
  title: string;
}

export type OpenConflict =
  | ({ code: 'sync.deleted-edited' } & DeletedEditedRecord)
  | { code: 'span.shared' | 'span.unsorted' | 'span.out-of-range'; pageId: string };

/** The setting key that holds one page's deleted-while-edited conflicts. */
export function conflictsKey(pageId: string): string {
  return PREFIX + pageId;
}

export function isConflictsKey(key: string): boolean {
  return key.startsWith(PREFIX);
}

/** Every deleted-while-edited conflict kept in `settings`; malformed values are skipped. */
export function deletedEditedFrom(settings: readonly Setting[]): DeletedEditedRecord[] {
  const found: DeletedEditedRecord[] = [];
  for (const { key, value } of settings) {
    if (!isConflictsKey(key) || !Array.isArray(value)) continue;
    const pageId = key.slice(PREFIX.length);
    for (const item of value as unknown[]) {
      const { articleId, title } = (item ?? {}) as { articleId?: unknown; title?: unknown };
      if (typeof articleId === 'string')
        found.push({ pageId, articleId, title: typeof title === 'string' ? title : '' });
    }
  }
  return found;
}

/**
 * The open conflicts of a project's pages (all, or those in `pageIds`): deleted-while-edited
 * ones from the settings, then one-owner breaks, at most one of each kind per page.
 */
export function openConflicts(
  data: ProjectTables & { settings: readonly Setting[] },
  pageIds?: readonly string[],
): OpenConflict[] {
  const wanted = pageIds ? new Set(pageIds) : null;
  const inScope = (pageId: string): boolean => wanted === null || wanted.has(pageId);
  const conflicts: OpenConflict[] = deletedEditedFrom(data.settings)
    .filter((c) => inScope(c.pageId))
    .map((c) => ({ code: 'sync.deleted-edited' as const, ...c }));
  const codes = new Map<string, Set<string>>();
  for (const { page, problem } of projectProblems(data, pageIds)) {
    if (!problem.code.startsWith('span.')) continue;
    const seen = codes.get(page.id) ?? new Set<string>();
    codes.set(page.id, seen);
    if (seen.has(problem.code)) continue;
    seen.add(problem.code);
    conflicts.push({ code: problem.code as 'span.shared', pageId: page.id });
  }
  return conflicts;
}
