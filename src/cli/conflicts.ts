// `galley export` refuses a corpus with open team conflicts (core/sync openConflicts)
// unless `--allow-conflicts` is given: exported as they are, a conflict's text would be
// missing or appear twice. Each conflict is named by page so the archivist can find it.

import type { ProjectData } from '../core/backup/types';
import { openConflicts, type OpenConflict } from '../core/sync/openConflicts';

/** The exit code of an export refused for open conflicts (1 is any other failure). */
export const CONFLICTS_EXIT = 3;

function describe(c: OpenConflict, path: string): string {
  switch (c.code) {
    case 'sync.deleted-edited':
      return `${path}: “${c.title}” (article ${c.articleId}) was deleted on one side while changed on the other; keep or delete it in Galley's Team dialog`;
    case 'span.shared':
      return `${path}: the same raw text is given to two owners`;
    case 'span.unsorted':
      return `${path}: an owner's raw spans overlap or are out of order`;
    case 'span.out-of-range':
      return `${path}: a span reaches past the end of the raw text`;
  }
}

/**
 * Writes the open conflicts of the export's pages to stderr and returns the exit code to
 * stop with, or null to go on (none, or allowed).
 */
export function refuseConflicts(
  data: ProjectData,
  pageIds: readonly string[] | undefined,
  allowed: boolean,
  write: (line: string) => void,
): number | null {
  const conflicts = openConflicts(data, pageIds);
  if (conflicts.length === 0) return null;
  const paths = new Map(data.pages.map((p) => [p.id, p.relativePath]));
  const head = allowed
    ? `exporting anyway (--allow-conflicts): ${conflicts.length} open conflict${conflicts.length === 1 ? '' : 's'}`
    : `refused: ${conflicts.length} open conflict${conflicts.length === 1 ? '' : 's'} (settle them in Galley, or pass --allow-conflicts)`;
  write(`galley export: ${head}\n`);
  for (const c of conflicts) write(`  ${describe(c, paths.get(c.pageId) ?? c.pageId)}\n`);
  return allowed ? null : CONFLICTS_EXIT;
}
