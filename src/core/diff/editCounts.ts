// The edits of an optimal alignment (minimal Levenshtein distance) of one code-point
// sequence into another. Exact for any input: similar texts are aligned along diagonals
// (fast when the distance is small); otherwise Hirschberg's divide and conquer splits the
// problem with bit-parallel table rows until the halves are similar or small.

import { lastRow } from './bitParallel';
import { alignByDiagonals } from './diagonal';

/** Counts of an alignment of `from` into `to`: insertions are code points only `to` has. */
export interface EditCounts {
  insertions: number;
  deletions: number;
  substitutions: number;
}

/** Beyond this many edits the diagonal tables (about edits² integers) get too large to keep. */
const MAX_DIAGONAL_EDITS = 3000;
/** Tables up to this many cells are filled in full. */
const SMALL_TABLE = 4096;

export function editCounts(from: Int32Array, to: Int32Array): EditCounts {
  const counts: EditCounts = { insertions: 0, deletions: 0, substitutions: 0 };
  align(from, to, counts);
  return counts;
}

/** `distance`, when known (from a split), saves a diagonal attempt that could fail. */
function align(a: Int32Array, b: Int32Array, counts: EditCounts, distance?: number): void {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  a = a.subarray(start, endA);
  b = b.subarray(start, endB);
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) {
    counts.insertions += m;
    counts.deletions += n;
    return;
  }
  if (n * m <= SMALL_TABLE) {
    alignInFull(a, b, counts);
    return;
  }
  // The diagonals cost about distance² steps, the bit-parallel rows about n·m/32 words.
  const budget = Math.min(MAX_DIAGONAL_EDITS, Math.ceil(Math.sqrt((n * m) / 16)));
  if (
    distance === undefined
      ? alignByDiagonals(a, b, budget, counts)
      : distance <= budget && alignByDiagonals(a, b, distance, counts)
  ) {
    return;
  }

  const mid = n >>> 1;
  const forward = lastRow(a.subarray(0, mid), b);
  const backward = lastRow(reversed(a.subarray(mid)), reversed(b));
  let split = 0;
  let least = Infinity;
  for (let j = 0; j <= m; j++) {
    const cost = forward[j] + backward[m - j];
    if (cost < least) {
      least = cost;
      split = j;
    }
  }
  align(a.subarray(0, mid), b.subarray(0, split), counts, forward[split]);
  align(a.subarray(mid), b.subarray(split), counts, backward[m - split]);
}

function reversed(s: Int32Array): Int32Array {
  return s.slice().reverse();
}

const DIAGONAL = 0;
const UP = 1;
const LEFT = 2;

/** The textbook table with a traceback, preferring substitutions over insertion + deletion. */
function alignInFull(a: Int32Array, b: Int32Array, counts: EditCounts): void {
  const n = a.length;
  const m = b.length;
  const width = m + 1;
  const moves = new Uint8Array((n + 1) * width);
  let prev = new Int32Array(width);
  let cur = new Int32Array(width);
  for (let j = 0; j <= m; j++) {
    prev[j] = j;
    moves[j] = LEFT;
  }
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    moves[i * width] = UP;
    for (let j = 1; j <= m; j++) {
      let cost = prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      let move = DIAGONAL;
      if (prev[j] + 1 < cost) {
        cost = prev[j] + 1;
        move = UP;
      }
      if (cur[j - 1] + 1 < cost) {
        cost = cur[j - 1] + 1;
        move = LEFT;
      }
      cur[j] = cost;
      moves[i * width + j] = move;
    }
    [prev, cur] = [cur, prev];
  }
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const move = moves[i * width + j];
    if (move === DIAGONAL) {
      if (a[i - 1] !== b[j - 1]) counts.substitutions++;
      i--;
      j--;
    } else if (move === UP) {
      counts.deletions++;
      i--;
    } else {
      counts.insertions++;
      j--;
    }
  }
}
