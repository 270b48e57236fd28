// Character classes shared by the cleanup transforms. Checks work on UTF-16 code units so
// they can run inside regex callbacks without allocating.

/**
 * True for code units of "wide" text: CJK ideographs, kana, hangul, CJK and full-width
 * punctuation, curly quotes, enclosed numbers (continuation marks). Chinese typesetting
 * puts no space next to any of these, so a line break beside one joins without a space.
 * Surrogates count as wide: on a Chinese page they are almost always CJK extension B+.
 */
export function isWide(code: number): boolean {
  if (code < 0x2000) return code === 0x00b7; // middle dot 中间点 as in 中建·澜溪苑
  return (
    (code >= 0x2010 && code <= 0x2027) || // dashes, curly quotes, ellipsis
    (code >= 0x2460 && code <= 0x24ff) || // ①②…: continuation marks
    (code >= 0x2e80 && code <= 0x9fff) || // radicals, CJK punctuation, kana, ideographs
    (code >= 0xac00 && code <= 0xd7af) || // hangul
    (code >= 0xd800 && code <= 0xdfff) || // surrogates (CJK extension B and beyond)
    (code >= 0xf900 && code <= 0xfaff) || // compatibility ideographs
    (code >= 0xfe30 && code <= 0xfe4f) || // CJK compatibility forms
    (code >= 0xff00 && code <= 0xffef) // full-width forms
  );
}

/** True for Han ideographs (no punctuation): the characters a CJK sentence is made of. */
export function isHan(code: number): boolean {
  return (
    (code >= 0x3400 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xd800 && code <= 0xdfff) ||
    code === 0x3007 // 〇
  );
}

/**
 * A set of characters (each one UTF-16 code unit) as a lookup table over code units: the
 * transforms ask at every mark and every paragraph break, and an array load costs a fraction
 * of a Set lookup.
 */
export function codeTable(chars: string): { has: (code: number) => boolean } {
  const table = new Uint8Array(0x10000);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return { has: (code) => table[code] === 1 };
}

/** True for any Unicode white space: what `\s` matches and String.prototype.trim removes. */
export function isBlankCode(c: number): boolean {
  // The code units of `\s`, tested by value: this runs for every character of a field.
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
