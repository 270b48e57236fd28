import type { EncodingName, Page } from '../model';
import type { DecodeProblem, DecodeWarning } from '../problems';

/** Why a file was not imported. Each reason has a message in the UI's languages. */
export type RejectReason = 'binary' | 'too-large' | 'unreadable' | 'undecodable';

/** A file decoded into raw page text, ready to store. */
export interface DecodedPage {
  ok: true;
  name: string;
  relativePath: string;
  /** LF-normalised raw text. */
  raw: string;
  sha256: string;
  encoding: EncodingName;
  bom: boolean;
  lineEndings: Page['lineEndings'];
  byteLength: number;
  empty: boolean;
  /** True when no BOM or strict UTF-8 decided the encoding (a legacy encoding guessed, or a chosen one). */
  encodingGuessed: boolean;
  /** U+FFFD characters in the text (a few damaged bytes, lone surrogates); absent when there are none. */
  replacedCharacters?: number;
  /**
   * What the archivist should know about this reading: replacement characters and lone
   * surrogates with their first positions, a guessed encoding. Absent when there is nothing.
   */
  warnings?: DecodeWarning[];
  /**
   * The import's fingerprint of `raw` (fingerprint.ts), when the decode worker
   * made it: the window then does not walk every character of the page again.
   */
  fingerprint?: string;
}

export interface RejectedFile {
  ok: false;
  name: string;
  relativePath: string;
  reason: RejectReason;
  /** Technical detail for the log (e.g. the OS error); the UI words the reason itself. */
  detail?: string;
  /** The refusal as a problem code with its data, where there is more to say than the reason. */
  problem?: DecodeProblem;
}

export type DecodeResult = DecodedPage | RejectedFile;

/** Files larger than this are refused: no newspaper page is anywhere near it. */
export const MAX_PAGE_BYTES = 20 * 1024 * 1024;
