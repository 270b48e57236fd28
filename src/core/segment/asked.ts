// Headlines that ask or exclaim (`垃圾分类，你做对了吗？`, `消费提示！警惕…骗局`): the
// structure reading takes a line with sentence punctuation for prose, so position decides
// here. A short line printed alone in its block, with no full stop, right over a dateline
// is a headline: a story's text does not stop in one short line before the next dateline.

import type { Unit } from '../clean/structure';

// Longer lines are prose however they end: the longest titles run to about 30 characters.
const MAX_HEADLINE = 30;
const ASKS = /[？！?!]/u;
const FULL_STOP = /[。；;]/u;

/** Whether `u` (followed by `next`) is a headline that asks or exclaims. */
function asksOverDateline(u: Unit, next: Unit | undefined): boolean {
  return (
    u.kind === 'text' &&
    next?.kind === 'dateline' &&
    u.lastBlock.length === 1 &&
    u.spans.length === 1 &&
    u.text.length <= MAX_HEADLINE &&
    ASKS.test(u.text) &&
    !FULL_STOP.test(u.text)
  );
}

/** The units with each asking or exclaiming headline read as a headline. */
export function withAskedHeadlines(units: readonly Unit[]): Unit[] {
  return units.map((u, i) => (asksOverDateline(u, units[i + 1]) ? { ...u, kind: 'headline' } : u));
}
