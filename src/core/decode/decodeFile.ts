import type { EncodingName } from '../model';
import { judgeBytes } from './binary';
import { sniffBom } from './bom';
import { normaliseLineEndings } from './lineEndings';
import { sha256Hex } from './sha256';
import { MAX_PAGE_BYTES, type DecodeResult, type RejectedFile } from './types';

export interface SourceName {
  name: string;
  relativePath: string;
}

/**
 * Above this share of replaced characters a lossy reading is garbage, not a page with a
 * few damaged bytes, and the file is refused rather than stored.
 */
const MAX_REPLACED_SHARE = 0.01;

interface Reading {
  text: string;
  encoding: EncodingName;
  bom: boolean;
  guessed: boolean;
  /** U+FFFD characters the decoder put in for invalid byte sequences. */
  replaced: number;
}

/**
 * Decodes one OCR page: size limit, then BOM, then binary detection, then strict UTF-8,
 * then GB18030 (which covers GBK and GB2312). A forced `encoding` skips detection, for an
 * archivist re-opening a page whose guess was wrong.
 */
export async function decodeFile(
  bytes: Uint8Array,
  file: SourceName,
  encoding?: EncodingName,
): Promise<DecodeResult> {
  const reject = (reason: RejectedFile['reason'], detail?: string): RejectedFile => ({
    ok: false,
    name: file.name,
    relativePath: file.relativePath,
    reason,
    ...(detail === undefined ? {} : { detail }),
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
    ...(reading.replaced > 0 ? { replacedCharacters: reading.replaced } : {}),
  };
}

function detect(
  bytes: Uint8Array,
  reject: (reason: RejectedFile['reason'], detail?: string) => RejectedFile,
): Reading | RejectedFile {
  const bom = sniffBom(bytes);
  if (bom) {
    const text = lossy(bom.encoding, bytes.subarray(bom.length));
    return { text, encoding: bom.encoding, bom: true, guessed: false, replaced: countReplaced(text) };
  }
  const verdict = judgeBytes(bytes);
  if (verdict.kind === 'binary') return reject('binary', verdict.detail);
  if (verdict.kind === 'utf-16-unmarked') {
    const text = lossy(verdict.encoding, bytes);
    return { text, encoding: verdict.encoding, bom: false, guessed: true, replaced: countReplaced(text) };
  }
  const utf8 = strict('utf-8', bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', bom: false, guessed: false, replaced: 0 };
  const gb = strict('gb18030', bytes);
  if (gb !== null) return { text: gb, encoding: 'gb18030', bom: false, guessed: true, replaced: 0 };
  // Neither reads cleanly: keep a page with a few damaged bytes (the archivist can
  // re-open it in another encoding), refuse one that is mostly invalid.
  const best = (['utf-8', 'gb18030'] as const)
    .map((name) => {
      const text = lossy(name, bytes);
      return { text, encoding: name, bom: false, guessed: true, replaced: countReplaced(text) };
    })
    .reduce((a, b) => (b.replaced < a.replaced ? b : a));
  if (best.replaced / Math.max(1, best.text.length) > MAX_REPLACED_SHARE) {
    return reject('undecodable', `${best.replaced} invalid sequences as ${best.encoding}`);
  }
  return best;
}

function readAs(bytes: Uint8Array, encoding: EncodingName): Reading {
  const bom = sniffBom(bytes);
  const hasOwnBom = bom !== null && bom.encoding === encoding;
  const text = lossy(encoding, hasOwnBom ? bytes.subarray(bom.length) : bytes);
  return { text, encoding, bom: hasOwnBom, guessed: true, replaced: countReplaced(text) };
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

function countReplaced(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) count++;
  return count;
}
