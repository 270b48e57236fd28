// The export's warning also names the articles a team merge left deleted on one side while
// changed on the other (kept per page by team sync): the archivist settles them in the
// Team dialog, or exports anyway without them.

import { useTranslation } from 'react-i18next';
import { deletedEditedFrom, type DeletedEditedRecord } from '../../../core/sync';
import type { Page } from '../../../core/model';
import type { GalleyDb } from '../db/db';

export async function loadDeletedEdited(
  db: GalleyDb,
  pageIds?: readonly string[],
): Promise<DeletedEditedRecord[]> {
  const rows = await db.settings.where('key').startsWith('sync.conflicts.').toArray();
  const found = deletedEditedFrom(rows);
  return pageIds ? found.filter((c) => pageIds.includes(c.pageId)) : found;
}

export function DeletedEditedList({
  items,
  pages,
}: {
  items: readonly DeletedEditedRecord[];
  pages: readonly Page[];
}) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  const path = (pageId: string): string => pages.find((p) => p.id === pageId)?.relativePath ?? pageId;
  return (
    <ul className="page-problems" data-testid="deleted-edited">
      {items.map((c) => (
        <li key={`${c.pageId}/${c.articleId}`} data-code="sync.deleted-edited">
          {t('export.deletedEdited', { page: path(c.pageId), title: c.title })}
        </li>
      ))}
    </ul>
  );
}
