// checkPage over one page's states while the archivist works: the last state asked about
// is remembered, each field's result is kept across checks (fields are immutable and the
// raw text never changes), so a keystroke re-checks one field, and the span half of the
// check (every owner against every other) is kept while no span moved: typing moves none.
// While it is kept, so are the problems of every article that did not change (what a
// field's text reproduces is judged against the owners alone), so a save made while typing
// checks the one article typed into, not a walk over all 80.
// A page just opened has no field checked yet: they are checked while the window is idle,
// so the first save of the first keystroke checks one field and not the whole page.

import {
  checkPage,
  checkSpans,
  leftBehind,
  type LeftBehindMemo,
  type PageArticles,
  type PageProblem,
  type SpanCheck,
} from '../../../../core/article';
import { fieldsOf, type Article } from '../../../../core/model';
import { sameSpans } from './sameSpans';

export class PageProblems {
  private readonly leftBehind: LeftBehindMemo = new WeakMap();
  private checked:
    | {
        state: PageArticles;
        spans: SpanCheck;
        problems: PageProblem[];
        /** Each article's own problems (its fields' text), found against `spans`. */
        byArticle: Map<Article, PageProblem[]>;
      }
    | undefined;

  /** With `current`, the session's state now: checked ahead in idle time (warmUp). */
  constructor(
    private readonly raw: string,
    current?: () => PageArticles,
  ) {
    if (current) this.warmUp(current);
  }

  of(state: PageArticles): PageProblem[] {
    const last = this.checked;
    if (last?.state === state) return last.problems;
    const kept =
      last && last.state.furniture === state.furniture && sameSpans(last.state.articles, state.articles)
        ? last
        : undefined;
    const spans = kept?.spans ?? checkSpans(this.raw, state);
    const problems = [...spans.problems];
    const byArticle = new Map<Article, PageProblem[]>();
    for (const article of state.articles) {
      let own = kept?.byArticle.get(article);
      // checkPage over the article alone, with the page's owners: its span half comes first.
      own ??= checkPage(this.raw, { ...state, articles: [article] }, this.leftBehind, spans).slice(
        spans.problems.length,
      );
      byArticle.set(article, own);
      problems.push(...own);
    }
    this.checked = { state, spans, problems, byArticle };
    return problems;
  }

  /** Checks the page in idle time, a field at a time, until `current()`'s state is checked. */
  private warmUp(current: () => PageArticles): void {
    if (typeof requestIdleCallback !== 'function') return;
    const step = (deadline: IdleDeadline) => {
      if (this.warm(current(), () => deadline.timeRemaining() > 2)) this.of(current());
      else requestIdleCallback(step);
    };
    requestIdleCallback(step);
  }

  /** True once every field of `state` is checked; stops early when `more()` says so. */
  private warm(state: PageArticles, more: () => boolean): boolean {
    for (const article of state.articles) {
      for (const [, f] of fieldsOf(article)) {
        if (this.leftBehind.has(f)) continue;
        if (!more()) return false;
        // checkPage keeps the same answer for a field read as it is (a widened dateline it works out anew).
        this.leftBehind.set(f, leftBehind(this.raw, f));
      }
    }
    return true;
  }
}
