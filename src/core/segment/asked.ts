// Headlines that ask or exclaim (`垃圾分类，你做对了吗？`, `消费提示！警惕…骗局`): the
// structure reading takes a line with sentence punctuation for prose, so position decides
// here. A short line printed alone in its block (or under a headline line), with no full stop,
// right over a dateline is a headline: a story's text does not stop in one short line before
// the next dateline.
// So is one closing the block of a headline line above it (`普法问答` / `…被骗怎么办？`).

import type { Unit } from '../clean/structure';

// Longer lines are prose however they end: the longest titles run to about 30 characters.
const MAX_HEADLINE = 30;
const ASKS = /[？！?!]/u;
const FULL_STOP = /[。；;]/u;

/**
 * Whether `u` (between `prev` and `next`) is a headline that asks or exclaims: alone in its
 * block over a dateline, or closing the block of the headline line above it (its kicker).
 */
function asks(u: Unit, prev: Unit | undefined, next: Unit | undefined): boolean {
  if (
    u.kind !== 'text' ||
    u.spans.length !== 1 ||
    u.text.length > MAX_HEADLINE ||
    !ASKS.test(u.text) ||
    FULL_STOP.test(u.text)
  )
    return false;
  // In a block with no blank line, a headline line above it sets it apart as well (a label or
  // kicker), as does a blank line above it (a title the column set on two lines, `老旧小区加装电梯` /
  // `难在哪？`, opening the block of its dateline).
  const apart =
    u.lastBlock.length === 1 ||
    prev?.kind === 'headline' ||
    prev?.kind === 'heading' ||
    u.spans[0].start === u.lastBlock[0].start;
  if (next?.kind === 'dateline' && apart) return true;
  const last = u.lastBlock[u.lastBlock.length - 1];
  return (
    prev?.kind === 'headline' &&
    prev.lastBlock === u.lastBlock &&
    u.spans[0].start === last.start &&
    u.spans[0].end === last.end
  );
}

/** The units with each asking or exclaiming headline read as a headline. */
export function withAskedHeadlines(units: readonly Unit[]): Unit[] {
  return units.map((u, i) => (asks(u, units[i - 1], units[i + 1]) ? { ...u, kind: 'headline' } : u));
}
