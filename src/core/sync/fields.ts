// A field in the document and back: the text as Y.Text (so concurrent typing merges), the
// spans as one plain value beside it (provenance is replaced whole, never merged by parts).

import * as Y from 'yjs';
import type { Span, TextField } from '../model';
import type { FieldMap } from './layout';

export function newFieldMap(field: TextField): FieldMap {
  const map: FieldMap = new Y.Map();
  map.set('text', new Y.Text(field.text));
  map.set(
    'spans',
    field.spans.map(({ start, end }) => ({ start, end })),
  );
  return map;
}

export function readField(map: FieldMap | undefined): TextField {
  if (!map) return { text: '', spans: [] };
  const text = map.get('text');
  const spans = map.get('spans');
  return {
    text: text instanceof Y.Text ? String(text.toJSON()) : '',
    spans: Array.isArray(spans) ? (spans as Span[]).map(({ start, end }) => ({ start, end })) : [],
  };
}

/**
 * Writes the archivist's change of a field (`prev` → `next`) into the document: the text as
 * the one changed run (common start and end kept), so someone else's typing elsewhere in
 * the field survives. Offsets are clamped to the shared text, which may have moved on.
 */
export function writeField(map: FieldMap, prev: TextField, next: TextField): void {
  if (prev.text !== next.text) {
    let text = map.get('text');
    if (!(text instanceof Y.Text)) {
      text = new Y.Text();
      map.set('text', text);
    }
    spliceText(text, prev.text, next.text);
  }
  if (!sameSpans(prev.spans, next.spans))
    map.set(
      'spans',
      next.spans.map(({ start, end }) => ({ start, end })),
    );
}

function spliceText(text: Y.Text, prev: string, next: string): void {
  let head = 0;
  const most = Math.min(prev.length, next.length);
  while (head < most && prev.charCodeAt(head) === next.charCodeAt(head)) head++;
  let tail = 0;
  while (
    tail < most - head &&
    prev.charCodeAt(prev.length - 1 - tail) === next.charCodeAt(next.length - 1 - tail)
  )
    tail++;
  // Never cut a surrogate pair in two: Y.Text counts UTF-16 units as we do, but an insert
  // landing between a pair would leave each half alone after a concurrent edit.
  if (head > 0 && isHighSurrogate(prev.charCodeAt(head - 1))) head--;
  if (tail > 0 && isLowSurrogate(prev.charCodeAt(prev.length - tail))) tail--;
  const at = Math.min(head, text.length);
  const removed = Math.min(prev.length - head - tail, text.length - at);
  if (removed > 0) text.delete(at, removed);
  const inserted = next.slice(head, next.length - tail);
  if (inserted) text.insert(at, inserted);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

export function sameSpans(a: readonly Span[], b: readonly Span[]): boolean {
  return a.length === b.length && a.every((s, i) => s.start === b[i].start && s.end === b[i].end);
}

export function sameField(a: TextField, b: TextField): boolean {
  return a.text === b.text && sameSpans(a.spans, b.spans);
}
