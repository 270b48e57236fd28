import type { EncodingName, Page } from '../model';

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
  /** True when no BOM or strict UTF-8 decided the encoding (GB18030 fallback or a chosen one). */
  encodingGuessed: boolean;
  /** Invalid byte sequences read as U+FFFD (a few damaged bytes); absent when the bytes read cleanly. */
  replacedCharacters?: number;
}

export interface RejectedFile {
  ok: false;
  name: string;
  relativePath: string;
  reason: RejectReason;
  /** Technical detail for the log (e.g. the OS error); the UI words the reason itself. */
  detail?: string;
}

export type DecodeResult = DecodedPage | RejectedFile;

/** Files larger than this are refused: no newspaper page is anywhere near it. */
export const MAX_PAGE_BYTES = 20 * 1024 * 1024;
