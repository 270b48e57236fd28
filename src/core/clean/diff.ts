// Character-level diff of a text before and after a transform: what the preview shows and
// `galley clean --diff` prints.

import DiffMatchPatch from 'diff-match-patch';

export interface DiffPart {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

const OPS = { [-1]: 'delete', 0: 'equal', 1: 'insert' } as const;

/**
 * The changes from `before` to `after`, character by character, with trivial equalities
 * folded in so a changed word reads as one change. `timeoutMs` bounds the work on huge texts.
 */
export function diffChars(before: string, after: string, timeoutMs = 2000): DiffPart[] {
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = timeoutMs / 1000;
  const diffs = dmp.diff_main(before, after);
  dmp.diff_cleanupSemantic(diffs);
  return diffs.map(([op, text]) => ({ op: OPS[op as -1 | 0 | 1], text }));
}
