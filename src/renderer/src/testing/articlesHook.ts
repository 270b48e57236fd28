// Build made for tests only: lets end-to-end tests and the benchmark set a raw selection
// (as a mouse drag would) and read what the session holds, through the raw view control.

import type { PageArticles } from '../../../core/article';
import type { Span } from '../../../core/model';
import type { ArticleSession } from '../articles/session/ArticleSession';
import type { RawViewControl } from '../rawview/control';

export interface GalleyArticlesHook {
  pageId: string;
  raw: string;
  select(ranges: Span[]): void;
  /** The raw view's selection, as spans. */
  selection(): Span[];
  state(): PageArticles;
  flush(): Promise<void>;
  /** How long each committed write took (ms), in the order they committed. */
  commitTimes(): number[];
}

declare global {
  interface Window {
    __galleyArticles?: GalleyArticlesHook;
  }
}

const commitTimes: number[] = [];

export function recordCommit(ms: number): void {
  if (commitTimes.length < 10_000) commitTimes.push(ms);
}

export function installArticlesHook(session: ArticleSession, control: RawViewControl): () => void {
  window.__galleyArticles = {
    pageId: session.pageId,
    raw: session.raw,
    select: (ranges) => control.select(ranges, { scroll: true, focus: true }),
    selection: () => control.selectionRanges(),
    state: () => session.getSnapshot().state,
    flush: () => session.flush(),
    commitTimes: () => [...commitTimes],
  };
  return () => {
    if (window.__galleyArticles?.pageId === session.pageId) delete window.__galleyArticles;
  };
}
