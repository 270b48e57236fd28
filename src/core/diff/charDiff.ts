// A character-level diff for display: Chinese has no word boundaries, so the unit is the
// character, and a character made of several code units (an emoji, a base letter with its
// accent, a CJK extension character) is never cut in two. diff-match-patch works on code
// units, so each grapheme is mapped to one code unit first (its lines-to-chars trick).

import { diffTexts, type Diff } from './dmp';
import { graphemes, isOneUnitPerGrapheme } from './graphemes';

export type DiffOp = 'equal' | 'insert' | 'delete';

export interface DiffChunk {
  op: DiffOp;
  text: string;
}

export interface CharDiffOptions {
  /** Merge tiny equalities between changes into the changes, for readability (default true). */
  semantic?: boolean;
  /** Seconds before diff-match-patch settles for a non-minimal diff (default 1; 0 = no limit). */
  timeout?: number;
}

const OPS: Record<number, DiffOp> = { [-1]: 'delete', 0: 'equal', 1: 'insert' };

/** The chunks that turn `from` into `to`: equal, deleted (in `from` only) and inserted (in `to` only). */
export function charDiff(from: string, to: string, options: CharDiffOptions = {}): DiffChunk[] {
  const timeout = options.timeout ?? 1;
  const semantic = options.semantic ?? true;
  let diffs: Diff[];
  let clusters = new Map<string, string>();
  if (isOneUnitPerGrapheme(from) && isOneUnitPerGrapheme(to)) {
    diffs = diffTexts(from, to, timeout, semantic);
  } else {
    const a = graphemes(from);
    const b = graphemes(to);
    const encoded = encode(a, b);
    clusters = encoded.clusters;
    diffs = diffTexts(codesOf(a, encoded.codes), codesOf(b, encoded.codes), timeout, semantic);
  }
  const out: DiffChunk[] = [];
  for (const [op, text] of diffs) {
    if (text === '') continue;
    let decoded = text;
    if (clusters.size > 0) {
      decoded = '';
      for (let i = 0; i < text.length; i++) decoded += clusters.get(text[i]) ?? text[i];
    }
    const last = out[out.length - 1];
    if (last && last.op === OPS[op]) last.text += decoded;
    else out.push({ op: OPS[op], text: decoded });
  }
  return out;
}

/**
 * One code unit per grapheme: a single-unit grapheme stands for itself (so cleanup still
 * sees real punctuation and spaces); longer ones get a private-use code no text here uses.
 */
function encode(a: string[], b: string[]): { codes: Map<string, string>; clusters: Map<string, string> } {
  const codes = new Map<string, string>();
  const clusters = new Map<string, string>();
  const used = new Set<number>();
  const long: string[] = [];
  for (const list of [a, b]) {
    for (const g of list) {
      if (g.length === 1) used.add(g.charCodeAt(0));
      else if (!codes.has(g)) {
        codes.set(g, '');
        long.push(g);
      }
    }
  }
  let next = 0xe000;
  for (const g of long) {
    while (used.has(next) || (next >= 0xd800 && next <= 0xdfff)) next++;
    if (next > 0xffff) throw new Error('charDiff: too many distinct multi-unit characters');
    const code = String.fromCharCode(next++);
    codes.set(g, code);
    clusters.set(code, g);
  }
  return { codes, clusters };
}

function codesOf(list: string[], codes: Map<string, string>): string {
  if (codes.size === 0) return list.join('');
  let out = '';
  for (const g of list) out += g.length === 1 ? g : codes.get(g)!;
  return out;
}
