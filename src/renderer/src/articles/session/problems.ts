// checkPage over one page's states while the archivist works: the last state asked about
// is remembered, each field's result is kept across checks (fields are immutable and the
// raw text never changes), so a keystroke re-checks one field, and the span half of the
// check (every owner against every other) is kept while no span moved: typing moves none.

import {
  checkPage,
  checkSpans,
  type LeftBehindMemo,
  type PageArticles,
  type PageProblem,
  type SpanCheck,
} from '../../../../core/article';
import { sameSpans } from './sameSpans';

export class PageProblems {
  private readonly leftBehind: LeftBehindMemo = new WeakMap();
  private checked: { state: PageArticles; spans: SpanCheck; problems: PageProblem[] } | undefined;

  constructor(private readonly raw: string) {}

  of(state: PageArticles): PageProblem[] {
    const last = this.checked;
    if (last?.state === state) return last.problems;
    const spans =
      last && last.state.furniture === state.furniture && sameSpans(last.state.articles, state.articles)
        ? last.spans
        : checkSpans(this.raw, state);
    this.checked = { state, spans, problems: checkPage(this.raw, state, this.leftBehind, spans) };
    return this.checked.problems;
  }
}
