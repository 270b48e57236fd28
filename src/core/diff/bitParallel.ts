// Myers' bit-parallel edit distance in Hyyrö's multi-block form (as in edlib), for the
// global (Levenshtein) distance: 32 rows of the dynamic-programming table per machine word,
// so a column of an m-row table costs m/32 word steps instead of m cell updates.

/**
 * The last row of the Levenshtein table of `pattern` against every prefix of `text`:
 * `row[j]` is the distance between `pattern` and `text[0..j)`. Exact, O(|pattern|·|text|/32).
 */
export function lastRow(pattern: Int32Array, text: Int32Array): Int32Array {
  const m = pattern.length;
  const n = text.length;
  const row = new Int32Array(n + 1);
  if (m === 0) {
    for (let j = 0; j <= n; j++) row[j] = j;
    return row;
  }
  const blocks = (m + 31) >>> 5;
  const symbols = new Map<number, number>();
  for (let i = 0; i < m; i++) if (!symbols.has(pattern[i])) symbols.set(pattern[i], symbols.size);
  const peq = new Int32Array(symbols.size * blocks);
  for (let i = 0; i < m; i++) {
    const s = symbols.get(pattern[i])!;
    peq[s * blocks + (i >>> 5)] |= 1 << (i & 31);
  }
  const textSymbols = new Int32Array(n);
  for (let j = 0; j < n; j++) textSymbols[j] = symbols.get(text[j]) ?? -1;

  const pvs = new Int32Array(blocks).fill(-1);
  const mvs = new Int32Array(blocks);
  const lastBlock = blocks - 1;
  const lastBit = (m - 1) & 31;
  let score = m;
  row[0] = m;
  for (let j = 0; j < n; j++) {
    const base = textSymbols[j] * blocks;
    // The top row of a global alignment grows by one per column.
    let hin = 1;
    for (let b = 0; b < blocks; b++) {
      let eq = base < 0 ? 0 : peq[base + b];
      const pv = pvs[b];
      const mv = mvs[b];
      const xv = eq | mv;
      if (hin < 0) eq |= 1;
      const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      if (b === lastBlock) score += ((ph >>> lastBit) & 1) - ((mh >>> lastBit) & 1);
      const hout = (ph >>> 31) - (mh >>> 31);
      ph <<= 1;
      mh <<= 1;
      if (hin < 0) mh |= 1;
      else if (hin > 0) ph |= 1;
      pvs[b] = mh | ~(xv | ph);
      mvs[b] = ph & xv;
      hin = hout;
    }
    row[j + 1] = score;
  }
  return row;
}
