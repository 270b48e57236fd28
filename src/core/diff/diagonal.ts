// Ukkonen's diagonal transition (as in Landau–Vishkin): for each number of edits e, how far
// each diagonal of the table gets. Costs about e² steps plus the matched runs, so two texts
// that differ in a few thousand places are aligned in milliseconds however long they are.

import type { EditCounts } from './editCounts';

const UNREACHED = -1;
const STAY = 0;
const SUBSTITUTE = 1;
const INSERT = 2;
const DELETE = 3;

/**
 * Counts the edits of an optimal alignment of `a` into `b`, adding them to `counts`, when the
 * distance is at most `maxEdits`; returns false (counts untouched) when it is larger.
 */
export function alignByDiagonals(
  a: Int32Array,
  b: Int32Array,
  maxEdits: number,
  counts: EditCounts,
): boolean {
  const n = a.length;
  const m = b.length;
  const target = m - n;
  if (Math.abs(target) > maxEdits) return false;
  // Level e keeps diagonals -e..e at index k + e.
  const levels: Int32Array[] = [];
  for (let e = 0; e <= maxEdits; e++) {
    const cur = new Int32Array(2 * e + 1);
    if (e === 0) {
      cur[0] = slide(a, b, 0, 0, n, m);
    } else {
      const prev = levels[e - 1];
      const lo = Math.max(-e, -n);
      const hi = Math.min(e, m);
      cur.fill(UNREACHED);
      for (let k = lo; k <= hi; k++) {
        const i = furthest(prev, e - 1, k, n, m, null);
        cur[k + e] = i === UNREACHED ? i : slide(a, b, i, k, n, m);
      }
    }
    levels.push(cur);
    if (target >= -e && target <= e && cur[target + e] === n) {
      traceBack(levels, e, target, n, m, counts);
      return true;
    }
  }
  return false;
}

function slide(a: Int32Array, b: Int32Array, i: number, k: number, n: number, m: number): number {
  while (i < n && i + k < m && a[i] === b[i + k]) i++;
  return i;
}

const stepOut = new Int32Array(1);

/**
 * The furthest row diagonal k reaches with one edit more than level `pe` (array `prev`),
 * before sliding; the step taken goes to `step` when given. Ties go to the earlier
 * candidate: no edit first, then a substitution, then an insertion or deletion.
 */
function furthest(
  prev: Int32Array,
  pe: number,
  k: number,
  n: number,
  m: number,
  step: Int32Array | null,
): number {
  let i = UNREACHED;
  let how = STAY;
  if (k >= -pe && k <= pe) {
    const stay = prev[k + pe];
    if (stay !== UNREACHED) {
      i = stay;
      if (stay < n && stay + k < m) {
        i = stay + 1;
        how = SUBSTITUTE;
      }
    }
  }
  if (k - 1 >= -pe && k - 1 <= pe) {
    const left = prev[k - 1 + pe];
    if (left !== UNREACHED && left + k <= m && left > i) {
      i = left;
      how = INSERT;
    }
  }
  if (k + 1 >= -pe && k + 1 <= pe) {
    const above = prev[k + 1 + pe];
    if (above !== UNREACHED && above < n && above + 1 > i) {
      i = above + 1;
      how = DELETE;
    }
  }
  if (step) step[0] = how;
  return i;
}

function traceBack(
  levels: Int32Array[],
  e: number,
  k: number,
  n: number,
  m: number,
  counts: EditCounts,
): void {
  while (e > 0) {
    furthest(levels[e - 1], e - 1, k, n, m, stepOut);
    const how = stepOut[0];
    if (how === SUBSTITUTE) counts.substitutions++;
    else if (how === INSERT) {
      counts.insertions++;
      k--;
    } else if (how === DELETE) {
      counts.deletions++;
      k++;
    }
    e--;
  }
}
