// The archivist of the evaluation: corrects the first damaged occurrence of each term by
// hand (in a field holding its raw line), then looks at every proposal. Scores what
// Galley proposed against what was injected (injectErrors.ts).

import { extractCorrections } from '../../../../src/core/learn/extract';
import { foldBreaks, folded, foldedOffset, type Folded } from '../../../../src/core/learn/fold';
import { addPage, candidatePages, emptyIndex, type GramIndex } from '../../../../src/core/learn/grams';
import { occurrencesIn } from '../../../../src/core/learn/match';
import { correctionKey, type Correction } from '../../../../src/core/learn/types';
import type { InjectedCorpus, InjectedError } from './injectErrors';

export interface Proposal {
  page: number;
  start: number;
  correction: Correction;
}

export interface LearnScore {
  /** Injected errors left after the hand corrections, and how many of them were proposed. */
  remaining: number;
  found: number;
  proposals: number;
  right: number;
  recall: number;
  precision: number;
}

/** The corrections learned from hand-correcting the first damaged occurrence of each term. */
export function correctFirst(corpus: InjectedCorpus): {
  corrections: Correction[];
  corrected: Set<InjectedError>;
} {
  const firsts = new Map<string, InjectedError>();
  for (const e of corpus.errors) if (!firsts.has(e.term)) firsts.set(e.term, e);
  const learned = new Map<string, Correction>();
  let learnedFrom = 0;
  for (const e of firsts.values()) {
    learnedFrom++;
    const raw = corpus.damaged[e.page] ?? '';
    const lineStart = raw.lastIndexOf('\n', e.start - 1) + 1;
    const next = raw.indexOf('\n', e.end);
    const lineEnd = next < 0 ? raw.length : next;
    const line = raw.slice(lineStart, lineEnd);
    const after = line.slice(0, e.start - lineStart) + e.truth + line.slice(e.end - lineStart);
    // A field over two lines: joined by cleanup for every other term, still broken for the rest.
    const text = learnedFrom % 2 === 0 ? folded(line) : line;
    const field = { text, spans: [{ start: lineStart, end: lineEnd }] };
    for (const c of extractCorrections(raw, field, after)) {
      const { rawStart: _r, ...correction } = c;
      void _r;
      learned.set(correctionKey(correction), correction);
    }
  }
  return { corrections: [...learned.values()], corrected: new Set(firsts.values()) };
}

export function indexPages(pages: readonly string[]): GramIndex {
  const index = emptyIndex();
  pages.forEach((raw, i) => addPage(index, String(i), raw));
  return index;
}

/** Every recurrence of `c` on the indexed pages. */
export function proposalsFor(
  index: GramIndex,
  pages: readonly string[],
  c: Correction,
  { shareMemo = true } = {},
): Proposal[] {
  const out: Proposal[] = [];
  const memo = new Map<string, boolean>();
  for (const id of candidatePages(index, c.from)) {
    const page = Number(id);
    const found = occurrencesIn(pages[page] ?? '', c, shareMemo ? memo : new Map());
    for (const start of found) out.push({ page, start, correction: c });
  }
  return out;
}

/** Whether the proposal turns an injected error back into its truth (read with line breaks folded). */
function fixes(p: Proposal, e: InjectedError, page: Folded): boolean {
  if (e.page !== p.page) return false;
  const c = p.correction;
  const ch0 = foldedOffset(page, p.start) + c.at;
  const ch1 = ch0 + c.len;
  const e0 = foldedOffset(page, e.start);
  if (ch0 < e0 || ch1 > foldedOffset(page, e.end)) return false;
  const put = c.to.slice(c.at, c.to.length - (c.from.length - c.at - c.len));
  const fixed = e.damaged.slice(0, ch0 - e0) + put + e.damaged.slice(ch1 - e0);
  return fixed === e.truth;
}

export function score(
  corpus: InjectedCorpus,
  corrected: Set<InjectedError>,
  proposals: readonly Proposal[],
): LearnScore {
  const open = corpus.errors.filter((e) => !corrected.has(e));
  const pages = corpus.damaged.map((raw) => foldBreaks(raw));
  const found = new Set<InjectedError>();
  let right = 0;
  let counted = 0;
  for (const p of proposals) {
    // The hand-corrected places are corrected already: no proposal is shown there.
    const page = pages[p.page] ?? foldBreaks('');
    if ([...corrected].some((e) => fixes(p, e, page))) continue;
    counted++;
    const hit = open.find((e) => fixes(p, e, page));
    if (hit) {
      right++;
      found.add(hit);
    }
  }
  return {
    remaining: open.length,
    found: found.size,
    proposals: counted,
    right,
    recall: open.length === 0 ? 1 : found.size / open.length,
    precision: counted === 0 ? 1 : right / counted,
  };
}
