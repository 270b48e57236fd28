// The share of a page's ink assigned or marked furniture, remembered for the last state
// asked about: typing keeps every span, so it is reused until one moves.

import type { InkIndex, PageArticles } from '../../../../core/article';
import { inkIndex } from '../../../../core/article';
import { sameSpans } from './sameSpans';

export class Coverage {
  private readonly ink: InkIndex;
  private last: { state: PageArticles; value: number } | undefined;

  constructor(raw: string) {
    this.ink = inkIndex(raw);
  }

  /** 0..1 */
  of(state: PageArticles): number {
    const last = this.last;
    if (last && last.state.furniture === state.furniture && sameSpans(last.state.articles, state.articles)) {
      return last.value;
    }
    const value = this.ink.coverage(state.articles, state.furniture);
    this.last = { state, value };
    return value;
  }
}
