// Provenance of corrected text: which characters of a field's text came from which of its
// raw characters (core/clean/align's alignField, derived on demand), and what that means
// when raw text is taken away from a field or a field is cut in two.
//
// The rule: taking raw spans away from a field removes exactly the characters of its text
// read from them, and keeps every other correction. Characters the archivist typed go with
// the raw characters they replaced (the ones deleted where they were typed) or, with no
// such evidence, with their neighbours. Typed text with a taken neighbour on one side and
// a kept one on the other (or with mixed evidence) has no clean cut: the operation returns
// both versions (a NeedsChoice) instead of guessing, duplicating or losing it.

import { alignField, splitSpansAt } from '../clean/align';
import { isBlankCode } from '../clean/script';
import type { FieldRef, Span, TextField } from '../model';
import { normalise, subtract } from './spans';
import { joiner, mapsExactly, rawOffsetOf, tidyText } from './tidy';

const KEEP = 1;
const GO = 2;
const EITHER = 3;

/** What taking raw spans away leaves of one field. */
export type FieldCut =
  /** A clean cut: the field as it is left. */
  | { kind: 'clean'; field: TextField }
  /**
   * No clean cut: `keep` leaves the doubtful typed text with the field, `drop` sends it
   * away with the taken raw text. Both have the same spans.
   */
  | { kind: 'choice'; keep: TextField; drop: TextField };

/** A field whose text has no clean cut, with both candidate versions: data the UI shows. */
export interface NeedsChoice {
  articleId: string;
  field: FieldRef;
  /** The field's text now. */
  before: string;
  /** Its text if the doubtful typed characters stay with it. */
  keep: string;
  /** Its text if they go with the raw text that is taken away. */
  drop: string;
}

/** The archivist's answer for one field of a NeedsChoice. */
export interface Choice {
  articleId: string;
  field: FieldRef;
  pick: 'keep' | 'drop';
}

/** Trims a span list: no span starts or ends on whitespace; whitespace-only spans go. */
function trimmed(raw: string, spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    let { start, end } = s;
    while (start < end && isBlankCode(raw.charCodeAt(start))) start++;
    while (end > start && isBlankCode(raw.charCodeAt(end - 1))) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}

/**
 * The text made of the characters of class `want` (others dropped). Whitespace inside a
 * stretch that lost nothing is kept; where characters were dropped between two kept ones,
 * a single joiner (see tidy's joiner) replaces any whitespace there was.
 */
function gather(text: string, cls: Uint8Array, want: number): string {
  let out = '';
  let last = -1;
  let skipped = false;
  for (let i = 0; i < text.length; i++) {
    const c = cls[i];
    if (c === 0) continue;
    if (c !== want) {
      skipped = true;
      continue;
    }
    if (last >= 0) {
      const between = text.slice(last + 1, i);
      if (!skipped) out += between;
      else if (/\s/.test(between)) out += joiner(text[last], text[i]);
    }
    out += text[i];
    last = i;
    skipped = false;
  }
  return out;
}

/**
 * Classes of the text's characters when the raw characters for which `goes` is true are
 * taken away: KEEP, GO or EITHER for non-whitespace characters, 0 for whitespace.
 */
function classify(raw: string, field: TextField, goes: (rawOffset: number) => boolean): Uint8Array {
  const text = field.text;
  const al = alignField(field, raw);
  const inkIndex = new Map<number, number>();
  al.ink.forEach((p, k) => inkIndex.set(p, k));
  const allGo = al.ink.every(goes);
  const cls = new Uint8Array(text.length);
  const letters: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (isBlankCode(text.charCodeAt(i))) continue;
    letters.push(i);
    if (al.toRaw[i] !== -1) cls[i] = goes(al.toRaw[i]) ? GO : KEEP;
  }
  for (let u = 0; u < letters.length; u++) {
    if (cls[letters[u]] !== 0) continue;
    let v = u;
    while (v + 1 < letters.length && cls[letters[v + 1]] === 0) v++;
    const left = u > 0 ? letters[u - 1] : -1;
    const right = v + 1 < letters.length ? letters[v + 1] : -1;
    const lc = left >= 0 ? cls[left] : 0;
    const rc = right >= 0 ? cls[right] : 0;
    // Evidence: the raw characters deleted where this text was typed.
    const il = left >= 0 ? (inkIndex.get(al.toRaw[left]) ?? -1) : -1;
    const ir = right >= 0 ? (inkIndex.get(al.toRaw[right]) ?? -1) : -1;
    const deleted: number[] = [];
    if (il >= 0 && ir >= 0) {
      for (let k = il + 1; k < ir; k++) if (al.toText[k] === -1) deleted.push(al.ink[k]);
    } else if (ir >= 0) {
      for (let k = ir - 1; k >= 0 && al.toText[k] === -1; k--) deleted.push(al.ink[k]);
    } else if (il >= 0) {
      for (let k = il + 1; k < al.ink.length && al.toText[k] === -1; k++) deleted.push(al.ink[k]);
    }
    let c: number;
    if (deleted.length > 0) {
      const going = deleted.filter(goes).length;
      c = going === 0 ? KEEP : going === deleted.length ? GO : EITHER;
    } else if (lc && rc) c = lc === rc ? lc : EITHER;
    else if (lc || rc) c = lc || rc;
    else c = allGo ? EITHER : KEEP;
    for (let w = u; w <= v; w++) cls[letters[w]] = c;
    u = v;
  }
  return cls;
}

function isIn(spans: readonly Span[]): (offset: number) => boolean {
  const sorted = normalise(spans);
  return (p) => {
    let lo = 0;
    let hi = sorted.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].end <= p) lo = mid + 1;
      else if (sorted[mid].start > p) hi = mid - 1;
      else return true;
    }
    return false;
  };
}

/**
 * A field after raw spans `cut` are taken away from it: its spans without them, its text
 * without the characters read from them (see the module comment).
 */
export function takeFromField(raw: string, field: TextField, cut: readonly Span[]): FieldCut {
  const spans = trimmed(raw, subtract(field.spans, cut));
  // An uncorrected field simply says what its remaining spans say.
  if (mapsExactly(raw, field.text, field.spans))
    return { kind: 'clean', field: { text: tidyText(raw, spans), spans } };
  const cls = classify(raw, field, isIn(cut));
  const doubtful = cls.some((c) => c === EITHER);
  const keepCls = cls.map((c) => (c === EITHER ? KEEP : c));
  const keep: TextField = { text: gather(field.text, keepCls, KEEP), spans };
  if (!doubtful) return { kind: 'clean', field: keep };
  const dropCls = cls.map((c) => (c === EITHER ? GO : c));
  return { kind: 'choice', keep, drop: { text: gather(field.text, dropCls, KEEP), spans } };
}

/**
 * A field cut in two at `offset` of its text: the halves of the text (whitespace at the
 * cut trimmed), each with the raw spans its characters were read from.
 */
export function splitFieldAt(raw: string, field: TextField, offset: number): [TextField, TextField] {
  const head = field.text.slice(0, offset).trimEnd();
  const tail = field.text.slice(offset).trimStart();
  if (field.spans.length === 0)
    return [
      { text: head, spans: [] },
      { text: tail, spans: [] },
    ];
  if (mapsExactly(raw, field.text, field.spans)) {
    const point = rawOffsetOf(raw, field.text, field.spans, offset);
    return [
      {
        text: head,
        spans: trimmed(raw, subtract(field.spans, [{ start: point, end: Number.MAX_SAFE_INTEGER }])),
      },
      { text: tail, spans: trimmed(raw, subtract(field.spans, [{ start: 0, end: point }])) },
    ];
  }
  const [a, b] = splitSpansAt(field, raw, offset);
  return [
    { text: head, spans: a },
    { text: tail, spans: b },
  ];
}
