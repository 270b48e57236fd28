// Present only when the app was opened with `?galley-test`: lets end-to-end tests and the
// benchmark set a raw selection (as a mouse drag would) and read what the session holds.

import { EditorSelection } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import type { PageArticles } from '../../../core/article';
import type { Span } from '../../../core/model';
import type { ArticleSession } from './session/ArticleSession';

export interface GalleyArticlesHook {
  pageId: string;
  raw: string;
  select(ranges: Span[]): void;
  /** The raw view's selection, as spans. */
  selection(): Span[];
  state(): PageArticles;
  flush(): Promise<void>;
  lastCommitAt(): number;
  commitTimes(): number[];
}

declare global {
  interface Window {
    __galleyArticles?: GalleyArticlesHook;
  }
}

export const testing =
  typeof location !== 'undefined' && new URLSearchParams(location.search).has('galley-test');

export function installArticlesHook(session: ArticleSession, view: EditorView): () => void {
  if (!testing) return () => {};
  window.__galleyArticles = {
    pageId: session.pageId,
    raw: session.raw,
    select(ranges) {
      view.dispatch({
        selection: EditorSelection.create(ranges.map((r) => EditorSelection.range(r.start, r.end))),
        scrollIntoView: true,
      });
      view.focus();
    },
    selection: () => view.state.selection.ranges.map((r) => ({ start: r.from, end: r.to })),
    state: () => session.getSnapshot().state,
    flush: () => session.flush(),
    lastCommitAt: () => session.lastCommitAt,
    commitTimes: () => [...session.commitTimes],
  };
  return () => {
    if (window.__galleyArticles?.pageId === session.pageId) delete window.__galleyArticles;
  };
}
