// Live rows for the review: one page's articles or the whole corpus, with each article's
// figures against its page's raw text. Raw texts are read once per page and kept.

import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import type { Article, Page } from '../../../core/model';
import type { GalleyDb } from '../db/db';
import { buildRows, type ReviewRow } from './reviewRows';

export type ReviewScope = { kind: 'page'; pageId: string } | { kind: 'corpus' };

export interface ReviewData {
  rows: ReviewRow[];
  /** Raw text of each page in scope, by page id. */
  raws: ReadonlyMap<string, string>;
}

export function useReviewRows(db: GalleyDb, scope: ReviewScope): ReviewData | null {
  const pageId = scope.kind === 'page' ? scope.pageId : null;
  const pages = useLiveQuery((): Promise<Page[]> => db.pages.toArray(), [db], null);
  const articles = useLiveQuery(
    (): Promise<Article[]> =>
      pageId === null
        ? db.articles.toArray()
        : db.articles.where('[pageId+order]').between([pageId, -Infinity], [pageId, Infinity]).toArray(),
    [db, pageId],
    null,
  );
  const [raws, setRaws] = useState<Map<string, string>>(() => new Map());

  const needed = useMemo(() => {
    if (!articles) return [];
    return [...new Set(articles.map((a) => a.pageId))].filter((id) => !raws.has(id));
  }, [articles, raws]);

  useEffect(() => {
    if (needed.length === 0) return;
    let live = true;
    void db.texts.bulkGet(needed).then((texts) => {
      if (!live) return;
      setRaws((old) => {
        const next = new Map(old);
        needed.forEach((id, i) => next.set(id, texts[i]?.raw ?? ''));
        return next;
      });
    });
    return () => {
      live = false;
    };
  }, [db, needed]);

  return useMemo(() => {
    if (!pages || !articles || needed.length > 0) return null;
    return { rows: buildRows(pages, articles, raws), raws };
  }, [pages, articles, raws, needed]);
}
