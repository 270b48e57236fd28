// What cleaning took out of a page, for `galley clean` to say (and for anyone who must
// account for every character): the reports the transforms leave (cleanText's `reports`),
// located on the raw page's lines. Only removals are listed; widened punctuation and
// closed-up spaces are changes `--diff` shows.

import type { CleanReport } from './types';

export interface Removal {
  /** What was removed: a continuation/jump mark (`①5`, `（下转第2版）`). */
  kind: 'continuation-mark';
  /** The transform that removed it. */
  transform: CleanReport['transform'];
  /** The removed text, trimmed. */
  text: string;
  /** The raw page's line it was on (from 1), when it can be found there. */
  line?: number;
}

/**
 * The removals among `reports`, in page order, each placed on the first raw line at or
 * after the previous one's that holds its text.
 */
export function removals(raw: string, reports: readonly CleanReport[]): Removal[] {
  const out: Removal[] = [];
  let from = 0;
  for (const r of reports) {
    if (r.kind !== 'continuation-mark') continue;
    const removal: Removal = { kind: r.kind, transform: r.transform, text: r.text };
    const at = r.text === '' ? -1 : raw.indexOf(r.text, from);
    if (at !== -1) {
      removal.line = lineOf(raw, at);
      from = at + r.text.length;
    }
    out.push(removal);
  }
  return out;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
