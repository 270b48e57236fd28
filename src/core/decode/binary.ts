// Telling text from binary without a BOM. NUL bytes never occur in text written in a
// single- or multi-byte encoding, so they are the strongest sign of binary data, except
// in UTF-16 without a BOM, where every ASCII character carries one NUL byte, always on
// the same side of the code unit. That parity is what tells the two apart.

/** Bytes inspected for control characters and NUL parity; enough to judge, cheap on 20 MB. */
const SAMPLE_BYTES = 16 * 1024;
/** Above this share of control characters a file is not text anyone typed or scanned. */
const MAX_CONTROL_SHARE = 0.1;
/**
 * NULs on the "wrong" side come from characters U+XX00 (one CJK character in 256), so
 * UTF-16 text has far more NULs on one side, not all of them; binary data has them evenly.
 */
const MIN_PARITY_RATIO = 4;
/**
 * Above this share of unpaired surrogates, UTF-16 is random bytes: text never holds them,
 * and random code units are half a pair about 3 % of the time.
 */
export const MAX_UNPAIRED_SHARE = 0.01;

export type ByteVerdict =
  | { kind: 'text' }
  | { kind: 'binary'; detail: string }
  | { kind: 'utf-16-unmarked'; encoding: 'utf-16le' | 'utf-16be' };

/** 1 for bytes that do not occur in text files: C0 controls except tab, LF, VT, FF, CR and ESC; DEL. */
const CONTROL = new Uint8Array(256).map((_, b) =>
  (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f
    ? 1
    : 0,
);

/** Judges raw bytes (no BOM) as text, binary, or UTF-16 that lost its BOM. */
export function judgeBytes(bytes: Uint8Array): ByteVerdict {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  if (bytes.indexOf(0) === -1) {
    let control = 0;
    // A table lookup, not a chain of comparisons: this loop runs over every page imported.
    for (let i = 0; i < sample.length; i++) control += CONTROL[sample[i]];
    if (sample.length > 0 && control / sample.length > MAX_CONTROL_SHARE) {
      return { kind: 'binary', detail: `${control} control bytes in the first ${sample.length}` };
    }
    return { kind: 'text' };
  }
  const utf16 = unmarkedUtf16(bytes, sample);
  if (utf16) return { kind: 'utf-16-unmarked', encoding: utf16 };
  return { kind: 'binary', detail: `NUL byte at offset ${bytes.indexOf(0)}` };
}

function unmarkedUtf16(bytes: Uint8Array, sample: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length % 2 !== 0) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  // ASCII 'A' is 41 00 in UTF-16LE (NUL at odd offsets) and 00 41 in UTF-16BE.
  let encoding: 'utf-16le' | 'utf-16be';
  if (odd >= MIN_PARITY_RATIO * Math.max(1, even)) encoding = 'utf-16le';
  else if (even >= MIN_PARITY_RATIO * Math.max(1, odd)) encoding = 'utf-16be';
  else return null;
  // Random binary data with NULs on one side by chance reads as control characters and
  // unpaired surrogates (U+FFFD): about 3 % of random code units are half a pair. A few
  // are damaged text, which decodeFile keeps and reports.
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(sample);
  let unpaired = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) unpaired++;
  if (text.length === 0 || unpaired / text.length > MAX_UNPAIRED_SHARE) return null;
  return mostlyControl(text) ? null : encoding;
}

/**
 * Whether decoded text holds more control characters than text ever does: the binary check
 * for what a UTF-16 BOM announced, where bytes cannot be judged before decoding.
 */
export function mostlyControl(text: string): boolean {
  const length = Math.min(text.length, SAMPLE_BYTES / 2);
  let control = 0;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d) || c === 0x7f)
      control++;
  }
  return length > 0 && control / length > MAX_CONTROL_SHARE;
}
