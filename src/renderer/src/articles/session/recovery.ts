// The write after a failed one. The failed write may have been partly followed by later
// writes made on top of it, so the store's rows for this page are known only as of the
// last committed state: write from there, and cover every article written since.

import type { Changes, PageArticles } from '../../../../core/article';
import { changesBetween } from '../../../../core/article';

/**
 * From `confirmed` (the last committed state) to `target`, plus every article in `touched`
 * (put or removed by a write since): those still on the page are written again, the others
 * removed, so a deletion in the failed write (a merge's second article) is not forgotten.
 */
export function recoveryChanges(
  confirmed: PageArticles,
  target: PageArticles,
  touched: ReadonlySet<string>,
): Changes {
  const changes = changesBetween(confirmed, target);
  const put = new Set(changes.put);
  const onPage = new Set<string>();
  for (const a of target.articles) {
    onPage.add(a.id);
    if (touched.has(a.id)) put.add(a);
  }
  const remove = new Set(changes.remove);
  for (const id of touched) if (!onPage.has(id)) remove.add(id);
  return {
    put: [...put],
    remove: [...remove],
    // The page row (article count, coverage) is written again too.
    furnitureChanged: changes.furnitureChanged || touched.size > 0,
  };
}
