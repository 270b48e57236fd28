// checkPage over one page's states while the archivist works: the last state asked about
// is remembered, and each field's result is kept across checks (fields are immutable and
// the raw text never changes), so a keystroke re-checks one field.

import {
  checkPage,
  type LeftBehindMemo,
  type PageArticles,
  type PageProblem,
} from '../../../../core/article';

export class PageProblems {
  private readonly leftBehind: LeftBehindMemo = new WeakMap();
  private checked: { state: PageArticles; problems: PageProblem[] } | undefined;

  constructor(private readonly raw: string) {}

  of(state: PageArticles): PageProblem[] {
    if (this.checked?.state !== state)
      this.checked = { state, problems: checkPage(this.raw, state, this.leftBehind) };
    return this.checked.problems;
  }
}
