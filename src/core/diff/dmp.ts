// The one place Galley calls diff-match-patch (Sanity's maintained TypeScript fork of
// Google's library), so charDiff, the provenance alignment and the benchmark agree on how
// it is asked.
import { cleanupSemantic, makeDiff, type Diff } from '@sanity/diff-match-patch';

export type { Diff };

/**
 * The diff of two texts, as [op, text] tuples (-1 delete, 0 equal, 1 insert). `timeout` is
 * in seconds before it settles for a non-minimal diff; 0 means no limit (the fork reads 0
 * as its default of one second, and any negative number as none).
 */
export function diffTexts(a: string, b: string, timeout: number, semantic = false): Diff[] {
  const diffs = makeDiff(a, b, { checkLines: false, timeout: timeout <= 0 ? -1 : timeout });
  return semantic ? cleanupSemantic(diffs) : diffs;
}
