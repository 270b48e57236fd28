import type { RejectReason } from '../../../core/decode/types';
import type { DecodeProblem, DecodeWarning } from '../../../core/problems';

/** Why a file was not imported: the decoder's reasons, or the store refusing the write. */
export type ImportFailureReason = RejectReason | 'storage';

export interface ImportFailure {
  name: string;
  relativePath: string;
  reason: ImportFailureReason;
  /** Technical detail for the curious; the UI words the reason itself. */
  detail?: string;
  /** The decoder's refusal in detail (e.g. how much was unreadable), when it gave one. */
  problem?: DecodeProblem;
}

/** A page imported with something the archivist should know: a guessed encoding, U+FFFD. */
export interface ImportWarning {
  name: string;
  relativePath: string;
  warnings: DecodeWarning[];
}

/** Running counts, reported while an import goes on. */
export interface ImportProgress {
  total: number;
  /** Files handled so far, whatever became of them. */
  done: number;
  imported: number;
  /** Files whose exact bytes were already kept: skipped. */
  duplicates: number;
  /** Imported files that replace an earlier version under the same path. */
  changed: number;
  /**
   * Files whose bytes are new but whose decoded text a kept page already has (another
   * encoding, a BOM, other line endings): skipped, and listed in `sameText`.
   */
  sameTextCount: number;
  failed: number;
}

/** The counts of an import of `total` files before any is read. */
export function progressAtStart(total: number): ImportProgress {
  return { total, done: 0, imported: 0, duplicates: 0, changed: 0, sameTextCount: 0, failed: 0 };
}

/** A file skipped because a kept page has the very same decoded text. */
export interface SameTextFile {
  name: string;
  relativePath: string;
  /** The kept page with that text. */
  pageId: string;
}

export interface ImportReport extends ImportProgress {
  failures: ImportFailure[];
  sameText: SameTextFile[];
  /** New pages that are changed versions of a kept page (their work can be carried over). */
  changedPages: { pageId: string; previousId: string }[];
  /** Pages kept by this import whose decoding warned, in the order they were stored. */
  warnings: ImportWarning[];
  cancelled: boolean;
  /** Ids of the pages made, in the order the files came. */
  pageIds: string[];
  /** performance.now() when the import began. */
  startedAt: number;
  /** Wall-clock milliseconds of the whole import, and of its write transactions alone. */
  elapsedMs: number;
  storeMs: number;
}
