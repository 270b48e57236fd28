// Word-like units. Chinese has no spaces, so a word is what ICU's dictionary segmenter
// (Intl.Segmenter, the same in Node and Chromium) cuts; punctuation and whitespace are
// never part of a context, so a learned correction never reaches across them.

let segmenter: Intl.Segmenter | undefined;

/** Start and end (UTF-16) of every word-like segment of `text`, in order. */
export function wordBounds(text: string): Array<[number, number]> {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const out: Array<[number, number]> = [];
  for (const s of segmenter.segment(text)) out.push([s.index, s.index + s.segment.length]);
  return out;
}

const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;

/** A letter, digit (〇 included) or mark: what a context may hold. */
export function isWordChar(ch: string): boolean {
  return WORD_CHAR.test(ch);
}

/** Whether every code unit of `text` is a word character (surrogate pairs read whole). */
export function allWordChars(text: string): boolean {
  for (const ch of text) if (!isWordChar(ch)) return false;
  return true;
}

/** ICU's segments of `text`, for asking which word holds a position (`containing`). */
export function segmentsOf(text: string): Intl.Segments {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return segmenter.segment(text);
}
