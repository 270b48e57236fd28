import type { EncodingName } from '../model';
import type { DecodeProblem, DecodeWarning, TextPosition } from '../problems';
import { judgeBytes, MAX_UNPAIRED_SHARE, mostlyControl } from './binary';
import { sniffBom } from './bom';
import { guessLegacy } from './legacy';
import { normaliseLineEndings } from './lineEndings';
import { sha256Hex } from './sha256';
import { MAX_PAGE_BYTES, type DecodeResult, type RejectedFile } from './types';

export interface SourceName {
  name: string;
  relativePath: string;
}

/**
 * Above this share of U+FFFD a reading is garbage, not a page with a few damaged bytes,
 * and the file is refused rather than stored, whatever its BOM said.
 */
const MAX_REPLACED_SHARE = 0.1;
/** Positions reported per kind of warning; the count covers the rest. */
export const MAX_POSITIONS = 5;

interface Reading {
  text: string;
  encoding: EncodingName;
  bom: boolean;
  guessed: boolean;
  /** A chosen encoding is not a guess the archivist needs telling about. */
  chosen: boolean;
  /** Indexes in `text` of UTF-16 code units that were half a surrogate pair. */
  lone: number[];
}

/**
 * Decodes one OCR page: size limit, then BOM (and a binary check of what follows it), then
 * binary detection, then strict UTF-8, then the likeliest of GB18030 (which covers GBK and
 * GB2312), Big5 and Shift_JIS (see legacy.ts). A page that is mostly U+FFFD is refused; a few
 * are kept and reported with their positions. A forced `encoding` skips detection, for an
 * archivist re-opening a page whose guess was wrong.
 */
export async function decodeFile(
  bytes: Uint8Array,
  file: SourceName,
  encoding?: EncodingName,
): Promise<DecodeResult> {
  const reject = (
    reason: RejectedFile['reason'],
    detail?: string,
    problem?: DecodeProblem,
  ): RejectedFile => ({
    ok: false,
    name: file.name,
    relativePath: file.relativePath,
    reason,
    ...(detail === undefined ? {} : { detail }),
    ...(problem === undefined ? {} : { problem }),
  });
  if (bytes.byteLength > MAX_PAGE_BYTES) {
    return reject('too-large', `${bytes.byteLength} bytes; the limit is ${MAX_PAGE_BYTES}`);
  }
  // Hashing runs off the main thread (WebCrypto), so start it before decoding, not after.
  const sha256 = sha256Hex(bytes);
  let reading: Reading | RejectedFile;
  try {
    reading = encoding ? readAs(bytes, encoding) : detect(bytes, reject);
  } catch (error) {
    // TextDecoder throws RangeError for a label this runtime does not know.
    reading = reject('undecodable', error instanceof Error ? error.message : String(error));
  }
  if ('ok' in reading) {
    sha256.catch(() => undefined); // not needed for a refused file
    return reading;
  }
  const { text, lineEndings } = normaliseLineEndings(reading.text);
  const marks = replacementMarks(reading.text, text, reading.lone);
  const refusal = mostlyUndecodable(reading, text.length, marks);
  if (refusal) {
    sha256.catch(() => undefined);
    return reject('undecodable', refusal.detail, refusal.problem);
  }
  const warnings: DecodeWarning[] = [];
  if (reading.guessed && !reading.chosen) {
    warnings.push({ code: 'decode.encoding-guessed', encoding: reading.encoding });
  }
  if (marks.replaced.count > 0) warnings.push({ code: 'decode.replacement-characters', ...marks.replaced });
  if (marks.lone.count > 0) warnings.push({ code: 'decode.lone-surrogates', ...marks.lone });
  const replaced = marks.replaced.count + marks.lone.count;
  return {
    ok: true,
    name: file.name,
    relativePath: file.relativePath,
    raw: text,
    sha256: await sha256,
    encoding: reading.encoding,
    bom: reading.bom,
    lineEndings,
    byteLength: bytes.byteLength,
    empty: /^\s*$/u.test(text),
    encodingGuessed: reading.guessed,
    ...(replaced > 0 ? { replacedCharacters: replaced } : {}),
    ...(warnings.length > 0 ? { warnings } : {}),
  };
}

function detect(
  bytes: Uint8Array,
  reject: (reason: RejectedFile['reason'], detail?: string) => RejectedFile,
): Reading | RejectedFile {
  const bom = sniffBom(bytes);
  if (bom) {
    const rest = bytes.subarray(bom.length);
    if (bom.encoding === 'utf-8') {
      // A BOM does not make random bytes text: judge what follows it as any file is judged.
      const verdict = judgeBytes(rest);
      if (verdict.kind !== 'text') {
        return reject(
          'binary',
          `after a UTF-8 BOM: ${verdict.kind === 'binary' ? verdict.detail : 'NUL bytes'}`,
        );
      }
    }
    const text = lossy(bom.encoding, rest);
    if (bom.encoding !== 'utf-8' && mostlyControl(text)) {
      return reject('binary', `control characters after a ${bom.encoding} BOM`);
    }
    return reading(text, bom.encoding, rest, { bom: true, guessed: false });
  }
  const verdict = judgeBytes(bytes);
  if (verdict.kind === 'binary') return reject('binary', verdict.detail);
  if (verdict.kind === 'utf-16-unmarked') {
    return reading(lossy(verdict.encoding, bytes), verdict.encoding, bytes, { bom: false, guessed: true });
  }
  const utf8 = strict('utf-8', bytes);
  if (utf8 !== null)
    return { text: utf8, encoding: 'utf-8', bom: false, guessed: false, chosen: false, lone: [] };
  // Not UTF-8: the legacy encoding whose reading looks most like text (legacy.ts). A page
  // with a few damaged bytes is kept; one that is mostly invalid is refused by the caller.
  const { encoding } = guessLegacy(bytes);
  return reading(lossy(encoding, bytes), encoding, bytes, { bom: false, guessed: true });
}

function readAs(bytes: Uint8Array, encoding: EncodingName): Reading {
  const bom = sniffBom(bytes);
  const hasOwnBom = bom !== null && bom.encoding === encoding;
  const rest = hasOwnBom ? bytes.subarray(bom.length) : bytes;
  return {
    ...reading(lossy(encoding, rest), encoding, rest, { bom: hasOwnBom, guessed: true }),
    chosen: true,
  };
}

function reading(
  text: string,
  encoding: EncodingName,
  bytes: Uint8Array,
  how: { bom: boolean; guessed: boolean },
): Reading {
  const lone = encoding === 'utf-16le' || encoding === 'utf-16be' ? loneSurrogates(bytes, encoding) : [];
  return { text, encoding, ...how, chosen: false, lone };
}

/**
 * Indexes (= code unit indexes, as UTF-16 decodes one unit to one) of the units that are
 * half a surrogate pair; TextDecoder reads each as U+FFFD.
 */
export function loneSurrogates(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): number[] {
  const units = bytes.length >> 1;
  const unit =
    encoding === 'utf-16le'
      ? (i: number) => bytes[2 * i] | (bytes[2 * i + 1] << 8)
      : (i: number) => (bytes[2 * i] << 8) | bytes[2 * i + 1];
  const lone: number[] = [];
  for (let i = 0; i < units; i++) {
    const u = unit(i);
    if (u < 0xd800 || u > 0xdfff) continue;
    if (u <= 0xdbff && i + 1 < units) {
      const next = unit(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
    }
    lone.push(i);
  }
  return lone;
}

interface Marks {
  count: number;
  at: TextPosition[];
}

/**
 * The U+FFFD in the LF-normalised `text`, split into lone surrogates and other replacement
 * characters, each counted with its first positions. `before` is the text before line-ending
 * normalisation, where `lone` indexes point; normalisation only drops CRs, so the k-th U+FFFD
 * of one is the k-th of the other.
 */
function replacementMarks(
  before: string,
  text: string,
  lone: readonly number[],
): { replaced: Marks; lone: Marks } {
  const isLone = new Set(lone);
  const replaced: Marks = { count: 0, at: [] };
  const surrogates: Marks = { count: 0, at: [] };
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  const position = (offset: number): TextPosition => {
    for (let i = text.indexOf('\n', scanned); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    scanned = offset;
    // Columns count characters, not code units: a supplementary character is one column.
    let column = 1;
    for (let i = lineStart; i < offset; i++) {
      const c = text.charCodeAt(i);
      if (c < 0xdc00 || c > 0xdfff || i === lineStart || !isHigh(text.charCodeAt(i - 1))) column++;
    }
    return { offset, line, column };
  };
  let b = before.indexOf('\ufffd');
  for (let t = text.indexOf('\ufffd'); t !== -1; t = text.indexOf('\ufffd', t + 1)) {
    const marks = isLone.has(b) ? surrogates : replaced;
    marks.count++;
    if (marks.at.length < MAX_POSITIONS) marks.at.push(position(t));
    b = before.indexOf('\ufffd', b + 1);
  }
  return { replaced, lone: surrogates };
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function mostlyUndecodable(
  reading: Reading,
  characters: number,
  marks: { replaced: Marks; lone: Marks },
): { detail: string; problem: DecodeProblem } | null {
  const replaced = marks.replaced.count + marks.lone.count;
  const share = replaced / Math.max(1, characters);
  if (share <= MAX_REPLACED_SHARE && marks.lone.count / Math.max(1, characters) <= MAX_UNPAIRED_SHARE) {
    return null;
  }
  return {
    detail: `${replaced} of ${characters} characters unreadable as ${reading.encoding}${reading.bom ? ' (after its BOM)' : ''}`,
    problem: { code: 'decode.mostly-undecodable', encoding: reading.encoding, replaced, characters },
  };
}

function strict(encoding: EncodingName, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** A decoder that replaces invalid sequences; BOMs are stripped by the caller, never twice. */
function lossy(encoding: EncodingName, bytes: Uint8Array): string {
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}
