// Grapheme clusters (user-perceived characters) of a text. Chinese text is almost always one
// code unit per character, so the segmenter, which is slow, runs only when a text holds
// something that can join code units: surrogates, combining marks, joiners, variation
// selectors, Hangul jamo, emoji, regional indicators, CR.

const MAY_JOIN =
  /[\uD800-\uDFFF\r\p{M}\p{Cf}\p{Extended_Pictographic}\u1100-\u11FF\uA960-\uA97F\uD7B0-\uD7FF\uFF9E\uFF9F\u0E33\u0EB3\u0D4E]/u;
const SURROGATE = /[\uD800-\uDFFF]/;

let segmenter: Intl.Segmenter | undefined;

/** True when every code unit of the text is a grapheme of its own. */
export function isOneUnitPerGrapheme(text: string): boolean {
  return !MAY_JOIN.test(text) && !SURROGATE.test(text);
}

/** The grapheme clusters of a text, segmenting only the lines that need it. */
export function graphemes(text: string): string[] {
  if (isOneUnitPerGrapheme(text)) return text.split('');
  const out: string[] = [];
  // No cluster crosses a line feed except CR LF, which stays inside one piece here.
  for (const piece of text.split(/(?<!\r)(?=\n)/)) {
    if (isOneUnitPerGrapheme(piece)) {
      for (let i = 0; i < piece.length; i++) out.push(piece[i]);
      continue;
    }
    segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    for (const { segment } of segmenter.segment(piece)) out.push(segment);
  }
  return out;
}
