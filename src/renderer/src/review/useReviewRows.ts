// Live rows for the review: one page's articles or the whole corpus, with each article's
// figures against its page's raw text. Raw texts are read once per page and kept.

import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import type { Article, Page } from '../../../core/model';
import type { GalleyDb } from '../db/db';
import { buildRows, figuresOf, type ReviewRow } from './reviewRows';

export type ReviewScope = { kind: 'page'; pageId: string } | { kind: 'corpus' };

export interface ReviewData {
  rows: ReviewRow[];
  /** Raw text of each page in scope, by page id. */
  raws: ReadonlyMap<string, string>;
}

export interface ReviewProgress {
  done: number;
  total: number;
}

const SLICE_MS = 30;

export function useReviewRows(
  db: GalleyDb,
  scope: ReviewScope,
): { data: ReviewData | null; progress: ReviewProgress | null; current: boolean } {
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

  // Figures are exact edit distances: on a large corpus the first count takes seconds, so
  // it runs in slices between frames, with progress, and the last rows stay on screen
  // until the new ones are ready (a mark or an edit recounts one article only).
  const [ready, setReady] = useState<{ for: Article[]; data: ReviewData } | null>(null);
  const [progress, setProgress] = useState<ReviewProgress | null>(null);
  useEffect(() => {
    if (!pages || !articles || needed.length > 0) return;
    let live = true;
    let i = 0;
    const step = () => {
      if (!live) return;
      const until = performance.now() + SLICE_MS;
      while (i < articles.length && performance.now() < until) {
        const a = articles[i++];
        const raw = raws.get(a.pageId);
        if (raw !== undefined) figuresOf(a, raw);
      }
      if (i < articles.length) {
        setProgress({ done: i, total: articles.length });
        setTimeout(step, 0);
        return;
      }
      setProgress(null);
      setReady({ for: articles, data: { rows: buildRows(pages, articles, raws), raws } });
    };
    step();
    return () => {
      live = false;
    };
  }, [pages, articles, raws, needed]);

  return { data: ready?.data ?? null, progress, current: ready !== null && ready.for === articles };
}
