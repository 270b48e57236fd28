// The index that makes a lookup cheap over thousands of pages: for every pair of
// adjacent characters (a bigram) the pages whose raw text holds it. A correction's `from`
// can only occur on a page holding all of its bigrams, so only those pages are read.
// Whitespace never sits in a correction, so pairs with whitespace are left out; a line
// break between two Han characters is folded first (fold.ts), so `末\n来` holds `末来`.

import { folded } from './fold';

/** Postings: page ordinals (ascending) per bigram, and each ordinal's page id. */
export interface GramIndex {
  pageIds: string[];
  postings: Map<string, number[]>;
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0x3000;
}

/** Bumped when gramsOf changes, so indexes kept from before are built again. */
export const GRAMS_VERSION = 2;

/** The distinct bigrams of a text with its breaks folded (pairs of UTF-16 code units without whitespace). */
export function gramsOf(raw: string): Set<string> {
  const text = folded(raw);
  const out = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) {
    if (isBlank(text.charCodeAt(i)) || isBlank(text.charCodeAt(i + 1))) continue;
    out.add(text.slice(i, i + 2));
  }
  return out;
}

export function emptyIndex(): GramIndex {
  return { pageIds: [], postings: new Map() };
}

/** Adds one page's raw text; pages are added once each, in the order they get their ordinals. */
export function addPage(index: GramIndex, pageId: string, raw: string): void {
  const ordinal = index.pageIds.length;
  index.pageIds.push(pageId);
  for (const g of gramsOf(raw)) {
    const list = index.postings.get(g);
    if (list) list.push(ordinal);
    else index.postings.set(g, [ordinal]);
  }
}

/** Sorted lists intersected, the shortest first. */
export function intersectSorted(lists: ReadonlyArray<readonly number[]>): number[] {
  if (lists.length === 0) return [];
  const sorted = [...lists].sort((a, b) => a.length - b.length);
  let acc = [...(sorted[0] ?? [])];
  for (const list of sorted.slice(1)) {
    const next: number[] = [];
    let j = 0;
    for (const x of acc) {
      while (j < list.length && (list[j] ?? 0) < x) j++;
      if (list[j] === x) next.push(x);
    }
    acc = next;
    if (acc.length === 0) break;
  }
  return acc;
}

/** The page ids that may hold `pattern` (every one of its bigrams); all pages when it has none. */
export function candidatePages(index: GramIndex, pattern: string): string[] {
  const grams = [...gramsOf(pattern)];
  if (grams.length === 0) return [...index.pageIds];
  const lists = grams.map((g) => index.postings.get(g) ?? []);
  return intersectSorted(lists).map((o) => index.pageIds[o] ?? '');
}
